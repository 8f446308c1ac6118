
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
            cand config 'Print the effective settings and where each came from (passwords redacted)'
            cand doctor 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
            cand local 'Manage the local PostgreSQL cluster used when no database is configured'
            cand completions 'Print a shell completion script (the same files as completions/)'
            cand man 'Print the man page (roff), generated from the same definitions as --help'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;tenant;create'= {
            cand --name 'Display name of the practice'
            cand --timezone 'IANA time zone, e.g. Europe/Berlin'
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
        &'theratime;help'= {
            cand tenant 'Create, list, inspect, change, suspend and drop tenants'
            cand migrate 'Apply migrations: bare `migrate` does the global schema, then every tenant'
            cand config 'Print the effective settings and where each came from (passwords redacted)'
            cand doctor 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
            cand local 'Manage the local PostgreSQL cluster used when no database is configured'
            cand completions 'Print a shell completion script (the same files as completions/)'
            cand man 'Print the man page (roff), generated from the same definitions as --help'
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
        &'theratime;help;migrate'= {
            cand status 'Version, pending count, last run and drift per schema'
            cand new 'Write the next numbered, empty migration file (tenant by default)'
        }
        &'theratime;help;migrate;status'= {
        }
        &'theratime;help;migrate;new'= {
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
        &'theratime;help;help'= {
        }
    ]
    $completions[$command]
}
