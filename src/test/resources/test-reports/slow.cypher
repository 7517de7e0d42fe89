// title: A report that runs for minutes (test only)
// question: Is a query stopped at aigraph.query.timeout?
UNWIND range(1, 4000000000) AS i
WITH i WHERE i % 7 = 0
RETURN count(i) AS multiples
