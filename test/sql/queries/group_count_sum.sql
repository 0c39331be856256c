-- COUNT, SUM, MIN, MAX per key: a retract changelog, one update per input record.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT customer_id, COUNT(*) AS orders, SUM(quantity) AS units, MIN(price) AS cheapest, MAX(price) AS dearest
FROM orders GROUP BY customer_id;
