-- Temporal functions: DATE_FORMAT, EXTRACT, FLOOR/CEIL to a unit, interval arithmetic, TIMESTAMPDIFF.
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
  DATE_FORMAT(order_time, 'yyyy-MM-dd HH:mm') AS minute_text,
  EXTRACT(HOUR FROM order_time) AS hour_of_day,
  EXTRACT(DAY FROM order_time) AS day_of_month,
  FLOOR(order_time TO HOUR) AS hour_start,
  CEIL(order_time TO HOUR) AS hour_end,
  order_time + INTERVAL '90' MINUTE AS due_time,
  order_time - INTERVAL '1' DAY AS day_before,
  TIMESTAMPDIFF(MINUTE, TIMESTAMP '2024-03-01 09:00:00', order_time) AS minutes_since_open,
  CAST(order_time AS DATE) AS order_date
FROM orders WHERE order_id IN (1, 4, 9, 10, 12);
