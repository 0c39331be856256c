-- String functions on customer records.
CREATE TABLE customers (
  customer_id INT,
  name STRING,
  email STRING,
  city STRING,
  tier STRING,
  signup_date DATE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customers.json', 'format' = 'json');

SELECT customer_id,
  UPPER(name) AS upper_name,
  LOWER(city) AS lower_city,
  TRIM(name) AS trimmed,
  CONCAT(TRIM(name), ' <', email, '>') AS contact,
  SUBSTRING(email FROM 1 FOR 5) AS email_head,
  SPLIT_INDEX(email, '@', 1) AS domain,
  REPLACE(city, 'a', 'A') AS city_a,
  INITCAP(name) AS initcap_name,
  POSITION('@' IN email) AS at_pos
FROM customers;
