
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
            cand user 'Add, list, show, edit, move and deactivate users'
            cand book 'Book an appointment in the tenant (or many with --from-file)'
            cand appointment 'List, show, cancel, reschedule and close appointments'
            cand appt 'List, show, cancel, reschedule and close appointments'
            cand block 'Calendar blocks: time a therapist cannot be booked'
            cand availability 'Free slots of a therapist'
            cand demo 'Create two demo practices with users, a week of appointments and blocks (idempotent)'
            cand config 'Print the effective settings and where each came from (passwords redacted)'
            cand doctor 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
            cand local 'Manage the local PostgreSQL cluster used when no database is configured'
            cand completions 'Print a shell completion script (the same files as completions/)'
            cand man 'Print the man page (roff), generated from the same definitions as --help'
            cand backup 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
            cand restore 'Restore a tenant from a backup archive, in one transaction'
            cand export 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
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
            cand --name 'name'
            cand --timezone 'timezone'
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
            cand --global 'Only the global schema'
            cand --all-tenants 'Every tenant, not the global schema (never narrowed by the default tenant)'
            cand --dry-run 'List each tenant''s pending migrations and change nothing'
            cand --continue-on-error 'Carry on with the other tenants after a tenant fails (default: start no new tenant)'
            cand --only-failed 'Only the tenants whose last run failed'
            cand --no-wait 'Exit 8 at once when another migration run holds the lock, instead of waiting'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;migrate;help;status'= {
        }
        &'theratime;migrate;help;new'= {
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
            cand edit 'Change a user''s name or email'
            cand assign 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
            cand deactivate 'Deactivate a user: they can no longer be booked'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;user;add'= {
            cand --email 'email'
            cand --name 'name'
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
            cand --name 'name'
            cand --email 'email'
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
        &'theratime;user;help'= {
            cand add 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
            cand list 'List the tenant''s users'
            cand show 'Show a user (email or id)'
            cand edit 'Change a user''s name or email'
            cand assign 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
            cand deactivate 'Deactivate a user: they can no longer be booked'
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
        &'theratime;user;help;help'= {
        }
        &'theratime;book'= {
            cand --therapist 'Therapist (email or id)'
            cand --client 'Client (email or id)'
            cand --at 'Start: 2026-12-01 10:00 (tenant''s zone) or 2026-12-01T10:00:00+01:00'
            cand --duration 'Length, e.g. 50m or 1h30m'
            cand --until 'End time instead of a length'
            cand --notes 'notes'
            cand --idempotency-key 'A retry with the same key returns the same appointment and never books twice'
            cand --from-file 'Book every row of a CSV (header row) or JSON-lines file; `-` reads stdin'
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
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --from 'A time or a date (local midnight)'
            cand --to 'to'
            cand --therapist 'therapist'
            cand --client 'client'
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
            cand --from 'A time or a date (local midnight)'
            cand --to 'to'
            cand --therapist 'therapist'
            cand --client 'client'
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
            cand --reason 'reason'
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
        &'theratime;appt;cancel'= {
            cand --reason 'reason'
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
        &'theratime;appointment;reschedule'= {
            cand --at 'at'
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
            cand --at 'at'
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
            cand --therapist 'therapist'
            cand --from 'from'
            cand --until 'until'
            cand --reason 'reason'
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
            cand --therapist 'therapist'
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
            cand --therapist 'therapist'
            cand --date 'First day, YYYY-MM-DD'
            cand --days 'Number of days'
            cand --slot 'Slot length'
            cand --hours 'Working hours in the tenant''s zone'
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
            cand --all-tenants 'Every tenant, from one consistent snapshot (never narrowed by the default tenant)'
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
        &'theratime;help'= {
            cand tenant 'Create, list, inspect, change, suspend and drop tenants'
            cand migrate 'Apply migrations: bare `migrate` does the global schema, then every tenant'
            cand user 'Add, list, show, edit, move and deactivate users'
            cand book 'Book an appointment in the tenant (or many with --from-file)'
            cand appointment 'List, show, cancel, reschedule and close appointments'
            cand block 'Calendar blocks: time a therapist cannot be booked'
            cand availability 'Free slots of a therapist'
            cand demo 'Create two demo practices with users, a week of appointments and blocks (idempotent)'
            cand config 'Print the effective settings and where each came from (passwords redacted)'
            cand doctor 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
            cand local 'Manage the local PostgreSQL cluster used when no database is configured'
            cand completions 'Print a shell completion script (the same files as completions/)'
            cand man 'Print the man page (roff), generated from the same definitions as --help'
            cand backup 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
            cand restore 'Restore a tenant from a backup archive, in one transaction'
            cand export 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
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
        }
        &'theratime;help;migrate;status'= {
        }
        &'theratime;help;migrate;new'= {
        }
        &'theratime;help;user'= {
            cand add 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
            cand list 'List the tenant''s users'
            cand show 'Show a user (email or id)'
            cand edit 'Change a user''s name or email'
            cand assign 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
            cand deactivate 'Deactivate a user: they can no longer be booked'
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
        &'theratime;help;demo'= {
        }
        &'theratime;help;config'= {
        }
        &'theratime;help;doctor'= {
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
        &'theratime;help;help'= {
        }
    ]
    $completions[$command]
}
