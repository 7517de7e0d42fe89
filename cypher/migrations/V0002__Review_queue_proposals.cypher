// The review queue: facts from articles that wait for a reviewer, one Proposal per source, relation, names and
// sentence, so posting an article again finds its proposals instead of adding copies.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
// The queue is listed by status (pending, accepted, rejected).
CREATE INDEX proposal_status IF NOT EXISTS FOR (p:Proposal) ON (p.status);
