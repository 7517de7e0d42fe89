// title: Newly proposed entities awaiting review
// question: Which names that the graph does not know do pending proposals put forward, how often, and where?
// A name leaves the list once its entity exists (a proposal naming it was accepted) or no pending proposal names it.
// The example is from the latest proposal, in its article's order.
MATCH (p:Proposal {status: 'pending'})-[:PROPOSED_IN]->(s:Source)
UNWIND [named IN [{id: p.subjectId, name: p.subject, kind: p.subjectKind},
                  {id: p.objectId, name: p.object, kind: p.objectKind}] WHERE named.kind IS NOT NULL] AS entity
WITH entity, p, s
WHERE NOT EXISTS { MATCH (:Entity {id: entity.id}) }
WITH entity, p, s ORDER BY p.proposedAt DESC, p.position
WITH entity.id AS id, collect(entity.name)[0] AS name, collect(entity.kind)[0] AS kind,
     count(DISTINCT p) AS proposals, collect({sentence: p.sentence, source: s.id, title: s.title})[0] AS latest
RETURN name, kind, proposals, latest.sentence AS example, latest.source AS source, latest.title AS title
ORDER BY proposals DESC, name;
