// Every MERGE key is backed by a uniqueness constraint: fast lookups, and no duplicate under concurrent writers.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;
// Claims are found from their edge (evidence for an edge) by the edge's key.
CREATE INDEX claim_edge IF NOT EXISTS FOR (c:Claim) ON (c.edge);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
