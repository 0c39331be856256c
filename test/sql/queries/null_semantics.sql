-- Three-valued logic: comparisons with NULL, IS [NOT] NULL, COALESCE, NULLIF, IS DISTINCT FROM.
CREATE TABLE customers (
  customer_id INT,
  name STRING,
  email STRING,
  city STRING,
  tier STRING,
  signup_date DATE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customers.json', 'format' = 'json');

SELECT customer_id,
  tier = 'gold' AS is_gold,
  tier IS NULL AS no_tier,
  COALESCE(tier, city, 'unknown') AS segment,
  NULLIF(city, 'Paris') AS not_paris,
  tier IS DISTINCT FROM 'silver' AS not_silver,
  city = 'Berlin' OR tier = 'gold' AS berlin_or_gold,
  city = 'Berlin' AND tier = 'gold' AS berlin_and_gold,
  UPPER(email) || '!' AS shout
FROM customers
WHERE NOT (city = 'Madrid');
