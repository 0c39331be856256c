-- A larger windowed input for restart coverage (verified in plain JS): 600 out-of-order events, per-minute tumbling counts and sums.
CREATE TABLE gen_events (
  id INT,
  ts AS TIMESTAMPADD(SECOND, id * 10 - MOD(id, 3) * 25, TIMESTAMP '2024-03-01 00:00:00'),
  WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE
) WITH ('connector' = 'datagen', 'number-of-rows' = '600', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '600');

SELECT window_start, COUNT(*) AS n, SUM(id) AS id_sum
FROM TABLE(TUMBLE(TABLE gen_events, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end;
