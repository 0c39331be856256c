-- Watermarks with out-of-order events: per-minute counts per user; only the click that arrives after its window fired is dropped.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

SELECT user_name, window_start, COUNT(*) AS clicks, LISTAGG(url, ' ') AS urls
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(click_time), INTERVAL '1' MINUTE))
WHERE user_name IN ('alice', 'bob')
GROUP BY user_name, window_start, window_end;
