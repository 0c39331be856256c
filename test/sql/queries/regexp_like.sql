-- LIKE, REGEXP_EXTRACT, REGEXP_REPLACE and SPLIT_INDEX on free text.
CREATE TABLE events (
  id INT,
  payload STRING,
  raw_text STRING,
  note STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/events.json', 'format' = 'json');

SELECT id,
  note LIKE '%order%' AS has_order,
  LOWER(note) LIKE '%order #_%' AS has_order_number,
  REGEXP_EXTRACT(note, '#(\d+)', 1) AS order_number,
  REGEXP_REPLACE(raw_text, '[0-9]', '9') AS masked,
  SPLIT_INDEX(raw_text, ';', 1) AS second_field,
  SPLIT_INDEX(raw_text, ';', 5) AS missing_field,
  LPAD(CAST(id AS STRING), 3, '0') AS padded,
  REVERSE(raw_text) AS reversed
FROM events;
