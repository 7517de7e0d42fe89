// title: Relationship timeline of a pair
// question: How did the relationship between two entities change over time?
:param first => 'Microsoft'
:param second => 'OpenAI'
MATCH (a:Entity {name: $first})-[r]-(b:Entity {name: $second})
WHERE r.key IS NOT NULL
RETURN coalesce(r.start, r.date, toString(r.firstReported)) AS since, r.end AS until, r.status AS status,
       startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS relation, r.scope AS scope,
       r.amount AS amount, r.currency AS currency, r.sources AS sources
ORDER BY since, relation;
