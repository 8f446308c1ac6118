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
complete -c theratime -n "__fish_theratime_needs_command" -f -a "user" -d 'Add, list, show, edit, move, deactivate, reactivate, export and erase users'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "book" -d 'Book an appointment in the tenant (or many with --from-file)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "appointment" -d 'List, show, cancel, reschedule and close appointments'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "appt" -d 'List, show, cancel, reschedule and close appointments'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "block" -d 'Calendar blocks: time a therapist cannot be booked'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "availability" -d 'Free slots of a therapist'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "hours" -d 'Therapists\' weekly working hours in the tenant\'s zone'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "report" -d 'Practice reports: utilization, no-show rate, cancellations with their lead time'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "reminders" -d 'Booked appointments starting soon, with client name and email, for an outside sender'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "demo" -d 'Create two demo practices with users, a week of appointments and blocks (idempotent)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "config" -d 'Print the effective settings and where each came from (passwords redacted)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "doctor" -d 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "stats" -d 'Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "local" -d 'Manage the local PostgreSQL cluster used when no database is configured'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "completions" -d 'Print a shell completion script (the same files as completions/)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "man" -d 'Print the man page (roff), generated from the same definitions as --help'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "backup" -d 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "restore" -d 'Restore a tenant from a backup archive, in one transaction'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "export" -d 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "audit" -d 'Read the audit trail and check its hash chain'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "query" -d 'Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`'
complete -c theratime -n "__fish_theratime_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "create" -d 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "list" -d 'List tenants (cheap columns only)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "show" -d 'Show one tenant in full: counts, size on disk, last migration run'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "update" -d 'Change a tenant\'s name or time zone'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "suspend" -d 'Suspend a tenant: it refuses new bookings'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "resume" -d 'Resume a suspended tenant'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "drop" -d 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "move" -d 'Citus: move a tenant\'s schema to another worker (citus_schema_move), with no loss'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "rebalance" -d 'Citus: spread the tenant schemas over the workers by size (Citus\'s plan, then one move per tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend resume drop move rebalance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l name -d 'Display name of the practice' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone, e.g. Europe/Berlin' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from create" -l node -d 'Citus: place the new tenant on this worker (HOST:PORT); it is created, then moved there' -r
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
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l name -d 'New display name' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from update" -l timezone -d 'New IANA time zone, e.g. Europe/Berlin' -r
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
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -l node -d 'The worker to move it to, as HOST:PORT' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -l dry-run -d 'Show the planned moves and change nothing'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from rebalance" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tenants (cheap columns only)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one tenant in full: counts, size on disk, last migration run'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name or time zone'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a tenant: it refuses new bookings'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a suspended tenant'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "move" -d 'Citus: move a tenant\'s schema to another worker (citus_schema_move), with no loss'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "rebalance" -d 'Citus: spread the tenant schemas over the workers by size (Citus\'s plan, then one move per tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l jobs -d 'Tenants migrated at once (each in its own transaction)' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l target -d 'Stop at this tenant migration version instead of the latest' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l max-failures -d 'Failed tenants tolerated, a count or a percentage of the tenants to migrate (rounded down): one more starts no new tenant and no new stage (default 0)' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l waves -d 'Migrate in stages after the canary: growing counts or percentages (rounded up) of the tenants to migrate, cumulative, ending with 100%, e.g. 1,10%,100%' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l canary -d 'Migrate N tenants first and stop before the rest when any of them fails' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l canary-tenants -d 'The canary tenants, by slug or id (comma-separated)' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l lock-timeout -d 'Per-tenant lock timeout, e.g. 2s or 500ms: a locked table fails its tenant instead of hanging the fleet' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l statement-timeout -d 'Per-tenant statement timeout, e.g. 5m' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l global -d 'Only the global schema (`--all-tenants`: only the tenants)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l dry-run -d 'List each tenant\'s pending migrations and change nothing'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l continue-on-error -d 'Carry on with the other tenants after a tenant fails (default: start no new tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l only-failed -d 'Only the tenants whose last run failed'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l no-wait -d 'Exit 8 at once when another migration run holds the lock, instead of waiting'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -l preflight -d 'Run the check files (`V<n>__name.check.sql`) of every pending tenant migration in each tenant, read-only, and list the tenants where they find rows; changes nothing'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -f -a "status" -d 'Version, pending count, last run and drift per schema'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -f -a "new" -d 'Write the next numbered, empty migration file (tenant by default)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -f -a "lint" -d 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding\'s size across the fleet'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and not __fish_seen_subcommand_from status new lint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -l check -d 'Exit 7 when anything is pending or drifted (for CI)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l global -d 'A global migration instead of a tenant one'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -l check -d 'Also write its check file (`V<n>__NAME.check.sql`): queries returning the rows that would make the migration fail (see `migrate --preflight`)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -l strict -d 'Exit 7 on warnings too, not only on errors'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'Version, pending count, last run and drift per schema'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "new" -d 'Write the next numbered, empty migration file (tenant by default)'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding\'s size across the fleet'
complete -c theratime -n "__fish_theratime_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "add" -d 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "list" -d 'List the tenant\'s users'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "show" -d 'Show a user (email or id)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "edit" -d 'Change a user\'s name, email or role (a role change is refused while they have future appointments in the old role)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "assign" -d 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "deactivate" -d 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "reactivate" -d 'Reactivate a deactivated user'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "export" -d 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "erase" -d 'Pseudonymise a person: email, name, their appointments\' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and not __fish_seen_subcommand_from add list show edit assign deactivate reactivate export erase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (unique across the database, case-insensitively)' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'admin, therapist or client' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l name -d 'New display name' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l email -d 'New email address' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l role -d 'admin, therapist or client' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l reason -d 'Cancel reason recorded on those appointments' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l cancel-future -d 'Cancel their future booked appointments in the same transaction'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -l out -d 'Directory for the file (created 0700 when missing)' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l dry-run -d 'Report what would be erased; change nothing'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -l cancel-future -d 'Cancel their future booked appointments (otherwise they refuse the erasure)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s users'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user (email or id)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a user\'s name, email or role (a role change is refused while they have future appointments in the old role)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a deactivated user'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Pseudonymise a person: email, name, their appointments\' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand book" -l therapist -d 'Therapist (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l client -d 'Client (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l at -d 'Start: 2026-12-01 10:00 (tenant\'s zone) or 2026-12-01T10:00:00+01:00' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l duration -d 'Length, e.g. 50m or 1h30m (at most 24h)' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l until -d 'End time instead of a length (at most 24h after --at)' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l notes -d 'Free-text notes of the appointment' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l idempotency-key -d 'A retry with the same key returns the same appointment and never books twice' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l from-file -d 'Book every row of a CSV (header row) or JSON-lines file; `-` reads stdin' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l repeat -d 'Book a recurring series from --at: every occurrence at the same local time' -r -f -a "daily\t''
weekly\t''
biweekly\t'Every other week'"
complete -c theratime -n "__fish_theratime_using_subcommand book" -l count -d 'With --repeat: the number of occurrences (1 to 104)' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l repeat-until -d 'With --repeat: the last date an occurrence may fall on (local, inclusive)' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand book" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand book" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand book" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand book" -l atomic -d 'With --from-file: book all rows or none'
complete -c theratime -n "__fish_theratime_using_subcommand book" -l skip-conflicts -d 'With --repeat: book the occurrences without conflicts and list the skipped ones (default: book nothing when any conflicts, exit 3)'
complete -c theratime -n "__fish_theratime_using_subcommand book" -l outside-hours -d 'Book even outside the therapist\'s stored working hours'
complete -c theratime -n "__fish_theratime_using_subcommand book" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand book" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand book" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand book" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "list" -d 'List appointments starting from --from until --to (a date in --to includes that day)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "show" -d 'Show one appointment'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "cancel" -d 'Cancel: keeps the row, records the reason, frees the slot'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "reschedule" -d 'Move to another time, keeping the id (the sequence goes up)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "complete" -d 'Mark as completed'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "no-show" -d 'Mark as a no-show'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l from -d 'A time, or a date (2026-12-01, today, tomorrow: local midnight)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l to -d 'A time, or a date (that whole day is included)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l therapist -d 'Only this therapist\'s (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l status -d 'booked, cancelled, completed or no_show' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it was cancelled (kept with the row)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -l following -d 'Also every later booked occurrence of its series'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l at -d 'New start: 2026-12-01 10:00 (tenant\'s zone) or with an offset' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l duration -d 'New length (default: the current one)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -l following -d 'Move every later booked occurrence of its series by the same local-time shift too (all or nothing; conflicts are listed, exit 3)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from reschedule" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from no-show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List appointments starting from --from until --to (a date in --to includes that day)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one appointment'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel: keeps the row, records the reason, frees the slot'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "reschedule" -d 'Move to another time, keeping the id (the sequence goes up)'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Mark as completed'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "no-show" -d 'Mark as a no-show'
complete -c theratime -n "__fish_theratime_using_subcommand appointment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "list" -d 'List appointments starting from --from until --to (a date in --to includes that day)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "show" -d 'Show one appointment'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "cancel" -d 'Cancel: keeps the row, records the reason, frees the slot'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "reschedule" -d 'Move to another time, keeping the id (the sequence goes up)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "complete" -d 'Mark as completed'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "no-show" -d 'Mark as a no-show'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and not __fish_seen_subcommand_from list show cancel reschedule complete no-show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l from -d 'A time, or a date (2026-12-01, today, tomorrow: local midnight)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l to -d 'A time, or a date (that whole day is included)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l therapist -d 'Only this therapist\'s (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l client -d 'Only this client\'s (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l status -d 'booked, cancelled, completed or no_show' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it was cancelled (kept with the row)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l following -d 'Also every later booked occurrence of its series'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l at -d 'New start: 2026-12-01 10:00 (tenant\'s zone) or with an offset' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l duration -d 'New length (default: the current one)' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -l following -d 'Move every later booked occurrence of its series by the same local-time shift too (all or nothing; conflicts are listed, exit 3)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from reschedule" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from no-show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "list" -d 'List appointments starting from --from until --to (a date in --to includes that day)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one appointment'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel: keeps the row, records the reason, frees the slot'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "reschedule" -d 'Move to another time, keeping the id (the sequence goes up)'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Mark as completed'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "no-show" -d 'Mark as a no-show'
complete -c theratime -n "__fish_theratime_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Block a therapist\'s time'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List blocks'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a block'
complete -c theratime -n "__fish_theratime_using_subcommand block; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l therapist -d 'Therapist (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l from -d 'Start: 2026-12-01 12:00 (tenant\'s zone) or with an offset' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l until -d 'End (exclusive)' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l reason -d 'Why the time is blocked' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -l therapist -d 'Only this therapist\'s blocks (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from help" -f -a "add" -d 'Block a therapist\'s time'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from help" -f -a "list" -d 'List blocks'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a block'
complete -c theratime -n "__fish_theratime_using_subcommand block; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l therapist -d 'Therapist (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l date -d 'First day: YYYY-MM-DD, today or tomorrow (in the tenant\'s zone)' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l days -d 'Number of days (1 to 366)' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l slot -d 'Slot length (at least 5m)' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l hours -d 'Working hours in the tenant\'s zone, every day [default: the therapist\'s stored hours, or 09:00-17:00 when none are stored]' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l align -d 'Round slot starts up to this grid of local time (e.g. 15m); by default each free gap offers slots from its start' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand availability" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand availability" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand availability" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand availability" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand availability" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand availability" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand availability" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -f -a "set" -d 'Replace a therapist\'s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -f -a "show" -d 'Show stored working hours (every therapist that has any, or one)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -f -a "clear" -d 'Delete a therapist\'s stored hours: bookable any time again'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and not __fish_seen_subcommand_from set show clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -l therapist -d 'Therapist (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -l therapist -d 'Therapist (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -l therapist -d 'Therapist (email or id)' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from help" -f -a "set" -d 'Replace a therapist\'s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show stored working hours (every therapist that has any, or one)'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Delete a therapist\'s stored hours: bookable any time again'
complete -c theratime -n "__fish_theratime_using_subcommand hours; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand report" -l jobs -d 'Tenants worked on at once (each on its own connection)' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l from -d 'First day, YYYY-MM-DD (local to each tenant)' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l to -d 'Last day, YYYY-MM-DD (included)' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l by -d 'One row per tenant, therapist or week' -r -f -a "tenant\t''
therapist\t''
week\t'ISO week of the local date (2027-W11)'"
complete -c theratime -n "__fish_theratime_using_subcommand report" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand report" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand report" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand report" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand report" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand report" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand report" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand report" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l within -d 'Booked appointments starting from now until now plus this, e.g. 24h or 2d (at most 31d)' -r
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l jobs -d 'Tenants worked on at once (each on its own connection)' -r
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand reminders" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand demo" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand demo" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand demo" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand demo" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand demo" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand demo" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand demo" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand demo" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand demo" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand demo" -s h -l help -d 'Print help'
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
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l sort -d 'Order the tenants by this figure, largest first (default: tenant order)' -r -f -a "size\t'Size on disk'
appointments\t'Appointments of the last and the next 7 days together'
dead\t'Dead tuples'"
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l top -d 'Show only the first N tenants after sorting (the fleet totals still cover all)' -r
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l jobs -d 'Connections that measure sizes and count appointments at once (1 to 64)' -r
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand stats" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand stats" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand stats" -l exact -d 'Sizes by pg_total_relation_size, opening every table (default: the catalog\'s estimate, relpages as of the last VACUUM or ANALYZE)'
complete -c theratime -n "__fish_theratime_using_subcommand stats" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand stats" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand stats" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l no-wait -d 'Exit 8 at once when another backup run holds the backup lock, instead of waiting'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -l no-compress -d 'Store the data uncompressed (default: zstd)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -f -a "verify" -d 'Check archives\' structure and checksums without any database, one line each (exit 5 when any is damaged)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and not __fish_seen_subcommand_from verify inspect help" -f -a "inspect" -d 'Print archives\' manifests: tenant, versions, tables, row counts, checksums'
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
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check archives\' structure and checksums without any database, one line each (exit 5 when any is damaged)'
complete -c theratime -n "__fish_theratime_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Print archives\' manifests: tenant, versions, tables, row counts, checksums'
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
complete -c theratime -n "__fish_theratime_using_subcommand restore" -l link-users -d 'Link a user of another tenant that the archive\'s rows name to the user with the same email here, when that user belongs to the tenant the archive names and has the same role (without it such an email is refused, exit 3)'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand restore" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand export" -l jobs -d 'Tenants worked on at once (each on its own connection)' -r
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
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "list" -d 'List audit rows, newest first (-t narrows to a tenant by slug or id)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "verify" -d 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Rows at or after this time (RFC 3339, or a date; UTC without an offset)' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Rows before this time (a date means the end of that day)' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Database or OS user who ran the command' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l command -d 'Command prefix, e.g. `appointment` or `user erase`' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l target -d 'Exact target, e.g. `appointment 42` or `user 7`' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many rows (0: all)' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -l anchor -d 'A head printed by an earlier verify (`-q` prints ID:SHA256): that row must still be there, unchanged' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit rows, newest first (-t narrows to a tenant by slug or id)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)'
complete -c theratime -n "__fish_theratime_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand query" -s f -l file -d 'Read the query from FILE (`-` = stdin)' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l jobs -d 'Tenants worked on at once (each on its own connection)' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l statement-timeout -d 'Per-tenant statement timeout, e.g. 500ms, 30s or 5m (0: none)' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l database-url -d 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l direct-url -d 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l config -d 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand query" -s t -l tenant -d 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l migrations -d 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]' -r -F
complete -c theratime -n "__fish_theratime_using_subcommand query" -s o -l output -d 'Output format of records on stdout' -r -f -a "table\t''
json\t''
csv\t''"
complete -c theratime -n "__fish_theratime_using_subcommand query" -l connect-timeout -d 'Seconds to wait for the database to answer a connection attempt [default: 5]' -r
complete -c theratime -n "__fish_theratime_using_subcommand query" -l all-tenants -d 'Every tenant (never narrowed by the default tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand query" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c theratime -n "__fish_theratime_using_subcommand query" -s q -l quiet -d 'Print only ids; no progress or notices'
complete -c theratime -n "__fish_theratime_using_subcommand query" -s v -l verbose -d 'More detail on stderr'
complete -c theratime -n "__fish_theratime_using_subcommand query" -s h -l help -d 'Print help'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "tenant" -d 'Create, list, inspect, change, suspend and drop tenants'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "migrate" -d 'Apply migrations: bare `migrate` does the global schema, then every tenant'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "user" -d 'Add, list, show, edit, move, deactivate, reactivate, export and erase users'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "book" -d 'Book an appointment in the tenant (or many with --from-file)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "appointment" -d 'List, show, cancel, reschedule and close appointments'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "block" -d 'Calendar blocks: time a therapist cannot be booked'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "availability" -d 'Free slots of a therapist'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "hours" -d 'Therapists\' weekly working hours in the tenant\'s zone'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "report" -d 'Practice reports: utilization, no-show rate, cancellations with their lead time'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "reminders" -d 'Booked appointments starting soon, with client name and email, for an outside sender'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "demo" -d 'Create two demo practices with users, a week of appointments and blocks (idempotent)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "config" -d 'Print the effective settings and where each came from (passwords redacted)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "doctor" -d 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "stats" -d 'Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "local" -d 'Manage the local PostgreSQL cluster used when no database is configured'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "completions" -d 'Print a shell completion script (the same files as completions/)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "man" -d 'Print the man page (roff), generated from the same definitions as --help'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "backup" -d 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "restore" -d 'Restore a tenant from a backup archive, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "export" -d 'Export appointments and calendar blocks as CSV, JSON or iCalendar files'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "audit" -d 'Read the audit trail and check its hash chain'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "query" -d 'Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`'
complete -c theratime -n "__fish_theratime_using_subcommand help; and not __fish_seen_subcommand_from tenant migrate user book appointment block availability hours report reminders demo config doctor stats local completions man backup restore export audit query help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "create" -d 'Create a tenant: its row, its schema and every tenant migration, in one transaction'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "list" -d 'List tenants (cheap columns only)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show one tenant in full: counts, size on disk, last migration run'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "update" -d 'Change a tenant\'s name or time zone'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "suspend" -d 'Suspend a tenant: it refuses new bookings'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "resume" -d 'Resume a suspended tenant'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "drop" -d 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "move" -d 'Citus: move a tenant\'s schema to another worker (citus_schema_move), with no loss'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "rebalance" -d 'Citus: spread the tenant schemas over the workers by size (Citus\'s plan, then one move per tenant)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'Version, pending count, last run and drift per schema'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "new" -d 'Write the next numbered, empty migration file (tenant by default)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "lint" -d 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding\'s size across the fleet'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user to the tenant (--tenant / THERATIME_TENANT)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the tenant\'s users'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user (email or id)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user\'s name, email or role (a role change is refused while they have future appointments in the old role)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "assign" -d 'Move a user to the tenant given by --tenant (refused while they have future bookings)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reactivate" -d 'Reactivate a deactivated user'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "erase" -d 'Pseudonymise a person: email, name, their appointments\' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "list" -d 'List appointments starting from --from until --to (a date in --to includes that day)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "show" -d 'Show one appointment'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "cancel" -d 'Cancel: keeps the row, records the reason, frees the slot'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "reschedule" -d 'Move to another time, keeping the id (the sequence goes up)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "complete" -d 'Mark as completed'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from appointment" -f -a "no-show" -d 'Mark as a no-show'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from block" -f -a "add" -d 'Block a therapist\'s time'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from block" -f -a "list" -d 'List blocks'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from block" -f -a "remove" -d 'Remove a block'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from hours" -f -a "set" -d 'Replace a therapist\'s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from hours" -f -a "show" -d 'Show stored working hours (every therapist that has any, or one)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from hours" -f -a "clear" -d 'Delete a therapist\'s stored hours: bookable any time again'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "start" -d 'Create (if needed) and start the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "status" -d 'Whether the local cluster exists and runs'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "stop" -d 'Stop the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "destroy" -d 'Stop the local cluster and delete its data'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "url" -d 'Print the URL of the local cluster'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "verify" -d 'Check archives\' structure and checksums without any database, one line each (exit 5 when any is damaged)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "inspect" -d 'Print archives\' manifests: tenant, versions, tables, row counts, checksums'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit rows, newest first (-t narrows to a tenant by slug or id)'
complete -c theratime -n "__fish_theratime_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)'
