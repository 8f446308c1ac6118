
use builtin;
use str;

set edit:completion:arg-completer[theratime] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'theratime'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'theratime'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand tenant 'Create, list, inspect, change, suspend and drop tenants'
            cand migrate 'Apply migrations: bare `migrate` does the global schema, then every tenant'
            cand user 'Add, list, show, edit, move, deactivate, reactivate, export and erase users'
            cand book 'Book an appointment in the tenant (or many with --from-file)'
            cand appointment 'List, show, cancel, reschedule and close appointments'
            cand appt 'List, show, cancel, reschedule and close appointments'
            cand block 'Calendar blocks: time a therapist cannot be booked'
            cand availability 'Free slots of a therapist'
            cand hours 'Therapists'' weekly working hours in the tenant''s zone'
            cand report 'Practice reports: utilization, no-show rate, cancellations with their lead time'
            cand reminders 'Booked appointments starting soon, with client name and email, for an outside sender'
            cand demo 'Create two demo practices with users, a week of appointments and blocks (idempotent)'
            cand config 'Print the effective settings and where each came from (passwords redacted)'
            cand doctor 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
            cand stats 'Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size'
            cand local 'Manage the local PostgreSQL cluster used when no database is configured'
            cand completions 'Print a shell completion script (the same files as completions/)'
            cand man 'Print the man page (roff), generated from the same definitions as --help'
            cand backup 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
            cand restore 'Restore a tenant from a backup archive, in one transaction'
            cand export 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
            cand audit 'Read the audit trail and check its hash chain'
            cand query 'Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;tenant'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
            cand list 'List tenants (cheap columns only)'
            cand show 'Show one tenant in full: counts, size on disk, last migration run'
            cand update 'Change a tenant''s name or time zone'
            cand suspend 'Suspend a tenant: it refuses new bookings'
            cand resume 'Resume a suspended tenant'
            cand drop 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
            cand move 'Citus: move a tenant''s schema to another worker (citus_schema_move), with no loss'
            cand rebalance 'Citus: spread the tenant schemas over the workers by size (Citus''s plan, then one move per tenant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;tenant;create'= {
            cand --name 'Display name of the practice'
            cand --timezone 'IANA time zone, e.g. Europe/Berlin'
            cand --node 'Citus: place the new tenant on this worker (HOST:PORT); it is created, then moved there'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --if-not-exists 'Succeed (exit 0) when a tenant with this slug already exists'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;list'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;show'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;update'= {
            cand --name 'New display name'
            cand --timezone 'New IANA time zone, e.g. Europe/Berlin'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;suspend'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;resume'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;drop'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'theratime;tenant;move'= {
            cand --node 'The worker to move it to, as HOST:PORT'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;rebalance'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --dry-run 'Show the planned moves and change nothing'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;tenant;help'= {
            cand create 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
            cand list 'List tenants (cheap columns only)'
            cand show 'Show one tenant in full: counts, size on disk, last migration run'
            cand update 'Change a tenant''s name or time zone'
            cand suspend 'Suspend a tenant: it refuses new bookings'
            cand resume 'Resume a suspended tenant'
            cand drop 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
            cand move 'Citus: move a tenant''s schema to another worker (citus_schema_move), with no loss'
            cand rebalance 'Citus: spread the tenant schemas over the workers by size (Citus''s plan, then one move per tenant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;tenant;help;create'= {
        }
        &'theratime;tenant;help;list'= {
        }
        &'theratime;tenant;help;show'= {
        }
        &'theratime;tenant;help;update'= {
        }
        &'theratime;tenant;help;suspend'= {
        }
        &'theratime;tenant;help;resume'= {
        }
        &'theratime;tenant;help;drop'= {
        }
        &'theratime;tenant;help;move'= {
        }
        &'theratime;tenant;help;rebalance'= {
        }
        &'theratime;tenant;help;help'= {
        }
        &'theratime;migrate'= {
            cand --jobs 'Tenants migrated at once (each in its own transaction)'
            cand --target 'Stop at this tenant migration version instead of the latest'
            cand --max-failures 'Failed tenants tolerated, a count or a percentage of the tenants to migrate (rounded down): one more starts no new tenant and no new stage (default 0)'
            cand --waves 'Migrate in stages after the canary: growing counts or percentages (rounded up) of the tenants to migrate, cumulative, ending with 100%, e.g. 1,10%,100%'
            cand --canary 'Migrate N tenants first and stop before the rest when any of them fails'
            cand --canary-tenants 'The canary tenants, by slug or id (comma-separated)'
            cand --lock-timeout 'Per-tenant lock timeout, e.g. 2s or 500ms: a locked table fails its tenant instead of hanging the fleet'
            cand --statement-timeout 'Per-tenant statement timeout, e.g. 5m'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --global 'Only the global schema (`--all-tenants`: only the tenants)'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand --dry-run 'List each tenant''s pending migrations and change nothing'
            cand --continue-on-error 'Carry on with the other tenants after a tenant fails (default: start no new tenant)'
            cand --only-failed 'Only the tenants whose last run failed'
            cand --no-wait 'Exit 8 at once when another migration run holds the lock, instead of waiting'
            cand --preflight 'Run the check files (`V<n>__name.check.sql`) of every pending tenant migration in each tenant, read-only, and list the tenants where they find rows; changes nothing'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Version, pending count, last run and drift per schema'
            cand new 'Write the next numbered, empty migration file (tenant by default)'
            cand lint 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding''s size across the fleet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;migrate;status'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --check 'Exit 7 when anything is pending or drifted (for CI)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;migrate;new'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --global 'A global migration instead of a tenant one'
            cand --check 'Also write its check file (`V<n>__NAME.check.sql`): queries returning the rows that would make the migration fail (see `migrate --preflight`)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;migrate;lint'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --strict 'Exit 7 on warnings too, not only on errors'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;migrate;help'= {
            cand status 'Version, pending count, last run and drift per schema'
            cand new 'Write the next numbered, empty migration file (tenant by default)'
            cand lint 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding''s size across the fleet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;migrate;help;status'= {
        }
        &'theratime;migrate;help;new'= {
        }
        &'theratime;migrate;help;lint'= {
        }
        &'theratime;migrate;help;help'= {
        }
        &'theratime;user'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
            cand list 'List the tenant''s users'
            cand show 'Show a user (email or id)'
            cand edit 'Change a user''s name, email or role (a role change is refused while they have future appointments in the old role)'
            cand assign 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
            cand deactivate 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)'
            cand reactivate 'Reactivate a deactivated user'
            cand export 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)'
            cand erase 'Pseudonymise a person: email, name, their appointments'' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;user;add'= {
            cand --email 'Email address (unique across the database, case-insensitively)'
            cand --name 'Display name'
            cand --role 'admin, therapist or client'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;list'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;show'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;edit'= {
            cand --name 'New display name'
            cand --email 'New email address'
            cand --role 'admin, therapist or client'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;assign'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;deactivate'= {
            cand --reason 'Cancel reason recorded on those appointments'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --cancel-future 'Cancel their future booked appointments in the same transaction'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;reactivate'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;export'= {
            cand --out 'Directory for the file (created 0700 when missing)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;erase'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --dry-run 'Report what would be erased; change nothing'
            cand --cancel-future 'Cancel their future booked appointments (otherwise they refuse the erasure)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;user;help'= {
            cand add 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
            cand list 'List the tenant''s users'
            cand show 'Show a user (email or id)'
            cand edit 'Change a user''s name, email or role (a role change is refused while they have future appointments in the old role)'
            cand assign 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
            cand deactivate 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)'
            cand reactivate 'Reactivate a deactivated user'
            cand export 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)'
            cand erase 'Pseudonymise a person: email, name, their appointments'' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;user;help;add'= {
        }
        &'theratime;user;help;list'= {
        }
        &'theratime;user;help;show'= {
        }
        &'theratime;user;help;edit'= {
        }
        &'theratime;user;help;assign'= {
        }
        &'theratime;user;help;deactivate'= {
        }
        &'theratime;user;help;reactivate'= {
        }
        &'theratime;user;help;export'= {
        }
        &'theratime;user;help;erase'= {
        }
        &'theratime;user;help;help'= {
        }
        &'theratime;book'= {
            cand --therapist 'Therapist (email or id)'
            cand --client 'Client (email or id)'
            cand --at 'Start: 2026-12-01 10:00 (tenant''s zone) or 2026-12-01T10:00:00+01:00'
            cand --duration 'Length, e.g. 50m or 1h30m (at most 24h)'
            cand --until 'End time instead of a length (at most 24h after --at)'
            cand --notes 'Free-text notes of the appointment'
            cand --idempotency-key 'A retry with the same key returns the same appointment and never books twice'
            cand --from-file 'Book every row of a CSV (header row) or JSON-lines file; `-` reads stdin'
            cand --repeat 'Book a recurring series from --at: every occurrence at the same local time'
            cand --count 'With --repeat: the number of occurrences (1 to 104)'
            cand --repeat-until 'With --repeat: the last date an occurrence may fall on (local, inclusive)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --atomic 'With --from-file: book all rows or none'
            cand --skip-conflicts 'With --repeat: book the occurrences without conflicts and list the skipped ones (default: book nothing when any conflicts, exit 3)'
            cand --outside-hours 'Book even outside the therapist''s stored working hours'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'theratime;appointment'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List appointments starting from --from until --to (a date in --to includes that day)'
            cand show 'Show one appointment'
            cand cancel 'Cancel: keeps the row, records the reason, frees the slot'
            cand reschedule 'Move to another time, keeping the id (the sequence goes up)'
            cand complete 'Mark as completed'
            cand no-show 'Mark as a no-show'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;appt'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List appointments starting from --from until --to (a date in --to includes that day)'
            cand show 'Show one appointment'
            cand cancel 'Cancel: keeps the row, records the reason, frees the slot'
            cand reschedule 'Move to another time, keeping the id (the sequence goes up)'
            cand complete 'Mark as completed'
            cand no-show 'Mark as a no-show'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;appointment;list'= {
            cand --from 'A time, or a date (2026-12-01, today, tomorrow: local midnight)'
            cand --to 'A time, or a date (that whole day is included)'
            cand --therapist 'Only this therapist''s (email or id)'
            cand --client 'Only this client''s (email or id)'
            cand --status 'booked, cancelled, completed or no_show'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appt;list'= {
            cand --from 'A time, or a date (2026-12-01, today, tomorrow: local midnight)'
            cand --to 'A time, or a date (that whole day is included)'
            cand --therapist 'Only this therapist''s (email or id)'
            cand --client 'Only this client''s (email or id)'
            cand --status 'booked, cancelled, completed or no_show'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appointment;show'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appt;show'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appointment;cancel'= {
            cand --reason 'Why it was cancelled (kept with the row)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --following 'Also every later booked occurrence of its series'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appt;cancel'= {
            cand --reason 'Why it was cancelled (kept with the row)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --following 'Also every later booked occurrence of its series'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appointment;reschedule'= {
            cand --at 'New start: 2026-12-01 10:00 (tenant''s zone) or with an offset'
            cand --duration 'New length (default: the current one)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --following 'Move every later booked occurrence of its series by the same local-time shift too (all or nothing; conflicts are listed, exit 3)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appt;reschedule'= {
            cand --at 'New start: 2026-12-01 10:00 (tenant''s zone) or with an offset'
            cand --duration 'New length (default: the current one)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --following 'Move every later booked occurrence of its series by the same local-time shift too (all or nothing; conflicts are listed, exit 3)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appointment;complete'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appt;complete'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appointment;no-show'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appt;no-show'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;appointment;help'= {
            cand list 'List appointments starting from --from until --to (a date in --to includes that day)'
            cand show 'Show one appointment'
            cand cancel 'Cancel: keeps the row, records the reason, frees the slot'
            cand reschedule 'Move to another time, keeping the id (the sequence goes up)'
            cand complete 'Mark as completed'
            cand no-show 'Mark as a no-show'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;appointment;help;list'= {
        }
        &'theratime;appointment;help;show'= {
        }
        &'theratime;appointment;help;cancel'= {
        }
        &'theratime;appointment;help;reschedule'= {
        }
        &'theratime;appointment;help;complete'= {
        }
        &'theratime;appointment;help;no-show'= {
        }
        &'theratime;appointment;help;help'= {
        }
        &'theratime;appt;help'= {
            cand list 'List appointments starting from --from until --to (a date in --to includes that day)'
            cand show 'Show one appointment'
            cand cancel 'Cancel: keeps the row, records the reason, frees the slot'
            cand reschedule 'Move to another time, keeping the id (the sequence goes up)'
            cand complete 'Mark as completed'
            cand no-show 'Mark as a no-show'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;appt;help;list'= {
        }
        &'theratime;appt;help;show'= {
        }
        &'theratime;appt;help;cancel'= {
        }
        &'theratime;appt;help;reschedule'= {
        }
        &'theratime;appt;help;complete'= {
        }
        &'theratime;appt;help;no-show'= {
        }
        &'theratime;appt;help;help'= {
        }
        &'theratime;block'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Block a therapist''s time'
            cand list 'List blocks'
            cand remove 'Remove a block'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;block;add'= {
            cand --therapist 'Therapist (email or id)'
            cand --from 'Start: 2026-12-01 12:00 (tenant''s zone) or with an offset'
            cand --until 'End (exclusive)'
            cand --reason 'Why the time is blocked'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;block;list'= {
            cand --therapist 'Only this therapist''s blocks (email or id)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;block;remove'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;block;help'= {
            cand add 'Block a therapist''s time'
            cand list 'List blocks'
            cand remove 'Remove a block'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;block;help;add'= {
        }
        &'theratime;block;help;list'= {
        }
        &'theratime;block;help;remove'= {
        }
        &'theratime;block;help;help'= {
        }
        &'theratime;availability'= {
            cand --therapist 'Therapist (email or id)'
            cand --date 'First day: YYYY-MM-DD, today or tomorrow (in the tenant''s zone)'
            cand --days 'Number of days (1 to 366)'
            cand --slot 'Slot length (at least 5m)'
            cand --hours 'Working hours in the tenant''s zone, every day [default: the therapist''s stored hours, or 09:00-17:00 when none are stored]'
            cand --align 'Round slot starts up to this grid of local time (e.g. 15m); by default each free gap offers slots from its start'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;hours'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Replace a therapist''s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`'
            cand show 'Show stored working hours (every therapist that has any, or one)'
            cand clear 'Delete a therapist''s stored hours: bookable any time again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;hours;set'= {
            cand --therapist 'Therapist (email or id)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;hours;show'= {
            cand --therapist 'Therapist (email or id)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;hours;clear'= {
            cand --therapist 'Therapist (email or id)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;hours;help'= {
            cand set 'Replace a therapist''s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`'
            cand show 'Show stored working hours (every therapist that has any, or one)'
            cand clear 'Delete a therapist''s stored hours: bookable any time again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;hours;help;set'= {
        }
        &'theratime;hours;help;show'= {
        }
        &'theratime;hours;help;clear'= {
        }
        &'theratime;hours;help;help'= {
        }
        &'theratime;report'= {
            cand --jobs 'Tenants worked on at once (each on its own connection)'
            cand --from 'First day, YYYY-MM-DD (local to each tenant)'
            cand --to 'Last day, YYYY-MM-DD (included)'
            cand --by 'One row per tenant, therapist or week'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'theratime;reminders'= {
            cand --within 'Booked appointments starting from now until now plus this, e.g. 24h or 2d (at most 31d)'
            cand --jobs 'Tenants worked on at once (each on its own connection)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;demo'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;config'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;doctor'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;stats'= {
            cand --sort 'Order the tenants by this figure, largest first (default: tenant order)'
            cand --top 'Show only the first N tenants after sorting (the fleet totals still cover all)'
            cand --jobs 'Connections that measure sizes and count appointments at once (1 to 64)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand --exact 'Sizes by pg_total_relation_size, opening every table (default: the catalog''s estimate, relpages as of the last VACUUM or ANALYZE)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'theratime;local'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand start 'Create (if needed) and start the local cluster'
            cand status 'Whether the local cluster exists and runs'
            cand stop 'Stop the local cluster'
            cand destroy 'Stop the local cluster and delete its data'
            cand url 'Print the URL of the local cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;local;start'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;local;status'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;local;stop'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;local;destroy'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;local;url'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;local;help'= {
            cand start 'Create (if needed) and start the local cluster'
            cand status 'Whether the local cluster exists and runs'
            cand stop 'Stop the local cluster'
            cand destroy 'Stop the local cluster and delete its data'
            cand url 'Print the URL of the local cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;local;help;start'= {
        }
        &'theratime;local;help;status'= {
        }
        &'theratime;local;help;stop'= {
        }
        &'theratime;local;help;destroy'= {
        }
        &'theratime;local;help;url'= {
        }
        &'theratime;local;help;help'= {
        }
        &'theratime;completions'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;man'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;backup'= {
            cand --out 'Directory for the archives (created 0700 when missing)'
            cand --keep 'Keep the newest N backups of each backed-up tenant and delete its older ones'
            cand --jobs 'Tenants backed up at once (connections besides the coordinating one)'
            cand --encrypt-to 'Encrypt the archives with age to this public key (age1…); repeat for several'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand --no-wait 'Exit 8 at once when another backup run holds the backup lock, instead of waiting'
            cand --no-compress 'Store the data uncompressed (default: zstd)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'Check archives'' structure and checksums without any database, one line each (exit 5 when any is damaged)'
            cand inspect 'Print archives'' manifests: tenant, versions, tables, row counts, checksums'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;backup;verify'= {
            cand --identity 'age identity file for an encrypted archive'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;backup;inspect'= {
            cand --identity 'age identity file for an encrypted archive'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;backup;help'= {
            cand verify 'Check archives'' structure and checksums without any database, one line each (exit 5 when any is damaged)'
            cand inspect 'Print archives'' manifests: tenant, versions, tables, row counts, checksums'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;backup;help;verify'= {
        }
        &'theratime;backup;help;inspect'= {
        }
        &'theratime;backup;help;help'= {
        }
        &'theratime;restore'= {
            cand --as 'Restore under this slug instead of the archived one'
            cand --identity 'age identity file for an encrypted archive'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --dry-run 'Report what would be restored, remapped or refused; write nothing'
            cand --link-users 'Link a user of another tenant that the archive''s rows name to the user with the same email here, when that user belongs to the tenant the archive names and has the same role (without it such an email is refused, exit 3)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;export'= {
            cand --jobs 'Tenants worked on at once (each on its own connection)'
            cand --format 'csv and json: appointments and blocks; ics: one calendar per therapist'
            cand --out 'Directory for the files (created 0700 when missing)'
            cand --from 'Only rows starting at or after this time (RFC 3339, or local to the tenant''s zone)'
            cand --to 'Only rows starting before this time (a date means the end of that day)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;audit'= {
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List audit rows, newest first (-t narrows to a tenant by slug or id)'
            cand verify 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;audit;list'= {
            cand --since 'Rows at or after this time (RFC 3339, or a date; UTC without an offset)'
            cand --until 'Rows before this time (a date means the end of that day)'
            cand --actor 'Database or OS user who ran the command'
            cand --command 'Command prefix, e.g. `appointment` or `user erase`'
            cand --target 'Exact target, e.g. `appointment 42` or `user 7`'
            cand --limit 'At most this many rows (0: all)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;audit;verify'= {
            cand --anchor 'A head printed by an earlier verify (`-q` prints ID:SHA256): that row must still be there, unchanged'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;audit;help'= {
            cand list 'List audit rows, newest first (-t narrows to a tenant by slug or id)'
            cand verify 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;audit;help;list'= {
        }
        &'theratime;audit;help;verify'= {
        }
        &'theratime;audit;help;help'= {
        }
        &'theratime;query'= {
            cand -f 'Read the query from FILE (`-` = stdin)'
            cand --file 'Read the query from FILE (`-` = stdin)'
            cand --jobs 'Tenants worked on at once (each on its own connection)'
            cand --statement-timeout 'Per-tenant statement timeout, e.g. 500ms, 30s or 5m (0: none)'
            cand --database-url 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]'
            cand --direct-url 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]'
            cand --config 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]'
            cand -t 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --tenant 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]'
            cand --migrations 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]'
            cand -o 'Output format of records on stdout'
            cand --output 'Output format of records on stdout'
            cand --connect-timeout 'Seconds to wait for the database to answer a connection attempt [default: 5]'
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'theratime;help'= {
            cand tenant 'Create, list, inspect, change, suspend and drop tenants'
            cand migrate 'Apply migrations: bare `migrate` does the global schema, then every tenant'
            cand user 'Add, list, show, edit, move, deactivate, reactivate, export and erase users'
            cand book 'Book an appointment in the tenant (or many with --from-file)'
            cand appointment 'List, show, cancel, reschedule and close appointments'
            cand block 'Calendar blocks: time a therapist cannot be booked'
            cand availability 'Free slots of a therapist'
            cand hours 'Therapists'' weekly working hours in the tenant''s zone'
            cand report 'Practice reports: utilization, no-show rate, cancellations with their lead time'
            cand reminders 'Booked appointments starting soon, with client name and email, for an outside sender'
            cand demo 'Create two demo practices with users, a week of appointments and blocks (idempotent)'
            cand config 'Print the effective settings and where each came from (passwords redacted)'
            cand doctor 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
            cand stats 'Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size'
            cand local 'Manage the local PostgreSQL cluster used when no database is configured'
            cand completions 'Print a shell completion script (the same files as completions/)'
            cand man 'Print the man page (roff), generated from the same definitions as --help'
            cand backup 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
            cand restore 'Restore a tenant from a backup archive, in one transaction'
            cand export 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
            cand audit 'Read the audit trail and check its hash chain'
            cand query 'Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;help;tenant'= {
            cand create 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
            cand list 'List tenants (cheap columns only)'
            cand show 'Show one tenant in full: counts, size on disk, last migration run'
            cand update 'Change a tenant''s name or time zone'
            cand suspend 'Suspend a tenant: it refuses new bookings'
            cand resume 'Resume a suspended tenant'
            cand drop 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
            cand move 'Citus: move a tenant''s schema to another worker (citus_schema_move), with no loss'
            cand rebalance 'Citus: spread the tenant schemas over the workers by size (Citus''s plan, then one move per tenant)'
        }
        &'theratime;help;tenant;create'= {
        }
        &'theratime;help;tenant;list'= {
        }
        &'theratime;help;tenant;show'= {
        }
        &'theratime;help;tenant;update'= {
        }
        &'theratime;help;tenant;suspend'= {
        }
        &'theratime;help;tenant;resume'= {
        }
        &'theratime;help;tenant;drop'= {
        }
        &'theratime;help;tenant;move'= {
        }
        &'theratime;help;tenant;rebalance'= {
        }
        &'theratime;help;migrate'= {
            cand status 'Version, pending count, last run and drift per schema'
            cand new 'Write the next numbered, empty migration file (tenant by default)'
            cand lint 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding''s size across the fleet'
        }
        &'theratime;help;migrate;status'= {
        }
        &'theratime;help;migrate;new'= {
        }
        &'theratime;help;migrate;lint'= {
        }
        &'theratime;help;user'= {
            cand add 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
            cand list 'List the tenant''s users'
            cand show 'Show a user (email or id)'
            cand edit 'Change a user''s name, email or role (a role change is refused while they have future appointments in the old role)'
            cand assign 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
            cand deactivate 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)'
            cand reactivate 'Reactivate a deactivated user'
            cand export 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)'
            cand erase 'Pseudonymise a person: email, name, their appointments'' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)'
        }
        &'theratime;help;user;add'= {
        }
        &'theratime;help;user;list'= {
        }
        &'theratime;help;user;show'= {
        }
        &'theratime;help;user;edit'= {
        }
        &'theratime;help;user;assign'= {
        }
        &'theratime;help;user;deactivate'= {
        }
        &'theratime;help;user;reactivate'= {
        }
        &'theratime;help;user;export'= {
        }
        &'theratime;help;user;erase'= {
        }
        &'theratime;help;book'= {
        }
        &'theratime;help;appointment'= {
            cand list 'List appointments starting from --from until --to (a date in --to includes that day)'
            cand show 'Show one appointment'
            cand cancel 'Cancel: keeps the row, records the reason, frees the slot'
            cand reschedule 'Move to another time, keeping the id (the sequence goes up)'
            cand complete 'Mark as completed'
            cand no-show 'Mark as a no-show'
        }
        &'theratime;help;appointment;list'= {
        }
        &'theratime;help;appointment;show'= {
        }
        &'theratime;help;appointment;cancel'= {
        }
        &'theratime;help;appointment;reschedule'= {
        }
        &'theratime;help;appointment;complete'= {
        }
        &'theratime;help;appointment;no-show'= {
        }
        &'theratime;help;block'= {
            cand add 'Block a therapist''s time'
            cand list 'List blocks'
            cand remove 'Remove a block'
        }
        &'theratime;help;block;add'= {
        }
        &'theratime;help;block;list'= {
        }
        &'theratime;help;block;remove'= {
        }
        &'theratime;help;availability'= {
        }
        &'theratime;help;hours'= {
            cand set 'Replace a therapist''s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`'
            cand show 'Show stored working hours (every therapist that has any, or one)'
            cand clear 'Delete a therapist''s stored hours: bookable any time again'
        }
        &'theratime;help;hours;set'= {
        }
        &'theratime;help;hours;show'= {
        }
        &'theratime;help;hours;clear'= {
        }
        &'theratime;help;report'= {
        }
        &'theratime;help;reminders'= {
        }
        &'theratime;help;demo'= {
        }
        &'theratime;help;config'= {
        }
        &'theratime;help;doctor'= {
        }
        &'theratime;help;stats'= {
        }
        &'theratime;help;local'= {
            cand start 'Create (if needed) and start the local cluster'
            cand status 'Whether the local cluster exists and runs'
            cand stop 'Stop the local cluster'
            cand destroy 'Stop the local cluster and delete its data'
            cand url 'Print the URL of the local cluster'
        }
        &'theratime;help;local;start'= {
        }
        &'theratime;help;local;status'= {
        }
        &'theratime;help;local;stop'= {
        }
        &'theratime;help;local;destroy'= {
        }
        &'theratime;help;local;url'= {
        }
        &'theratime;help;completions'= {
        }
        &'theratime;help;man'= {
        }
        &'theratime;help;backup'= {
            cand verify 'Check archives'' structure and checksums without any database, one line each (exit 5 when any is damaged)'
            cand inspect 'Print archives'' manifests: tenant, versions, tables, row counts, checksums'
        }
        &'theratime;help;backup;verify'= {
        }
        &'theratime;help;backup;inspect'= {
        }
        &'theratime;help;restore'= {
        }
        &'theratime;help;export'= {
        }
        &'theratime;help;audit'= {
            cand list 'List audit rows, newest first (-t narrows to a tenant by slug or id)'
            cand verify 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)'
        }
        &'theratime;help;audit;list'= {
        }
        &'theratime;help;audit;verify'= {
        }
        &'theratime;help;query'= {
        }
        &'theratime;help;help'= {
        }
    ]
    $completions[$command]
}
