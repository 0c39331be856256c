-- FULL OUTER JOIN: unmatched rows from both sides, NULL-padded.
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

SELECT o.order_id, c.customer_id, c.city
FROM (SELECT * FROM orders WHERE order_id IN (4, 9, 10)) AS o FULL JOIN (SELECT * FROM customers WHERE city <> 'Madrid') AS c ON o.customer_id = c.customer_id;
