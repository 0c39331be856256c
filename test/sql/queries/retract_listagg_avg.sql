-- LISTAGG, AVG and COUNT over an updating input (customers moving between tiers): retracted values leave
-- the list and the average; a tier left empty is deleted (-D).
CREATE TABLE customer_updates (
  customer_id INT,
  name STRING,
  tier STRING,
  update_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customer_updates.json', 'format' = 'json');

CREATE VIEW current_tier AS SELECT customer_id, LAST_VALUE(tier) AS tier FROM customer_updates GROUP BY customer_id;

SELECT tier, COUNT(*) AS customers, LISTAGG(CAST(customer_id AS STRING)) AS ids, AVG(customer_id) AS avg_id
FROM current_tier GROUP BY tier;
