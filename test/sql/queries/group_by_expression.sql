-- GROUP BY an expression (the hour of the order) with a NULL-free key.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT HOUR(order_time) AS hour_of_day, COUNT(*) AS n, SUM(quantity * price) AS revenue
FROM orders GROUP BY HOUR(order_time);
