-- TUMBLE window TVF grouped by a key as well, with window_time and MAX.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

SELECT user_name, window_start, window_end, window_time, COUNT(*) AS clicks, MAX(url) AS last_url
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(click_time), INTERVAL '2' MINUTE))
GROUP BY user_name, window_start, window_end, window_time;
