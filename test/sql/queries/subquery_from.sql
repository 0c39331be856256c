-- Subqueries in FROM: filter over a projection over a filter, and an aggregate over a subquery.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT product, units FROM (
  SELECT product, SUM(quantity) AS units FROM (
    SELECT product, quantity FROM orders WHERE status <> 'cancelled'
  ) GROUP BY product
) WHERE units > 1;
