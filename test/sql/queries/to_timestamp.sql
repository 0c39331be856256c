-- TO_TIMESTAMP, TO_DATE, UNIX_TIMESTAMP and FROM_UNIXTIME over text dates.
CREATE TABLE customers (
  customer_id INT,
  name STRING,
  email STRING,
  city STRING,
  tier STRING,
  signup_date DATE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customers.json', 'format' = 'json');

SELECT customer_id,
  TO_TIMESTAMP(CONCAT(CAST(signup_date AS STRING), ' 08:30:00')) AS signup_ts,
  TO_DATE(CAST(signup_date AS STRING)) AS signup,
  signup_date + INTERVAL '30' DAY AS trial_end,
  DATE_FORMAT(TO_TIMESTAMP(CAST(signup_date AS STRING), 'yyyy-MM-dd'), 'dd/MM/yyyy') AS european,
  UNIX_TIMESTAMP(CAST(signup_date AS STRING), 'yyyy-MM-dd') AS epoch_seconds,
  FROM_UNIXTIME(86400 * 365) AS one_year
FROM customers;
