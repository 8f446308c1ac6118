# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_theratime_global_optspecs
    string join \n database-url= direct-url= config= t/tenant= migrations= o/output= y/yes q/quiet v/verbose connect-timeout= h/help V/version
end

function __fish_theratime_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_theratime_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_theratime_using_subcommand
    set -l cmd (__fish_theratime_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c theratime -n "__fish_theratime_needs_command" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_needs_command" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_needs_command" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_needs_command" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_needs_command" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_needs_command" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_needs_command" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_needs_command" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_needs_command" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_needs_command" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c theratime -n "__fish_theratime_needs_command" -s V -l version -d 'Print version'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "tenant" -d 'Create, list, inspect, change, suspend and drop tenants'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "migrate" -d 'Apply migrations: bare `migrate` does the global schema, then every tenant'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "config" -d 'Print the effective settings and where each came from (passwords redacted)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "local" -d 'Manage the local PostgreSQL cluster used when no database is configured'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "completions" -d 'Print a shell completion script (the same files as completions/)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "man" -d 'Print the man page (roff), generated from the same definitions as --help'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "backup" -d 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "restore" -d 'Restore a tenant from a backup archive, in one transaction'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "export" -d 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "create" -d 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "list" -d 'List tenants (cheap columns only)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "show" -d 'Show one tenant in full: counts, size on disk, last migration run'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "update" -d 'Change a tenant\'s name or time zone'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "suspend" -d 'Suspend a tenant: it refuses new bookings'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "resume" -d 'Resume a suspended tenant'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "drop" -d 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l name -d 'Display name of the practice' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone, e.g. Europe/Berlin' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed (exit 0) when a tenant with this slug already exists'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l name -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l timezone -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tenants (cheap columns only)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one tenant in full: counts, size on disk, last migration run'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name or time zone'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a tenant: it refuses new bookings'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a suspended tenant'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l global -d 'Only the global schema'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Versions per schema and pending migrations'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'Versions per schema and pending migrations'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand config" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand config" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand config" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand config" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand config" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand config" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand config" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand config" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand config" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand config" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand config" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -f -a "start" -d 'Create (if needed) and start the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -f -a "status" -d 'Whether the local cluster exists and runs'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -f -a "stop" -d 'Stop the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -f -a "destroy" -d 'Stop the local cluster and delete its data'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -f -a "url" -d 'Print the URL of the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand local; and not __fish_seen_subcommand_from start status stop destroy url help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "start" -d 'Create (if needed) and start the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether the local cluster exists and runs'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Stop the local cluster and delete its data'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print the URL of the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand completions" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand completions" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand completions" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand completions" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand completions" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand completions" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand completions" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand completions" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand completions" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand completions" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand man" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand man" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand man" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand man" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand man" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand man" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand man" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand man" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand man" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand man" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l out -d 'Directory for the archives (created 0700 when missing)' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l keep -d 'Keep the newest N backups of each backed-up tenant and delete its older ones' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l jobs -d 'Tenants backed up at once (connections besides the coordinating one)' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l encrypt-to -d 'Encrypt the archives with age to this public key (age1…); repeat for several' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l all-tenants -d 'Every tenant, from one consistent snapshot (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l no-wait -d 'Exit 8 at once when another backup run holds the backup lock, instead of waiting'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l no-compress -d 'Store the data uncompressed (default: zstd)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -f -a "verify" -d 'Check an archive\'s structure and checksums without any database (exit 5 when damaged)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -f -a "inspect" -d 'Print an archive\'s manifest: tenant, versions, tables, row counts, checksums'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -l identity -d 'age identity file for an encrypted archive' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -l identity -d 'age identity file for an encrypted archive' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check an archive\'s structure and checksums without any database (exit 5 when damaged)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print an archive\'s manifest: tenant, versions, tables, row counts, checksums'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l as -d 'Restore under this slug instead of the archived one' -r
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l identity -d 'age identity file for an encrypted archive' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l dry-run -d 'Report what would be restored, remapped or refused; write nothing'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand export" -l format -d 'csv and json: appointments and blocks; ics: one calendar per therapist' -r -f -a "csv\t''
json\t''
ics\t''"
complete -c theratime -n "__fish_theratime_using_subcommand export" -l out -d 'Directory for the files (created 0700 when missing)' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand export" -l from -d 'Only rows starting at or after this time (RFC 3339, or local to the tenant\'s zone)' -r
complete -c theratime -n "__fish_theratime_using_subcommand export" -l to -d 'Only rows starting before this time (a date means the end of that day)' -r
complete -c theratime -n "__fish_theratime_using_subcommand export" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand export" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand export" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand export" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand export" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand export" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand export" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand export" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand export" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand export" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand export" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "tenant" -d 'Create, list, inspect, change, suspend and drop tenants'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "migrate" -d 'Apply migrations: bare `migrate` does the global schema, then every tenant'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "config" -d 'Print the effective settings and where each came from (passwords redacted)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "local" -d 'Manage the local PostgreSQL cluster used when no database is configured'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "completions" -d 'Print a shell completion script (the same files as completions/)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "man" -d 'Print the man page (roff), generated from the same definitions as --help'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "backup" -d 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "restore" -d 'Restore a tenant from a backup archive, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "export" -d 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate config local completions man backup restore export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "create" -d 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "list" -d 'List tenants (cheap columns only)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show one tenant in full: counts, size on disk, last migration run'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "update" -d 'Change a tenant\'s name or time zone'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "suspend" -d 'Suspend a tenant: it refuses new bookings'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "resume" -d 'Resume a suspended tenant'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "drop" -d 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'Versions per schema and pending migrations'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "start" -d 'Create (if needed) and start the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "status" -d 'Whether the local cluster exists and runs'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "stop" -d 'Stop the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "destroy" -d 'Stop the local cluster and delete its data'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "url" -d 'Print the URL of the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "verify" -d 'Check an archive\'s structure and checksums without any database (exit 5 when damaged)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "inspect" -d 'Print an archive\'s manifest: tenant, versions, tables, row counts, checksums'
