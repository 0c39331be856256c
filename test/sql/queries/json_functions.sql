-- JSON_VALUE and JSON_QUERY on a JSON text column; invalid JSON and missing paths give NULL.
CREATE TABLE events (
  id INT,
  payload STRING,
  raw_text STRING,
  note STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/events.json', 'format' = 'json');

SELECT id,
  JSON_VALUE(payload, '$.user.name') AS user_name,
  JSON_VALUE(payload, '$.user.id') AS user_id,
  JSON_VALUE(payload, '$.amount') AS amount,
  JSON_QUERY(payload, '$.tags') AS tags,
  JSON_QUERY(payload, '$.user') AS user_obj,
  JSON_VALUE(payload, '$.tags[0]') AS first_tag
FROM events;
