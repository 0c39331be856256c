-- table.exec.state.ttl: with a TTL far longer than the run, results are the same; Flink then re-emits unchanged results (-U/+U).
SET 'table.exec.state.ttl' = '1 h';

CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT status, MAX(quantity) AS max_qty FROM orders WHERE order_id <= 6 GROUP BY status;
