-- TUMBLE window TVF: clicks per minute; the late click (12:01:30 after the watermark passed 12:02) is dropped.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

SELECT window_start, window_end, COUNT(*) AS clicks, COUNT(DISTINCT user_name) AS users
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(click_time), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end;
