\set u random(1, 100)
SELECT * FROM users WHERE issuer = 'bench' AND subject = 'bench-' || :u;
BEGIN;
INSERT INTO tasks (id, user_id, title, description, completed, due_at, completed_at, created_at, updated_at, version) VALUES (gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(:u::text, 12, '0'))::uuid, 'Benchmark task', NULL, false, NULL, NULL, now(), now(), 0);
COMMIT;
