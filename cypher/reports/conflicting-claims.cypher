// title: Conflicting claims between sources
// question: Where do sources give figures that cannot all be true?
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.amountConflict
MATCH (c:Claim {edge: r.key})-[:STATED_IN]->(s:Source)
RETURN a.name AS subject, type(r) AS relation, b.name AS object, s.id AS source, c.amount AS amount,
       c.currency AS currency, c.amountQualifier AS qualifier, c.sentence AS sentence
ORDER BY subject, relation, object, source;
