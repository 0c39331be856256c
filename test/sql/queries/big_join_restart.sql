-- A larger join for restart coverage (verified in plain JS): 400 generated orders joined with 50 customers, revenue per tier.
CREATE TABLE gen_orders (
  id INT,
  customer AS MOD(id, 60) + 1,
  amount AS CAST(MOD(id * 13, 100) AS DECIMAL(10, 2)) / 4
) WITH ('connector' = 'datagen', 'number-of-rows' = '400', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '400');
CREATE TABLE gen_customers (
  cid INT,
  tier AS CASE MOD(cid, 3) WHEN 0 THEN 'gold' WHEN 1 THEN 'silver' ELSE 'bronze' END
) WITH ('connector' = 'datagen', 'number-of-rows' = '50', 'fields.cid.kind' = 'sequence', 'fields.cid.start' = '1', 'fields.cid.end' = '50');

SELECT c.tier, COUNT(*) AS n, SUM(o.amount) AS revenue
FROM gen_orders AS o JOIN gen_customers AS c ON o.customer = c.cid
GROUP BY c.tier;
