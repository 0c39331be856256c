-- IN, NOT IN, BETWEEN (inclusive), NOT BETWEEN on timestamps, and string comparison.
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
  product IN ('mouse', 'cable') AS small_item,
  quantity NOT IN (1, 2) AS bulk,
  price BETWEEN 20 AND 100 AS mid_price,
  order_time NOT BETWEEN TIMESTAMP '2024-03-01 10:00:00' AND TIMESTAMP '2024-03-01 12:00:00' AS off_peak,
  status > 'pending' AS after_pending
FROM orders WHERE order_id <= 10;
