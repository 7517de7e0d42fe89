// title: Facts resting on a single source
// question: Which relations does only one source state, and which source is it?
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.sources = 1
MATCH (c:Claim {edge: r.key})-[:STATED_IN]->(s:Source)
RETURN a.name AS subject, type(r) AS relation, b.name AS object, s.id AS source, s.title AS title,
       c.sentence AS sentence
ORDER BY subject, relation, object;
