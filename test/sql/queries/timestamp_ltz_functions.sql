-- TIMESTAMP_LTZ from epoch milliseconds, shown in the session time zone (Asia/Tokyo).
SET 'table.local-time-zone' = 'Asia/Tokyo';

CREATE TABLE readings (
  device STRING,
  epoch_ms BIGINT,
  qty INT,
  ts AS TO_TIMESTAMP_LTZ(epoch_ms, 3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/readings_epoch.json', 'format' = 'json');

SELECT device,
  CAST(ts AS STRING) AS local_text,
  DATE_FORMAT(ts, 'yyyy-MM-dd HH:mm:ss') AS formatted,
  CAST(ts AS TIMESTAMP(3)) AS wall_clock,
  HOUR(CAST(ts AS TIMESTAMP(3))) AS local_hour
FROM readings;
