-- Legacy GROUP BY HOP (slide first, then size) with HOP_START and HOP_END.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3),
  WATERMARK FOR order_time AS order_time - INTERVAL '5' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT HOP_START(order_time, INTERVAL '1' HOUR, INTERVAL '2' HOUR) AS wstart, HOP_END(order_time, INTERVAL '1' HOUR, INTERVAL '2' HOUR) AS wend, COUNT(*) AS n, SUM(quantity) AS units
FROM orders
GROUP BY HOP(order_time, INTERVAL '1' HOUR, INTERVAL '2' HOUR);
