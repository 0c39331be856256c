-- Searched and simple CASE, with and without ELSE.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT order_id,
  CASE WHEN quantity * price >= 1000 THEN 'large' WHEN quantity * price >= 100 THEN 'medium' ELSE 'small' END AS size,
  CASE status WHEN 'shipped' THEN 1 WHEN 'pending' THEN 0 END AS shipped_flag
FROM orders;
