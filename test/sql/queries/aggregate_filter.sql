-- Aggregates with FILTER (WHERE …): per-status counts in one pass.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT customer_id,
  COUNT(*) FILTER (WHERE status = 'shipped') AS shipped,
  COUNT(*) FILTER (WHERE status = 'pending') AS pending,
  SUM(quantity) FILTER (WHERE status <> 'cancelled') AS live_units
FROM orders WHERE customer_id IN (101, 102, 103) GROUP BY customer_id;
