-- Interval join: orders paid within 30 minutes of being placed.
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
CREATE TABLE payments (
  payment_id STRING,
  order_id INT,
  amount DECIMAL(10, 2),
  pay_time TIMESTAMP(3),
  WATERMARK FOR pay_time AS pay_time - INTERVAL '5' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/payments.json', 'format' = 'json');

SELECT o.order_id, p.payment_id, p.amount, o.order_time, p.pay_time
FROM orders AS o JOIN payments AS p
  ON o.order_id = p.order_id
  AND p.pay_time BETWEEN o.order_time AND o.order_time + INTERVAL '30' MINUTE;
