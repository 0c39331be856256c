-- MIN, MAX, SUM and COUNT(DISTINCT) over an updating input: the inner aggregate's -U retracts values,
-- so MIN/MAX must fall back to the next value still present.
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');

SELECT MAX(units) AS most, MIN(units) AS least, SUM(units) AS total, COUNT(DISTINCT units) AS distinct_units
FROM (SELECT customer_id, SUM(quantity) AS units FROM orders GROUP BY customer_id);
