-- Fleet bookkeeping for `migrate` and `migrate status`: the migrations each tenant has
-- applied ("version:checksum,…", so checksum drift is found without reading every
-- schema), and the outcome of its last run.
ALTER TABLE theratime.tenant_migrations
    ADD COLUMN applied text NOT NULL DEFAULT '',
    ADD COLUMN last_attempted_version integer,
    ADD COLUMN last_finished_at timestamptz;
CREATE INDEX tenant_migrations_status_idx ON theratime.tenant_migrations (last_status) WHERE last_status <> 'ok';
