-- LEFT JOIN with a condition on the left side inside ON: orders that are not shipped stay, NULL-padded
-- (the condition must not become a filter on the left input).
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders.json', 'format' = 'json');
CREATE TABLE payments (
  payment_id STRING,
  order_id INT,
  amount DECIMAL(10, 2),
  pay_time TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '$DATA/payments.json', 'format' = 'json');

SELECT o.order_id, o.status, p.payment_id
FROM orders AS o LEFT JOIN payments AS p ON o.order_id = p.order_id AND o.status = 'shipped'
WHERE o.order_id <= 7;
