-- String functions at their edges: Flink's SUBSTRING positions (0 and negative), TRIM with characters,
-- CONCAT_WS skipping NULLs, LPAD/RPAD truncating and cycling, LOCATE from a position, REGEXP_EXTRACT's whole match.
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
  SUBSTRING(product, 0, 2) AS from_zero,
  SUBSTRING(product, 0 - 3, 2) AS from_end,
  SUBSTRING(status, 3) AS tail,
  TRIM(LEADING 'x' FROM CONCAT('xx', product, 'xx')) AS ltrimmed,
  TRIM(TRAILING 'x' FROM CONCAT('xx', product, 'xx')) AS rtrimmed,
  TRIM(BOTH 'x' FROM CONCAT('xx', product, 'xx')) AS trimmed,
  CONCAT_WS('-', product, CAST(NULL AS STRING), status) AS joined,
  LPAD(product, 3, '*') AS lpad_cut,
  RPAD(CAST(quantity AS STRING), 5, 'xy') AS rpad_cycle,
  REPEAT(SUBSTRING(product, 1, 2), 3) AS repeated,
  LOCATE('e', 'weir engine', 4) AS locate_from,
  REGEXP_EXTRACT(CONCAT(product, '-', CAST(order_id * 111 AS STRING)), '[a-z]+') AS whole_match,
  LEFT(status, 4) AS head,
  RIGHT(status, 3) AS last3,
  TO_BASE64(product) AS b64,
  product || CAST(NULL AS STRING) AS null_concat
FROM orders WHERE order_id IN (1, 6, 10);
