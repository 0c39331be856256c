-- payment-matching: captured payments joined with their orders within an hour of the order.
CREATE TABLE orders (
  order_id BIGINT,
  customer_id BIGINT,
  region STRING,
  product STRING,
  quantity INT,
  price DECIMAL(10, 2),
  status STRING,
  order_time TIMESTAMP(3),
  WATERMARK FOR order_time AS order_time - INTERVAL '30' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'localhost:9092',
  'properties.group.id' = 'payment-matching',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

CREATE TABLE payments (
  payment_id STRING,
  order_id BIGINT,
  amount DECIMAL(10, 2),
  payment_method STRING,
  status STRING,
  paid_at TIMESTAMP(3),
  WATERMARK FOR paid_at AS paid_at - INTERVAL '30' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments',
  'properties.bootstrap.servers' = 'localhost:9092',
  'properties.group.id' = 'payment-matching',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

CREATE TABLE orders_paid (
  order_id BIGINT,
  customer_id BIGINT,
  region STRING,
  payment_id STRING,
  amount DECIMAL(10, 2),
  payment_method STRING,
  order_time TIMESTAMP(3),
  paid_at TIMESTAMP(3),
  seconds_to_pay INT
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders.paid',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);

INSERT INTO orders_paid
SELECT o.order_id, o.customer_id, o.region, p.payment_id, p.amount, p.payment_method, o.order_time, p.paid_at,
       TIMESTAMPDIFF(SECOND, o.order_time, p.paid_at)
FROM orders AS o
JOIN payments AS p
  ON o.order_id = p.order_id
  AND p.paid_at BETWEEN o.order_time AND o.order_time + INTERVAL '1' HOUR
WHERE p.status = 'captured' AND o.status <> 'cancelled';
