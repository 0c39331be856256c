-- Views built on views.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

CREATE VIEW big_orders AS SELECT order_id, customer_id, quantity * price AS total FROM orders WHERE quantity * price > 100;
CREATE VIEW big_orders_named AS SELECT order_id, total, CASE WHEN total > 1000 THEN 'vip' ELSE 'regular' END AS kind FROM big_orders;

SELECT kind, order_id, total FROM big_orders_named WHERE kind = 'vip' OR order_id > 8;
