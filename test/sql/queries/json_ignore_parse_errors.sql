-- 'json.ignore-parse-errors': a line that is not JSON is skipped; a missing field is NULL; an unknown one is ignored.
CREATE TABLE payments_raw (
  order_id INT,
  amount DECIMAL(10, 2),
  note STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/orders_bad.json', 'format' = 'json', 'json.ignore-parse-errors' = 'true');

SELECT order_id, amount, note FROM payments_raw;
