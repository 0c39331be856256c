-- MD5, SHA1 and SHA256 hex digests (NULL in, NULL out).
CREATE TABLE customers (
  customer_id INT,
  name STRING,
  email STRING,
  city STRING,
  tier STRING,
  signup_date DATE
) WITH ('connector' = 'filesystem', 'path' = '$DATA/customers.json', 'format' = 'json');

SELECT customer_id, MD5(email) AS md5_email, SHA1(city) AS sha1_city, SHA256(CAST(customer_id AS STRING)) AS sha256_id
FROM customers;
