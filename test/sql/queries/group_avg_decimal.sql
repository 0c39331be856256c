-- AVG and SUM over DECIMAL and INT per product (AVG of INT is integer division in Flink).
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT product, SUM(price * quantity) AS revenue, AVG(price) AS avg_price, AVG(quantity) AS avg_qty
FROM orders WHERE status <> 'cancelled' GROUP BY product;
