// title: Circular deals
// question: Where does money flow in a circle (A invests in B, B buys compute from C, C buys chips from A)?
// Hops follow the money: INVESTED_IN, BUYS_COMPUTE_FROM, RUNS_ON subject -> object; SUPPLIES customer -> supplier.
MATCH p = (a:Entity)((x)-[r]-(y) WHERE r.key IS NOT NULL
      AND ((type(r) IN ['INVESTED_IN', 'BUYS_COMPUTE_FROM', 'RUNS_ON'] AND startNode(r) = x)
           OR (type(r) = 'SUPPLIES' AND startNode(r) = y))){2,4}(b)
WHERE a = b AND all(n IN nodes(p)[1..-1] WHERE a.id < n.id)
  AND all(i IN range(1, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN [n IN nodes(p) | n.name] AS cycle,
       [r IN relationships(p) | type(r) + coalesce(' ' + toString(r.amount) + ' ' + r.currency, '')] AS flows,
       reduce(s = 0, r IN relationships(p) | s + r.sources) AS sources
ORDER BY size(cycle), cycle;
