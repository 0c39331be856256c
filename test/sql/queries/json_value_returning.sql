-- JSON_VALUE … RETURNING a type other than STRING, and JSON_EXISTS.
CREATE TABLE events (
  id INT,
  payload STRING,
  raw_text STRING,
  note STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/events.json', 'format' = 'json');

SELECT id,
  JSON_VALUE(payload, '$.user.id' RETURNING INT) + 1 AS next_user_id,
  JSON_VALUE(payload, '$.amount' RETURNING DOUBLE) AS amount,
  JSON_EXISTS(payload, '$.user.name') AS has_name
FROM events;
