\set u random(1, 100)
\set k random(0, 999)
SELECT * FROM users WHERE issuer = 'bench' AND subject = 'bench-' || :u;
BEGIN;
SELECT * FROM tasks WHERE id = ('00000000-0000-4000-9000-' || lpad((:u * 1000 + :k)::text, 12, '0'))::uuid AND user_id = ('00000000-0000-4000-8000-' || lpad(:u::text, 12, '0'))::uuid FOR UPDATE \gset
UPDATE tasks SET completed = NOT completed, completed_at = CASE WHEN completed THEN NULL ELSE now() END, updated_at = now(), version = version + 1 WHERE id = ('00000000-0000-4000-9000-' || lpad((:u * 1000 + :k)::text, 12, '0'))::uuid AND version = :version;
COMMIT;
