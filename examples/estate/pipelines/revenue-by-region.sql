-- revenue-by-region: orders that were not cancelled, counted and summed per region in five-minute windows.
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
  'properties.group.id' = 'revenue-by-region',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

CREATE TABLE revenue_by_region (
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3),
  region STRING,
  orders BIGINT,
  revenue DECIMAL(20, 2)
) WITH (
  'connector' = 'kafka',
  'topic' = 'revenue.by-region',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);

INSERT INTO revenue_by_region
SELECT window_start, window_end, region, COUNT(*), SUM(quantity * price)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '5' MINUTE))
WHERE status <> 'cancelled'
GROUP BY window_start, window_end, region;
