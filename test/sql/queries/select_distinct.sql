-- SELECT DISTINCT: each distinct row once (an update stream: a +I on first sight).
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT DISTINCT product, status FROM orders WHERE product IN ('laptop', 'mouse', 'cable');
