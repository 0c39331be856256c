-- Math functions over sensor readings.
CREATE TABLE sensors (
  sensor_id STRING,
  reading DOUBLE,
  read_time TIMESTAMP(3),
  state STRING
) WITH ('connector' = 'filesystem', 'path' = '$DATA/sensors.csv', 'format' = 'csv');

SELECT sensor_id,
  ABS(reading) AS abs_reading,
  ROUND(reading, 0) AS rounded,
  FLOOR(reading) AS floored,
  CEIL(reading) AS ceiled,
  POWER(reading, 2) AS squared,
  GREATEST(reading, 20.0) AS at_least_20,
  MOD(CAST(reading AS INT), 4) AS mod4,
  SIGN(reading) AS sgn
FROM sensors;
