-- Nested JSON: ROW fields by path, ARRAY subscripts (1-based; out of range is NULL), CARDINALITY, MAP lookups, BOOLEAN.
CREATE TABLE profiles (
  id INT,
  profile ROW<name STRING, address ROW<city STRING, zip STRING>>,
  tags ARRAY<STRING>,
  scores MAP<STRING, INT>,
  active BOOLEAN
) WITH ('connector' = 'filesystem', 'path' = '$DATA/profiles.json', 'format' = 'json');

SELECT id,
  profile.name AS name,
  profile.address.city AS city,
  tags[1] AS first_tag,
  CARDINALITY(tags) AS tag_count,
  scores['math'] AS math,
  active IS TRUE AS is_active,
  COALESCE(profile.address.zip, 'n/a') AS zip
FROM profiles;
