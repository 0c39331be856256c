-- SQRT and CHAR_LENGTH / CHARACTER_LENGTH (Flink built-ins).
CREATE TABLE sensors (
  sensor_id STRING,
  reading DOUBLE,
  read_time TIMESTAMP(3),
  state STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/sensors.csv', 'format' = 'csv');

SELECT sensor_id, SQRT(ABS(reading)) AS root, CHAR_LENGTH(state) AS state_len, CHARACTER_LENGTH(sensor_id) AS id_len
FROM sensors WHERE reading IS NOT NULL AND reading < 20;
