-- RIGHT JOIN: every customer, with their orders or NULLs.
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

SELECT c.customer_id, c.name, o.order_id
FROM (SELECT * FROM orders WHERE order_id <= 4) AS o RIGHT JOIN customers AS c ON o.customer_id = c.customer_id;
