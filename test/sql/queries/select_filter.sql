-- Projection and filter: shipped orders worth at least 100, with a computed line total.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT order_id, product, quantity * price AS total
FROM orders
WHERE status = 'shipped' AND quantity * price >= 100;
