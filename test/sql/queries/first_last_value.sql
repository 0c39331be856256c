-- FIRST_VALUE and LAST_VALUE per key in arrival order; LAST_VALUE ignores NULLs.
CREATE TABLE customer_updates (
  customer_id INT,
  name STRING,
  tier STRING,
  update_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customer_updates.json', 'format' = 'json');

SELECT customer_id, FIRST_VALUE(tier) AS first_tier, LAST_VALUE(tier) AS current_tier, COUNT(*) AS changes
FROM customer_updates GROUP BY customer_id;
