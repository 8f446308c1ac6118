
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
            cand --all-tenants 'Every tenant (never narrowed by the default tenant)'
            cand -y 'Answer yes to confirmations (required without a terminal)'
            cand --yes 'Answer yes to confirmations (required without a terminal)'
            cand -q 'Print only ids; no progress or notices'
            cand --quiet 'Print only ids; no progress or notices'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand status 'Versions per schema and pending migrations'
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
            cand status 'Versions per schema and pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'theratime;migrate;help;status'= {
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
            cand verify 'Check an archive''s structure and checksums without any database (exit 5 when damaged)'
            cand inspect 'Print an archive''s manifest: tenant, versions, tables, row counts, checksums'
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
            cand verify 'Check an archive''s structure and checksums without any database (exit 5 when damaged)'
            cand inspect 'Print an archive''s manifest: tenant, versions, tables, row counts, checksums'
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
            cand config 'Print the effective settings and where each came from (passwords redacted)'
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
            cand status 'Versions per schema and pending migrations'
        }
        &'theratime;help;migrate;status'= {
        }
        &'theratime;help;config'= {
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
            cand verify 'Check an archive''s structure and checksums without any database (exit 5 when damaged)'
            cand inspect 'Print an archive''s manifest: tenant, versions, tables, row counts, checksums'
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
