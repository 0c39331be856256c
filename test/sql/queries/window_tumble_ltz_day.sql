-- Day windows over a TIMESTAMP_LTZ rowtime follow the session time zone (Asia/Tokyo, UTC+9): the
-- 23:30 UTC reading of Feb 29 falls on Mar 1 in Tokyo, and 15:00 UTC on Mar 1 is already Mar 2.
SET 'table.local-time-zone' = 'Asia/Tokyo';

CREATE TABLE readings (
  device STRING,
  epoch_ms BIGINT,
  qty INT,
  ts AS TO_TIMESTAMP_LTZ(epoch_ms, 3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '$DATA/readings_epoch.json', 'format' = 'json');

SELECT window_start, window_end, COUNT(*) AS n, SUM(qty) AS total
FROM TABLE(TUMBLE(TABLE readings, DESCRIPTOR(ts), INTERVAL '1' DAY))
GROUP BY window_start, window_end;
