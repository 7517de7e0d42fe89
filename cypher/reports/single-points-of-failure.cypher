// title: Single points of failure
// question: Which entities have the most transitive dependents (who would be hit if they failed)?
// param depth is fixed at 3 hops; dependency relations as in the README's table
:param top => 10
MATCH (x:Entity)
CALL (x) {
  MATCH (x)((a)-[r]-(b) WHERE
      (type(r) IN ['BUYS_COMPUTE_FROM', 'RUNS_ON', 'USES_MODEL', 'LICENSES', 'DEVELOPS', 'SUBSIDIARY_OF']
         AND startNode(r) = b)
      OR (type(r) IN ['SUPPLIES', 'INVESTED_IN', 'DEVELOPS'] AND startNode(r) = a)){1,3}(dependent)
  WHERE dependent <> x
  RETURN count(DISTINCT dependent) AS dependents
}
WITH x, dependents WHERE dependents > 0
RETURN x.name AS entity, x.kind AS kind, dependents
ORDER BY dependents DESC, entity
LIMIT $top;
