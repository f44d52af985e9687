-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_events_created_at ON events USING brin (created_at);
REINDEX (VERBOSE, CONCURRENTLY) TABLE events;

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS ix_events_created_at;
