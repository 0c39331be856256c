-- UNION ALL of three branches with different filters over two tables.
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

SELECT 'order' AS kind, CAST(order_id AS STRING) AS reference, product AS detail FROM orders WHERE product = 'laptop'
UNION ALL
SELECT 'customer', CAST(customer_id AS STRING), city FROM customers WHERE city = 'Berlin'
UNION ALL
SELECT 'cancelled', CAST(order_id AS STRING), status FROM orders WHERE status = 'cancelled';
