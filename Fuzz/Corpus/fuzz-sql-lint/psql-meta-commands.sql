\set ON_ERROR_STOP on
\connect app
SELECT format('CREATE INDEX CONCURRENTLY ON %I (id)', tablename) FROM pg_tables WHERE schemaname = 'public' \gexec
SELECT 1 \; SELECT 2;
ALTER TABLE users
\r
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
