-- Exact DECIMAL arithmetic: sums of cents do not drift; result scales follow Flink's rules.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT order_id,
  price * quantity AS total,
  price + 0.01 AS plus_cent,
  price - 1000 AS minus_thousand,
  price / 3 AS third,
  CAST(price * 1.2 AS DECIMAL(10, 2)) AS with_vat
FROM orders WHERE order_id <= 6;
