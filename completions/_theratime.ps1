
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
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (passwords redacted)')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Manage the local PostgreSQL cluster used when no database is configured')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (the same files as completions/)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from the same definitions as --help')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a tenant from a backup archive, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export appointments and calendar blocks as CSV, JSON or iCalendar files')
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
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;tenant;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of the practice')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone, e.g. Europe/Berlin')
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
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'timezone')
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
        'theratime;tenant;help;help' {
            break
        }
        'theratime;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]')
            [CompletionResult]::new('--direct-url', '--direct-url', [CompletionResultType]::ParameterName, 'Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]')
            [CompletionResult]::new('--migrations', '--migrations', [CompletionResultType]::ParameterName, 'Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of records on stdout')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the database to answer a connection attempt [default: 5]')
            [CompletionResult]::new('--global', '--global', [CompletionResultType]::ParameterName, 'Only the global schema')
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant (never narrowed by the default tenant)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids; no progress or notices')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Versions per schema and pending migrations')
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Versions per schema and pending migrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'theratime;migrate;help;status' {
            break
        }
        'theratime;migrate;help;help' {
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
            [CompletionResult]::new('--all-tenants', '--all-tenants', [CompletionResultType]::ParameterName, 'Every tenant, from one consistent snapshot (never narrowed by the default tenant)')
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
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an archive''s structure and checksums without any database (exit 5 when damaged)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print an archive''s manifest: tenant, versions, tables, row counts, checksums')
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
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an archive''s structure and checksums without any database (exit 5 when damaged)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print an archive''s manifest: tenant, versions, tables, row counts, checksums')
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
        'theratime;help' {
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Create, list, inspect, change, suspend and drop tenants')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply migrations: bare `migrate` does the global schema, then every tenant')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (passwords redacted)')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Manage the local PostgreSQL cluster used when no database is configured')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (the same files as completions/)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), generated from the same definitions as --help')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a tenant from a backup archive, in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export appointments and calendar blocks as CSV, JSON or iCalendar files')
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
        'theratime;help;migrate' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Versions per schema and pending migrations')
            break
        }
        'theratime;help;migrate;status' {
            break
        }
        'theratime;help;config' {
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
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an archive''s structure and checksums without any database (exit 5 when damaged)')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Print an archive''s manifest: tenant, versions, tables, row counts, checksums')
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
        'theratime;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
