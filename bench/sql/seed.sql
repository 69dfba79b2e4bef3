-- 100 users with 1,000 tasks each. Ids are derived from numbers, so the load scripts (wrk and
-- pgbench) can name any user or task without looking it up first.
INSERT INTO users (id, issuer, subject, tier)
SELECT ('00000000-0000-4000-8000-' || lpad(u::text, 12, '0'))::uuid, 'bench', 'bench-' || u, 'PRO'
FROM generate_series(1, 100) AS u;

INSERT INTO tasks (id, user_id, title, description, completed, due_at, completed_at, created_at, updated_at, version)
SELECT ('00000000-0000-4000-9000-' || lpad((u * 1000 + k)::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(u::text, 12, '0'))::uuid,
       'Task ' || k || ' of user ' || u,
       CASE WHEN k % 3 = 0 THEN 'Some words about task ' || k ELSE NULL END,
       false,
       CASE WHEN k % 2 = 0 THEN now() + (k || ' hours')::interval ELSE NULL END,
       NULL,
       now() - (k || ' minutes')::interval,
       now() - (k || ' minutes')::interval,
       0
FROM generate_series(1, 100) AS u, generate_series(0, 999) AS k;
ANALYZE users;
ANALYZE tasks;
