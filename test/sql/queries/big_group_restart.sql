-- A larger input for restart coverage (verified in plain JS by golden.test.ts): 600 generated orders grouped by customer.
CREATE TABLE gen_orders (
  id BIGINT,
  customer AS id % 7,
  cents AS id * 37 % 1000
) WITH ('connector' = 'datagen', 'number-of-rows' = '600', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '600');

SELECT customer, COUNT(*) AS n, SUM(cents) AS total_cents, SUM(id * id) AS sum_sq, MAX(id) AS last_id
FROM gen_orders GROUP BY customer;
