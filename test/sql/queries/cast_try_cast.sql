-- CAST between types and TRY_CAST returning NULL where CAST would fail.
CREATE TABLE events (
  id INT,
  payload STRING,
  raw_text STRING,
  note STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/events.json', 'format' = 'json');

SELECT id,
  CAST(id AS STRING) || '#' AS id_text,
  TRY_CAST(SPLIT_INDEX(raw_text, ';', 0) AS INT) AS first_part_int,
  TRY_CAST(REGEXP_EXTRACT(raw_text, 'id=(\d+)', 1) AS INT) AS raw_id,
  CAST(CAST(id AS DOUBLE) / 4 AS DECIMAL(5, 2)) AS quarter,
  CAST('2024-03-01 10:00:00' AS TIMESTAMP(3)) AS ts,
  CAST(id > 2 AS STRING) AS big
FROM events;
