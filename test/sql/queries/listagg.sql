-- LISTAGG with the default and a custom separator.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT status, LISTAGG(product) AS products, LISTAGG(CAST(order_id AS STRING), '|') AS ids
FROM orders WHERE order_id <= 7 GROUP BY status;
