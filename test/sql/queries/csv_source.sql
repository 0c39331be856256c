-- A CSV source: empty fields are NULL for non-string columns.
CREATE TABLE sensors (
  sensor_id STRING,
  reading DOUBLE,
  read_time TIMESTAMP(3),
  state STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/sensors.csv', 'format' = 'csv');

SELECT sensor_id, reading, read_time, state, reading IS NULL AS missing FROM sensors;
