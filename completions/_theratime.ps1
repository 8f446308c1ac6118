
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'theratime' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'theratime'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'theratime' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create, list, inspect, change, suspend and drop tenants')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply migrations: bare `migrate` does the global schema, then every tenant')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, show, edit, move, deactivate, reactivate, export and erase users')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Book an appointment in the tenant (or many with --from-file)')
            [CompletionResult]::new('appointment', 'appointment', [CompletionResultType]::ParameterValue, 'List, show, cancel, reschedule and close appointments')
            [CompletionResult]::new('appt', 'appt', [CompletionResultType]::ParameterValue, 'List, show, cancel, reschedule and close appointments')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Calendar blocks: time a therapist cannot be booked')
            [CompletionResult]::new('availability', 'availability', [CompletionResultType]::ParameterValue, 'Free slots of a therapist')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Therapists'' weekly working hours in the tenant''s zone')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Practice reports: utilization, no-show rate, cancellations with their lead time')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Booked appointments starting soon, with client name and email, for an outside sender')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create two demo practices with users, a week of appointments and blocks (idempotent)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (passwords redacted)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Manage the local PostgreSQL cluster used when no database is configured')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (the same files as completions/)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from the same definitions as --help')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a tenant from a backup archive, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export appointments and calendar blocks as CSV, JSON or iCalendar files')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit trail and check its hash chain')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;tenant' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant: its row, its schema and every tenant migration, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tenants (cheap columns only)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant in full: counts, size on disk, last migration run')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name or time zone')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a tenant: it refuses new bookings')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended tenant')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Citus: move a tenant''s schema to another worker (citus_schema_move), with no loss')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Citus: spread the tenant schemas over the workers by size (Citus''s plan, then one move per tenant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;tenant;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the practice')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone, e.g. Europe/Berlin')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Citus: place the new tenant on this worker (HOST:PORT); it is created, then moved there')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed (exit 0) when a tenant with this slug already exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'New IANA time zone, e.g. Europe/Berlin')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;suspend' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;resume' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;drop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'theratime;tenant;move' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The worker to move it to, as HOST:PORT')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;rebalance' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the planned moves and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;tenant;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant: its row, its schema and every tenant migration, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tenants (cheap columns only)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant in full: counts, size on disk, last migration run')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name or time zone')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a tenant: it refuses new bookings')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended tenant')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Citus: move a tenant''s schema to another worker (citus_schema_move), with no loss')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Citus: spread the tenant schemas over the workers by size (Citus''s plan, then one move per tenant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;tenant;help;create' {
            break
        }
        'theratime;tenant;help;list' {
            break
        }
        'theratime;tenant;help;show' {
            break
        }
        'theratime;tenant;help;update' {
            break
        }
        'theratime;tenant;help;suspend' {
            break
        }
        'theratime;tenant;help;resume' {
            break
        }
        'theratime;tenant;help;drop' {
            break
        }
        'theratime;tenant;help;move' {
            break
        }
        'theratime;tenant;help;rebalance' {
            break
        }
        'theratime;tenant;help;help' {
            break
        }
        'theratime;migrate' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Tenants migrated at once (each in its own transaction)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Stop at this tenant migration version instead of the latest')
            [CompletionResult]::new('--max-failures', '--max-failures', [CompletionResultType]::ParameterName, 'Failed tenants tolerated, a count or a percentage of the tenants to migrate (rounded down): one more starts no new tenant and no new stage (default 0)')
            [CompletionResult]::new('--waves', '--waves', [CompletionResultType]::ParameterName, 'Migrate in stages after the canary: growing counts or percentages (rounded up) of the tenants to migrate, cumulative, ending with 100%, e.g. 1,10%,100%')
            [CompletionResult]::new('--canary', '--canary', [CompletionResultType]::ParameterName, 'Migrate N tenants first and stop before the rest when any of them fails')
            [CompletionResult]::new('--canary-tenants', '--canary-tenants', [CompletionResultType]::ParameterName, 'The canary tenants, by slug or id (comma-separated)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Per-tenant lock timeout, e.g. 2s or 500ms: a locked table fails its tenant instead of hanging the fleet')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'Per-tenant statement timeout, e.g. 5m')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--global', '--global', [CompletionResultType]::ParameterName, 'Only the global schema (`--all-tenants`: only the tenants)')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List each tenant''s pending migrations and change nothing')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Carry on with the other tenants after a tenant fails (default: start no new tenant)')
            [CompletionResult]::new('--only-failed', '--only-failed', [CompletionResultType]::ParameterName, 'Only the tenants whose last run failed')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Exit 8 at once when another migration run holds the lock, instead of waiting')
            [CompletionResult]::new('--preflight', '--preflight', [CompletionResultType]::ParameterName, 'Run the check files (`V<n>__name.check.sql`) of every pending tenant migration in each tenant, read-only, and list the tenants where they find rows; changes nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Version, pending count, last run and drift per schema')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write the next numbered, empty migration file (tenant by default)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding''s size across the fleet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;migrate;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 7 when anything is pending or drifted (for CI)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;migrate;new' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--global', '--global', [CompletionResultType]::ParameterName, 'A global migration instead of a tenant one')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also write its check file (`V<n>__NAME.check.sql`): queries returning the rows that would make the migration fail (see `migrate --preflight`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;migrate;lint' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 7 on warnings too, not only on errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;migrate;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Version, pending count, last run and drift per schema')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write the next numbered, empty migration file (tenant by default)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding''s size across the fleet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;migrate;help;status' {
            break
        }
        'theratime;migrate;help;new' {
            break
        }
        'theratime;migrate;help;lint' {
            break
        }
        'theratime;migrate;help;help' {
            break
        }
        'theratime;user' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the tenant (--tenant / THERATIME_TENANT)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user (email or id)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s name, email or role (a role change is refused while they have future appointments in the old role)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Move a user to the tenant given by --tenant (refused while they have future bookings)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Pseudonymise a person: email, name, their appointments'' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (unique across the database, case-insensitively)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin, therapist or client')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin, therapist or client')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;assign' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;deactivate' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Cancel reason recorded on those appointments')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--cancel-future', '--cancel-future', [CompletionResultType]::ParameterName, 'Cancel their future booked appointments in the same transaction')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;reactivate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the file (created 0700 when missing)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;erase' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be erased; change nothing')
            [CompletionResult]::new('--cancel-future', '--cancel-future', [CompletionResultType]::ParameterName, 'Cancel their future booked appointments (otherwise they refuse the erasure)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the tenant (--tenant / THERATIME_TENANT)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user (email or id)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s name, email or role (a role change is refused while they have future appointments in the old role)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Move a user to the tenant given by --tenant (refused while they have future bookings)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Pseudonymise a person: email, name, their appointments'' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;user;help;add' {
            break
        }
        'theratime;user;help;list' {
            break
        }
        'theratime;user;help;show' {
            break
        }
        'theratime;user;help;edit' {
            break
        }
        'theratime;user;help;assign' {
            break
        }
        'theratime;user;help;deactivate' {
            break
        }
        'theratime;user;help;reactivate' {
            break
        }
        'theratime;user;help;export' {
            break
        }
        'theratime;user;help;erase' {
            break
        }
        'theratime;user;help;help' {
            break
        }
        'theratime;book' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Therapist (email or id)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Client (email or id)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start: 2026-12-01 10:00 (tenant''s zone) or 2026-12-01T10:00:00+01:00')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Length, e.g. 50m or 1h30m (at most 24h)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End time instead of a length (at most 24h after --at)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-text notes of the appointment')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'A retry with the same key returns the same appointment and never books twice')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Book every row of a CSV (header row) or JSON-lines file; `-` reads stdin')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'Book a recurring series from --at: every occurrence at the same local time')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'With --repeat: the number of occurrences (1 to 104)')
            [CompletionResult]::new('--repeat-until', '--repeat-until', [CompletionResultType]::ParameterName, 'With --repeat: the last date an occurrence may fall on (local, inclusive)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'With --from-file: book all rows or none')
            [CompletionResult]::new('--skip-conflicts', '--skip-conflicts', [CompletionResultType]::ParameterName, 'With --repeat: book the occurrences without conflicts and list the skipped ones (default: book nothing when any conflicts, exit 3)')
            [CompletionResult]::new('--outside-hours', '--outside-hours', [CompletionResultType]::ParameterName, 'Book even outside the therapist''s stored working hours')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'theratime;appointment' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments starting from --from until --to (a date in --to includes that day)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel: keeps the row, records the reason, frees the slot')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move to another time, keeping the id (the sequence goes up)')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark as completed')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark as a no-show')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;appt' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments starting from --from until --to (a date in --to includes that day)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel: keeps the row, records the reason, frees the slot')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move to another time, keeping the id (the sequence goes up)')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark as completed')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark as a no-show')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;appointment;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'A time, or a date (2026-12-01, today, tomorrow: local midnight)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A time, or a date (that whole day is included)')
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Only this therapist''s (email or id)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s (email or id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'booked, cancelled, completed or no_show')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appt;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'A time, or a date (2026-12-01, today, tomorrow: local midnight)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A time, or a date (that whole day is included)')
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Only this therapist''s (email or id)')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this client''s (email or id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'booked, cancelled, completed or no_show')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appointment;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appt;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appointment;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was cancelled (kept with the row)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--following', '--following', [CompletionResultType]::ParameterName, 'Also every later booked occurrence of its series')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appt;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was cancelled (kept with the row)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--following', '--following', [CompletionResultType]::ParameterName, 'Also every later booked occurrence of its series')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appointment;reschedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'New start: 2026-12-01 10:00 (tenant''s zone) or with an offset')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'New length (default: the current one)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--following', '--following', [CompletionResultType]::ParameterName, 'Move every later booked occurrence of its series by the same local-time shift too (all or nothing; conflicts are listed, exit 3)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appt;reschedule' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'New start: 2026-12-01 10:00 (tenant''s zone) or with an offset')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'New length (default: the current one)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--following', '--following', [CompletionResultType]::ParameterName, 'Move every later booked occurrence of its series by the same local-time shift too (all or nothing; conflicts are listed, exit 3)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appointment;complete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appt;complete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appointment;no-show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appt;no-show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;appointment;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments starting from --from until --to (a date in --to includes that day)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel: keeps the row, records the reason, frees the slot')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move to another time, keeping the id (the sequence goes up)')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark as completed')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark as a no-show')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;appointment;help;list' {
            break
        }
        'theratime;appointment;help;show' {
            break
        }
        'theratime;appointment;help;cancel' {
            break
        }
        'theratime;appointment;help;reschedule' {
            break
        }
        'theratime;appointment;help;complete' {
            break
        }
        'theratime;appointment;help;no-show' {
            break
        }
        'theratime;appointment;help;help' {
            break
        }
        'theratime;appt;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments starting from --from until --to (a date in --to includes that day)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel: keeps the row, records the reason, frees the slot')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move to another time, keeping the id (the sequence goes up)')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark as completed')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark as a no-show')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;appt;help;list' {
            break
        }
        'theratime;appt;help;show' {
            break
        }
        'theratime;appt;help;cancel' {
            break
        }
        'theratime;appt;help;reschedule' {
            break
        }
        'theratime;appt;help;complete' {
            break
        }
        'theratime;appt;help;no-show' {
            break
        }
        'theratime;appt;help;help' {
            break
        }
        'theratime;block' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Block a therapist''s time')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a block')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;block;add' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Therapist (email or id)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start: 2026-12-01 12:00 (tenant''s zone) or with an offset')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End (exclusive)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the time is blocked')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;block;list' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Only this therapist''s blocks (email or id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;block;remove' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;block;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Block a therapist''s time')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a block')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;block;help;add' {
            break
        }
        'theratime;block;help;list' {
            break
        }
        'theratime;block;help;remove' {
            break
        }
        'theratime;block;help;help' {
            break
        }
        'theratime;availability' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Therapist (email or id)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'First day: YYYY-MM-DD, today or tomorrow (in the tenant''s zone)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Number of days (1 to 366)')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'Slot length (at least 5m)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Working hours in the tenant''s zone, every day [default: the therapist''s stored hours, or 09:00-17:00 when none are stored]')
            [CompletionResult]::new('--align', '--align', [CompletionResultType]::ParameterName, 'Round slot starts up to this grid of local time (e.g. 15m); by default each free gap offers slots from its start')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;hours' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a therapist''s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show stored working hours (every therapist that has any, or one)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete a therapist''s stored hours: bookable any time again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;hours;set' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Therapist (email or id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;hours;show' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Therapist (email or id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;hours;clear' {
            [CompletionResult]::new('--therapist', '--therapist', [CompletionResultType]::ParameterName, 'Therapist (email or id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;hours;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a therapist''s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show stored working hours (every therapist that has any, or one)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete a therapist''s stored hours: bookable any time again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;hours;help;set' {
            break
        }
        'theratime;hours;help;show' {
            break
        }
        'theratime;hours;help;clear' {
            break
        }
        'theratime;hours;help;help' {
            break
        }
        'theratime;report' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Tenants worked on at once (each on its own connection)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, YYYY-MM-DD (local to each tenant)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, YYYY-MM-DD (included)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per tenant, therapist or week')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'theratime;reminders' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Booked appointments starting from now until now plus this, e.g. 24h or 2d (at most 31d)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Tenants worked on at once (each on its own connection)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;demo' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;config' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;doctor' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;stats' {
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order the tenants by this figure, largest first (default: tenant order)')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Show only the first N tenants after sorting (the fleet totals still cover all)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Connections that measure sizes and count appointments at once (1 to 64)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('--exact', '--exact', [CompletionResultType]::ParameterName, 'Sizes by pg_total_relation_size, opening every table (default: the catalog''s estimate, relpages as of the last VACUUM or ANALYZE)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'theratime;local' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create (if needed) and start the local cluster')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the local cluster exists and runs')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local cluster')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local cluster and delete its data')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the URL of the local cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;local;start' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;local;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;local;stop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;local;destroy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;local;url' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;local;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create (if needed) and start the local cluster')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the local cluster exists and runs')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local cluster')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local cluster and delete its data')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the URL of the local cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;local;help;start' {
            break
        }
        'theratime;local;help;status' {
            break
        }
        'theratime;local;help;stop' {
            break
        }
        'theratime;local;help;destroy' {
            break
        }
        'theratime;local;help;url' {
            break
        }
        'theratime;local;help;help' {
            break
        }
        'theratime;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;man' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;backup' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the archives (created 0700 when missing)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the newest N backups of each backed-up tenant and delete its older ones')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Tenants backed up at once (connections besides the coordinating one)')
            [CompletionResult]::new('--encrypt-to', '--encrypt-to', [CompletionResultType]::ParameterName, 'Encrypt the archives with age to this public key (age1…); repeat for several')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Exit 8 at once when another backup run holds the backup lock, instead of waiting')
            [CompletionResult]::new('--no-compress', '--no-compress', [CompletionResultType]::ParameterName, 'Store the data uncompressed (default: zstd)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check archives'' structure and checksums without any database, one line each (exit 5 when any is damaged)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print archives'' manifests: tenant, versions, tables, row counts, checksums')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;backup;verify' {
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file for an encrypted archive')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;backup;inspect' {
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file for an encrypted archive')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;backup;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check archives'' structure and checksums without any database, one line each (exit 5 when any is damaged)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print archives'' manifests: tenant, versions, tables, row counts, checksums')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;backup;help;verify' {
            break
        }
        'theratime;backup;help;inspect' {
            break
        }
        'theratime;backup;help;help' {
            break
        }
        'theratime;restore' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Restore under this slug instead of the archived one')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file for an encrypted archive')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be restored, remapped or refused; write nothing')
            [CompletionResult]::new('--link-users', '--link-users', [CompletionResultType]::ParameterName, 'Link a user of another tenant that the archive''s rows name to the user with the same email here, when that user belongs to the tenant the archive names and has the same role (without it such an email is refused, exit 3)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;export' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Tenants worked on at once (each on its own connection)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'csv and json: appointments and blocks; ics: one calendar per therapist')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the files (created 0700 when missing)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only rows starting at or after this time (RFC 3339, or local to the tenant''s zone)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only rows starting before this time (a date means the end of that day)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;audit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit rows, newest first (-t narrows to a tenant by slug or id)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Rows at or after this time (RFC 3339, or a date; UTC without an offset)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Rows before this time (a date means the end of that day)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Database or OS user who ran the command')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Command prefix, e.g. `appointment` or `user erase`')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Exact target, e.g. `appointment 42` or `user 7`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (0: all)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;audit;verify' {
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'A head printed by an earlier verify (`-q` prints ID:SHA256): that row must still be there, unchanged')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit rows, newest first (-t narrows to a tenant by slug or id)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;audit;help;list' {
            break
        }
        'theratime;audit;help;verify' {
            break
        }
        'theratime;audit;help;help' {
            break
        }
        'theratime;query' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the query from FILE (`-` = stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the query from FILE (`-` = stdin)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Tenants worked on at once (each on its own connection)')
            [CompletionResult]::new('--statement-timeout', '--statement-timeout', [CompletionResultType]::ParameterName, 'Per-tenant statement timeout, e.g. 500ms, 30s or 5m (0: none)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'theratime;help' {
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create, list, inspect, change, suspend and drop tenants')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply migrations: bare `migrate` does the global schema, then every tenant')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, show, edit, move, deactivate, reactivate, export and erase users')
            [CompletionResult]::new('book', 'book', [CompletionResultType]::ParameterValue, 'Book an appointment in the tenant (or many with --from-file)')
            [CompletionResult]::new('appointment', 'appointment', [CompletionResultType]::ParameterValue, 'List, show, cancel, reschedule and close appointments')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Calendar blocks: time a therapist cannot be booked')
            [CompletionResult]::new('availability', 'availability', [CompletionResultType]::ParameterValue, 'Free slots of a therapist')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Therapists'' weekly working hours in the tenant''s zone')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Practice reports: utilization, no-show rate, cancellations with their lead time')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Booked appointments starting soon, with client name and email, for an outside sender')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create two demo practices with users, a week of appointments and blocks (idempotent)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (passwords redacted)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the fleet: orphan schemas, rows without schema, drift, missing extensions')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Manage the local PostgreSQL cluster used when no database is configured')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (the same files as completions/)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from the same definitions as --help')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a tenant from a backup archive, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export appointments and calendar blocks as CSV, JSON or iCalendar files')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit trail and check its hash chain')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;help;tenant' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant: its row, its schema and every tenant migration, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tenants (cheap columns only)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant in full: counts, size on disk, last migration run')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name or time zone')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a tenant: it refuses new bookings')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a suspended tenant')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Citus: move a tenant''s schema to another worker (citus_schema_move), with no loss')
            [CompletionResult]::new('rebalance', 'rebalance', [CompletionResultType]::ParameterValue, 'Citus: spread the tenant schemas over the workers by size (Citus''s plan, then one move per tenant)')
            break
        }
        'theratime;help;tenant;create' {
            break
        }
        'theratime;help;tenant;list' {
            break
        }
        'theratime;help;tenant;show' {
            break
        }
        'theratime;help;tenant;update' {
            break
        }
        'theratime;help;tenant;suspend' {
            break
        }
        'theratime;help;tenant;resume' {
            break
        }
        'theratime;help;tenant;drop' {
            break
        }
        'theratime;help;tenant;move' {
            break
        }
        'theratime;help;tenant;rebalance' {
            break
        }
        'theratime;help;migrate' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Version, pending count, last run and drift per schema')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write the next numbered, empty migration file (tenant by default)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding''s size across the fleet')
            break
        }
        'theratime;help;migrate;status' {
            break
        }
        'theratime;help;migrate;new' {
            break
        }
        'theratime;help;migrate;lint' {
            break
        }
        'theratime;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the tenant (--tenant / THERATIME_TENANT)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user (email or id)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s name, email or role (a role change is refused while they have future appointments in the old role)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Move a user to the tenant given by --tenant (refused while they have future bookings)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write everything theratime holds about a person as JSON (DIR/user-<id>.json)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Pseudonymise a person: email, name, their appointments'' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)')
            break
        }
        'theratime;help;user;add' {
            break
        }
        'theratime;help;user;list' {
            break
        }
        'theratime;help;user;show' {
            break
        }
        'theratime;help;user;edit' {
            break
        }
        'theratime;help;user;assign' {
            break
        }
        'theratime;help;user;deactivate' {
            break
        }
        'theratime;help;user;reactivate' {
            break
        }
        'theratime;help;user;export' {
            break
        }
        'theratime;help;user;erase' {
            break
        }
        'theratime;help;book' {
            break
        }
        'theratime;help;appointment' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments starting from --from until --to (a date in --to includes that day)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appointment')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel: keeps the row, records the reason, frees the slot')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move to another time, keeping the id (the sequence goes up)')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Mark as completed')
            [CompletionResult]::new('no-show', 'no-show', [CompletionResultType]::ParameterValue, 'Mark as a no-show')
            break
        }
        'theratime;help;appointment;list' {
            break
        }
        'theratime;help;appointment;show' {
            break
        }
        'theratime;help;appointment;cancel' {
            break
        }
        'theratime;help;appointment;reschedule' {
            break
        }
        'theratime;help;appointment;complete' {
            break
        }
        'theratime;help;appointment;no-show' {
            break
        }
        'theratime;help;block' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Block a therapist''s time')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List blocks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a block')
            break
        }
        'theratime;help;block;add' {
            break
        }
        'theratime;help;block;list' {
            break
        }
        'theratime;help;block;remove' {
            break
        }
        'theratime;help;availability' {
            break
        }
        'theratime;help;hours' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a therapist''s week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show stored working hours (every therapist that has any, or one)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete a therapist''s stored hours: bookable any time again')
            break
        }
        'theratime;help;hours;set' {
            break
        }
        'theratime;help;hours;show' {
            break
        }
        'theratime;help;hours;clear' {
            break
        }
        'theratime;help;report' {
            break
        }
        'theratime;help;reminders' {
            break
        }
        'theratime;help;demo' {
            break
        }
        'theratime;help;config' {
            break
        }
        'theratime;help;doctor' {
            break
        }
        'theratime;help;stats' {
            break
        }
        'theratime;help;local' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create (if needed) and start the local cluster')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether the local cluster exists and runs')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the local cluster')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the local cluster and delete its data')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the URL of the local cluster')
            break
        }
        'theratime;help;local;start' {
            break
        }
        'theratime;help;local;status' {
            break
        }
        'theratime;help;local;stop' {
            break
        }
        'theratime;help;local;destroy' {
            break
        }
        'theratime;help;local;url' {
            break
        }
        'theratime;help;completions' {
            break
        }
        'theratime;help;man' {
            break
        }
        'theratime;help;backup' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check archives'' structure and checksums without any database, one line each (exit 5 when any is damaged)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print archives'' manifests: tenant, versions, tables, row counts, checksums')
            break
        }
        'theratime;help;backup;verify' {
            break
        }
        'theratime;help;backup;inspect' {
            break
        }
        'theratime;help;restore' {
            break
        }
        'theratime;help;export' {
            break
        }
        'theratime;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit rows, newest first (-t narrows to a tenant by slug or id)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)')
            break
        }
        'theratime;help;audit;list' {
            break
        }
        'theratime;help;audit;verify' {
            break
        }
        'theratime;help;query' {
            break
        }
        'theratime;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
