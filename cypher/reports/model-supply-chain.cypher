// title: Model supply chain
// question: Which products use which models, who develops them, which clouds they run on, and who supplies chips?
MATCH (product:Entity)-[:USES_MODEL]->(model:Entity)
OPTIONAL MATCH (developer:Entity)-[:DEVELOPS]->(model)
OPTIONAL MATCH (developer)-[:RUNS_ON|BUYS_COMPUTE_FROM]->(cloud:Entity)
OPTIONAL MATCH (chips:Entity)-[:SUPPLIES]->(developer)
RETURN product.name AS product, model.name AS model, developer.name AS developer,
       collect(DISTINCT cloud.name) AS clouds, collect(DISTINCT chips.name) AS chipSuppliers
ORDER BY product, model;
