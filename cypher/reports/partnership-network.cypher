// title: Partnership network
// question: Who partners with whom, directly or as co-members of a project, and how large is each cluster?
MATCH (a:Entity)-[r:PARTNERS_WITH]-(b:Entity) WHERE a.id < b.id
RETURN a.name AS entity, b.name AS partner, 'partners' AS tie, r.sources AS sources
UNION
MATCH (a:Entity)-[:MEMBER_OF]->(project:Entity)<-[:MEMBER_OF]-(b:Entity) WHERE a.id < b.id
RETURN a.name AS entity, b.name AS partner, 'co-member of ' + project.name AS tie, null AS sources;
