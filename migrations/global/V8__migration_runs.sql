-- Fleet migration runs (`migrate` over tenants, issue #15 item 5): one row per run that
-- migrates tenants (not `--dry-run`), written by the run itself on its main connection
-- (which holds the migration lock) when it starts, when each stage starts and when it
-- ends, each write a short transaction of its own. `migrate status` reports the last
-- one: a row still `running` while no session holds the migration lock was
-- interrupted (the next run marks it so). Only the migrating login reads or writes it.
CREATE TABLE theratime.migration_runs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at  timestamptz,
    -- `--waves` as given ('1,10%,100%'); NULL: no waves.
    waves        text,
    -- `--max-failures` as given ('0', '3', '20%'); NULL: no limit (--continue-on-error).
    max_failures text,
    -- The run's stages (the canary is the first, when there is one) and the last one
    -- started (0: none yet).
    stages       integer NOT NULL CHECK (stages >= 0),
    stage        integer NOT NULL DEFAULT 0 CHECK (stage BETWEEN 0 AND stages),
    -- Tenants to migrate, and what became of them so far.
    tenants      integer NOT NULL,
    migrated     integer NOT NULL DEFAULT 0,
    failed       integer NOT NULL DEFAULT 0,
    not_started  integer NOT NULL DEFAULT 0,
    outcome      text NOT NULL DEFAULT 'running'
                 CONSTRAINT migration_runs_outcome CHECK (outcome IN ('running', 'finished', 'halted', 'interrupted')),
    -- Why it halted or was interrupted.
    reason       text,
    CONSTRAINT migration_runs_finished CHECK ((outcome = 'running') = (finished_at IS NULL))
);
