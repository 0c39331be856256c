-- Negative numeric literals: in the select list, as operands, in comparisons and as function arguments.
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
  -3 AS minus_three,
  quantity * -1 AS negated,
  quantity > -5 AS above_minus_five,
  -2.5 AS minus_two_and_half,
  SUBSTRING(product, -3, 2) AS from_end,
  ABS(-7) + quantity AS abs_plus
FROM orders WHERE order_id IN (1, 6) AND price > -1;
