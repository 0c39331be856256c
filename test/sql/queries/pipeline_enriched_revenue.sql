-- The canonical pipeline: orders joined with the latest customer update, revenue aggregated per tier.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');
CREATE TABLE customer_updates (
  customer_id INT,
  name STRING,
  tier STRING,
  update_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customer_updates.json', 'format' = 'json');

CREATE VIEW latest_customer AS
  SELECT customer_id, LAST_VALUE(name) AS name, LAST_VALUE(tier) AS tier FROM customer_updates GROUP BY customer_id;

CREATE VIEW enriched_orders AS
  SELECT o.order_id, o.quantity * o.price AS amount, COALESCE(c.tier, 'none') AS tier
  FROM orders AS o LEFT JOIN latest_customer AS c ON o.customer_id = c.customer_id
  WHERE o.status <> 'cancelled';

SELECT tier, COUNT(*) AS orders, SUM(amount) AS revenue FROM enriched_orders GROUP BY tier;
