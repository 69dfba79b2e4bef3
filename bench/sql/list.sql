\set u random(1, 100)
SELECT * FROM users WHERE issuer = 'bench' AND subject = 'bench-' || :u;
SELECT * FROM tasks WHERE user_id = ('00000000-0000-4000-8000-' || lpad(:u::text, 12, '0'))::uuid ORDER BY created_at DESC, id DESC LIMIT 21;
