-- Legacy GROUP BY TUMBLE with TUMBLE_START and TUMBLE_END.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

SELECT user_name, TUMBLE_START(click_time, INTERVAL '2' MINUTE) AS wstart, TUMBLE_END(click_time, INTERVAL '2' MINUTE) AS wend, COUNT(*) AS clicks
FROM clicks
GROUP BY TUMBLE(click_time, INTERVAL '2' MINUTE), user_name;
