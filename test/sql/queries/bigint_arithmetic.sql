-- BIGINT arithmetic beyond 2^53 stays exact; integer division truncates; % is the remainder.
CREATE TABLE accounts (
  account_id BIGINT,
  balance BIGINT,
  delta INT
) WITH ('connector' = 'filesystem', 'path' = '$DATA/accounts.json', 'format' = 'json');

SELECT account_id,
  balance + delta AS new_balance,
  balance * 2 AS doubled,
  delta / 7 AS sevenths,
  delta % 7 AS remainder,
  -delta AS negated,
  account_id * 1000000000 + delta AS composite
FROM accounts;
