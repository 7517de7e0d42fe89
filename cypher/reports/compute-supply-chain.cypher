// title: Compute and cloud supply chain
// question: Who buys compute or runs on whose cloud, for how much, how much capacity, and for which period?
// param buyer: only this buyer's name, or null for all
:param buyer => null
MATCH (b:Entity)-[r:BUYS_COMPUTE_FROM|RUNS_ON]->(s:Entity)
WHERE $buyer IS NULL OR b.name = $buyer
OPTIONAL MATCH (s)-[:PART_OF]->(owner:Entity)
RETURN b.name AS buyer, type(r) AS relation, s.name AS seller, owner.name AS sellerOwner, r.amount AS amount,
       r.currency AS currency, r.quantity AS capacity, r.unit AS unit, r.start AS start, r.end AS end,
       r.sources AS sources
ORDER BY buyer, relation, seller;
