-- GROUP BY a nullable key: NULL forms its own group; COUNT(col) skips NULLs, COUNT(*) does not.
CREATE TABLE customers (
  customer_id INT,
  name STRING,
  email STRING,
  city STRING,
  tier STRING,
  signup_date DATE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customers.json', 'format' = 'json');

SELECT tier, COUNT(*) AS n, COUNT(city) AS with_city, MAX(signup_date) AS latest FROM customers GROUP BY tier;
