-- Legacy GROUP BY SESSION with SESSION_START and SESSION_END.
CREATE TABLE clicks (
  user_name STRING,
  url STRING,
  click_time TIMESTAMP(3),
  WATERMARK FOR click_time AS click_time - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/clicks.json', 'format' = 'json');

SELECT user_name, SESSION_START(click_time, INTERVAL '40' SECOND) AS sstart, SESSION_END(click_time, INTERVAL '40' SECOND) AS send, COUNT(*) AS clicks
FROM clicks
GROUP BY SESSION(click_time, INTERVAL '40' SECOND), user_name;
