-- COUNT(DISTINCT) next to COUNT: a global aggregate without GROUP BY.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT COUNT(*) AS orders, COUNT(DISTINCT customer_id) AS customers, COUNT(DISTINCT product) AS products FROM orders WHERE order_id <= 6;
