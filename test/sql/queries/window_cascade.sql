-- Cascaded windows: per-user clicks per minute, then a 2-minute TUMBLE over the first windows' window_time.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

CREATE VIEW per_user_minute AS
  SELECT user_name, window_time, COUNT(*) AS clicks
  FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(click_time), INTERVAL '1' MINUTE))
  GROUP BY user_name, window_start, window_end, window_time;

SELECT window_start, window_end, SUM(clicks) AS clicks, MAX(clicks) AS busiest_user_minute
FROM TABLE(TUMBLE(TABLE per_user_minute, DESCRIPTOR(window_time), INTERVAL '2' MINUTE))
GROUP BY window_start, window_end;
