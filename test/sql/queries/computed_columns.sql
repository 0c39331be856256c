-- Computed columns in the table definition, used in SELECT and WHERE.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3),
  total AS quantity * price,
  order_hour AS HOUR(order_time),
  label AS UPPER(product) || '-' || CAST(order_id AS STRING)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT label, total, order_hour FROM orders WHERE order_hour >= 11;
