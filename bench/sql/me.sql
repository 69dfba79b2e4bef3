\set u random(1, 100)
SELECT * FROM users WHERE issuer = 'bench' AND subject = 'bench-' || :u;
