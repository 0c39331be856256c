-- Join over updating inputs: per-customer order totals joined with the latest tier per customer.
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

SELECT t.customer_id, t.total, u.tier FROM
  (SELECT customer_id, SUM(quantity * price) AS total FROM orders WHERE customer_id <= 103 GROUP BY customer_id) AS t
  JOIN
  (SELECT customer_id, LAST_VALUE(tier) AS tier FROM customer_updates GROUP BY customer_id) AS u
  ON t.customer_id = u.customer_id;
