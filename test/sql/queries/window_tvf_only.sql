-- A window TVF without aggregation: each click with its window columns. Flink does not drop late rows here
-- (its window table function operator assigns windows to every row), so the late 12:01:30 click is kept.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

SELECT user_name, url, window_start, window_end, window_time
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(click_time), INTERVAL '1' MINUTE))
WHERE user_name IN ('alice', 'erin');
