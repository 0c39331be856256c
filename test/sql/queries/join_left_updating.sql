-- LEFT JOIN against an updating input: when a customer's tier changes (-U then +U from the aggregate), each
-- joined order is retracted with the input's kind (-U), NULL-padded (+I), and re-joined (-D of the padding, +I),
-- as Flink's StreamingJoinOperator.
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

SELECT o.order_id, c.tier
FROM (SELECT * FROM orders WHERE order_id <= 3) AS o
LEFT JOIN (SELECT customer_id, LAST_VALUE(tier) AS tier FROM customer_updates GROUP BY customer_id) AS c
ON o.customer_id = c.customer_id;
