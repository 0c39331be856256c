-- An aggregate over an aggregate: retractions from the inner GROUP BY flow into the outer one.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT order_count, COUNT(*) AS customers FROM (
  SELECT customer_id, COUNT(*) AS order_count FROM orders GROUP BY customer_id
) GROUP BY order_count;
