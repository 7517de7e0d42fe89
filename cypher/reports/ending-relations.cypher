// title: Relations that have ended or end soon
// question: Which relations have ended, and which end within the next N years?
:param years => 5
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.key IS NOT NULL AND (r.status = 'ended' OR r.validTo <= date() + duration({years: $years}))
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.scope AS scope, r.end AS end,
       coalesce(r.status, CASE WHEN r.validTo < date() THEN 'ended' ELSE 'ending' END) AS status, r.sources AS sources
ORDER BY end, subject;
