// title: A report that writes (test only)
// question: Is a report that tries to write stopped?
CREATE (n:Intruder {name: 'written by a report'}) RETURN n.name AS name
