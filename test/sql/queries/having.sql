-- HAVING: a group enters when the condition first holds (retractions when it stops holding).
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT product, COUNT(*) AS n, SUM(quantity) AS units FROM orders GROUP BY product HAVING COUNT(*) >= 2 AND SUM(quantity) < 10;
