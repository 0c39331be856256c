-- LEFT JOIN: an order whose customer has not arrived yet is padded with NULLs (+I), then retracted
-- (-D) and joined (+I) when the customer arrives; customer 106 never does.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');
CREATE TABLE customers (
  customer_id INT,
  name STRING,
  email STRING,
  city STRING,
  tier STRING,
  signup_date DATE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customers.json', 'format' = 'json');

SELECT o.order_id, o.customer_id, c.name
FROM orders AS o LEFT JOIN customers AS c ON o.customer_id = c.customer_id
WHERE o.order_id <= 4 OR o.customer_id = 106;
