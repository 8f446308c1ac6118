//! Every clap type of theratime. Clap checks only the shape of the command line;
//! domain values (slugs, zones, times) are validated by theratime (exit 5).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  unexpected failure
  2  usage error (flags; a destructive command without --yes and without a terminal)
  3  conflict: slot taken, slug or email exists, status change not allowed
  4  not found: tenant, user, appointment, file
  5  invalid input: bad slug, time, duration or zone; database newer than this binary
  6  database unreachable, login refused, or the connection lost during the command
  7  partial failure or findings
  8  busy: another migration or backup holds the lock
130  interrupted (Ctrl-C or SIGTERM): the work in flight was rolled back";

/// Admin and operations CLI for TheraTime, a schema-per-tenant scheduling system on PostgreSQL.
#[derive(Debug, Parser)]
#[command(name = "theratime", version, about, after_long_help = EXIT_CODES_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,

    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted anywhere on the command line.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalOpts {
    /// PostgreSQL URL [env: THERATIME_DATABASE_URL, then DATABASE_URL; config: database_url]
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Direct (non-pooled) URL for migrations, tenant create/drop and backups [env: THERATIME_DIRECT_URL; config: direct_url]
    #[arg(long, global = true, value_name = "URL")]
    pub direct_url: Option<String>,

    /// Configuration file [env: THERATIME_CONFIG; default: ./theratime.toml, then the user config dir]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Tenant to work on, by slug or id [env: THERATIME_TENANT; config: default_tenant]
    #[arg(short = 't', long, global = true, value_name = "SLUG|ID")]
    pub tenant: Option<String>,

    /// Load migrations from DIR/global and DIR/tenant instead of the embedded set [env: THERATIME_MIGRATIONS]
    #[arg(long, global = true, value_name = "DIR")]
    pub migrations: Option<PathBuf>,

    /// Output format of records on stdout
    #[arg(short = 'o', long, global = true, value_enum)]
    pub output: Option<OutputFormat>,

    /// Answer yes to confirmations (required without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Print only ids; no progress or notices
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// More detail on stderr
    #[arg(short = 'v', long, global = true)]
    pub verbose: bool,

    /// Seconds to wait for the database to answer a connection attempt [default: 5]
    #[arg(long, global = true, value_name = "SECONDS")]
    pub connect_timeout: Option<f64>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, inspect, change, suspend and drop tenants
    #[command(subcommand)]
    Tenant(TenantCmd),

    /// Apply migrations: bare `migrate` does the global schema, then every tenant
    Migrate(MigrateArgs),

    /// Add, list, show, edit, move, deactivate, reactivate, export and erase users
    #[command(subcommand)]
    User(UserCmd),

    /// Book an appointment in the tenant (or many with --from-file)
    Book(BookArgs),

    /// List, show, cancel, reschedule and close appointments
    #[command(subcommand, visible_alias = "appt")]
    Appointment(AppointmentCmd),

    /// Calendar blocks: time a therapist cannot be booked
    #[command(subcommand)]
    Block(BlockCmd),

    /// Free slots of a therapist
    Availability(AvailabilityArgs),

    /// Therapists' weekly working hours in the tenant's zone
    #[command(subcommand)]
    Hours(HoursCmd),

    /// Practice reports: utilization, no-show rate, cancellations with their lead time
    Report(ReportArgs),

    /// Booked appointments starting soon, with client name and email, for an outside sender
    Reminders(RemindersArgs),

    /// Create two demo practices with users, a week of appointments and blocks (idempotent)
    Demo,

    /// Print the effective settings and where each came from (passwords redacted)
    Config,

    /// Check the fleet: orphan schemas, rows without schema, drift, missing extensions
    Doctor,

    /// Fleet statistics per tenant: size, estimated rows, dead tuples, vacuum and analyze, appointments of the last and next 7 days; fleet totals and catalog size
    Stats(StatsArgs),

    /// Manage the local PostgreSQL cluster used when no database is configured
    #[command(subcommand)]
    Local(LocalCmd),

    /// Print a shell completion script (the same files as completions/)
    Completions {
        /// The shell to print the script for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff), generated from the same definitions as --help
    Man,

    /// Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)
    Backup(BackupArgs),

    /// Restore a tenant from a backup archive, in one transaction
    Restore(RestoreArgs),

    /// Export appointments and calendar blocks as CSV, JSON or iCalendar files
    Export(ExportArgs),

    /// Read the audit trail and check its hash chain
    #[command(subcommand)]
    Audit(AuditCmd),

    /// Run one read-only SQL query in each tenant, as its role; one table, first column `tenant`
    Query(QueryArgs),
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query: one SELECT, WITH, VALUES, TABLE, SHOW or EXPLAIN statement
    #[arg(
        value_name = "SQL",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub sql: Option<String>,

    /// Read the query from FILE (`-` = stdin)
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<String>,

    #[command(flatten)]
    pub fleet: FleetOpts,

    /// Per-tenant statement timeout, e.g. 500ms, 30s or 5m (0: none)
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub statement_timeout: String,
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// List audit rows, newest first (-t narrows to a tenant by slug or id)
    List {
        /// Rows at or after this time (RFC 3339, or a date; UTC without an offset)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Rows before this time (a date means the end of that day)
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Database or OS user who ran the command
        #[arg(long, value_name = "USER")]
        actor: Option<String>,
        /// Command prefix, e.g. `appointment` or `user erase`
        #[arg(long, value_name = "PREFIX")]
        command: Option<String>,
        /// Exact target, e.g. `appointment 42` or `user 7`
        #[arg(long, value_name = "TARGET")]
        target: Option<String>,
        /// At most this many rows (0: all)
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: u32,
    },
    /// Walk the hash chain: exit 7 naming the first row changed, inserted or deleted, 0 when intact (prints the head: keep it)
    Verify {
        /// A head printed by an earlier verify (`-q` prints ID:SHA256): that row must still be there, unchanged
        #[arg(long, value_name = "ID:SHA256")]
        anchor: Option<String>,
    },
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BackupArgs {
    #[command(subcommand)]
    pub command: Option<BackupCmd>,

    // `--all-tenants`: every tenant, from one consistent snapshot.
    #[command(flatten)]
    pub tenants: TenantSelection,

    /// Directory for the archives (created 0700 when missing)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Keep the newest N backups of each backed-up tenant and delete its older ones
    #[arg(long, value_name = "N")]
    pub keep: Option<usize>,

    /// Tenants backed up at once (connections besides the coordinating one)
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub jobs: usize,

    /// Exit 8 at once when another backup run holds the backup lock, instead of waiting
    #[arg(long)]
    pub no_wait: bool,

    /// Encrypt the archives with age to this public key (age1…); repeat for several
    #[arg(long, value_name = "RECIPIENT")]
    pub encrypt_to: Vec<String>,

    /// Store the data uncompressed (default: zstd)
    #[arg(long)]
    pub no_compress: bool,
}

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// Check archives' structure and checksums without any database, one line each (exit 5 when any is damaged)
    Verify {
        /// The archives (`/var/backups/theratime/*.ttbk`)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// age identity file for an encrypted archive
        #[arg(long, value_name = "FILE")]
        identity: Vec<PathBuf>,
    },
    /// Print archives' manifests: tenant, versions, tables, row counts, checksums
    Inspect {
        /// The archives
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// age identity file for an encrypted archive
        #[arg(long, value_name = "FILE")]
        identity: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The archive (`theratime backup` wrote it)
    pub file: PathBuf,

    /// Restore under this slug instead of the archived one
    #[arg(long = "as", value_name = "SLUG")]
    pub as_slug: Option<String>,

    /// Report what would be restored, remapped or refused; write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Link a user of another tenant that the archive's rows name to the user with the
    /// same email here, when that user belongs to the tenant the archive names and has
    /// the same role (without it such an email is refused, exit 3)
    #[arg(long)]
    pub link_users: bool,

    /// age identity file for an encrypted archive
    #[arg(long, value_name = "FILE")]
    pub identity: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Ics,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub fleet: FleetOpts,

    /// csv and json: appointments and blocks; ics: one calendar per therapist
    #[arg(long, value_enum)]
    pub format: ExportFormat,

    /// Directory for the files (created 0700 when missing)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Only rows starting at or after this time (RFC 3339, or local to the tenant's zone)
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,

    /// Only rows starting before this time (a date means the end of that day)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TenantCmd {
    /// Create a tenant: its row, its schema and every tenant migration, in one transaction
    Create {
        /// Slug: lowercase letter first, then 1-39 of a-z, 0-9 and '-'
        slug: String,
        /// Display name of the practice
        #[arg(long)]
        name: String,
        /// IANA time zone, e.g. Europe/Berlin
        #[arg(long, default_value = "UTC")]
        timezone: String,
        /// Succeed (exit 0) when a tenant with this slug already exists
        #[arg(long)]
        if_not_exists: bool,
        /// Citus: place the new tenant on this worker (HOST:PORT); it is created, then moved there
        #[arg(long, value_name = "HOST:PORT")]
        node: Option<String>,
    },
    /// List tenants (cheap columns only)
    List,
    /// Show one tenant in full: counts, size on disk, last migration run
    Show {
        /// Slug or id (defaults to --tenant / THERATIME_TENANT)
        tenant: Option<String>,
    },
    /// Change a tenant's name or time zone
    Update {
        /// Slug or id (defaults to --tenant / THERATIME_TENANT)
        tenant: Option<String>,
        /// New display name
        #[arg(long)]
        name: Option<String>,
        /// New IANA time zone, e.g. Europe/Berlin
        #[arg(long)]
        timezone: Option<String>,
    },
    /// Suspend a tenant: it refuses new bookings
    Suspend {
        /// Slug or id (defaults to --tenant / THERATIME_TENANT)
        tenant: Option<String>,
    },
    /// Resume a suspended tenant
    Resume {
        /// Slug or id (defaults to --tenant / THERATIME_TENANT)
        tenant: Option<String>,
    },
    /// Drop a tenant: its schema, its row and its users (asks to type the slug; --yes for scripts)
    ///
    /// A user whom another tenant's appointments or blocks name is kept, deactivated, as a
    /// user of that tenant
    Drop {
        /// Slug or id (defaults to --tenant / THERATIME_TENANT)
        tenant: Option<String>,
    },
    /// Citus: move a tenant's schema to another worker (citus_schema_move), with no loss
    Move {
        /// Slug or id (defaults to --tenant / THERATIME_TENANT)
        tenant: Option<String>,
        /// The worker to move it to, as HOST:PORT
        #[arg(long, value_name = "HOST:PORT")]
        node: String,
    },
    /// Citus: spread the tenant schemas over the workers by size (Citus's plan, then one move per tenant)
    Rebalance {
        /// Show the planned moves and change nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(subcommand)]
    pub command: Option<MigrateCmd>,

    /// Only the global schema (`--all-tenants`: only the tenants)
    #[arg(long, conflicts_with = "all_tenants")]
    pub global: bool,

    #[command(flatten)]
    pub tenants: TenantSelection,

    /// Tenants migrated at once (each in its own transaction)
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub jobs: usize,

    /// List each tenant's pending migrations and change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Stop at this tenant migration version instead of the latest
    #[arg(long, value_name = "VERSION")]
    pub target: Option<i32>,

    /// Carry on with the other tenants after a tenant fails (default: start no new tenant)
    #[arg(long, conflicts_with = "max_failures")]
    pub continue_on_error: bool,

    /// Failed tenants tolerated, a count or a percentage of the tenants to migrate
    /// (rounded down): one more starts no new tenant and no new stage (default 0)
    #[arg(long, value_name = "N|N%")]
    pub max_failures: Option<String>,

    /// Migrate in stages after the canary: growing counts or percentages (rounded up)
    /// of the tenants to migrate, cumulative, ending with 100%, e.g. 1,10%,100%
    #[arg(long, value_name = "LIST", conflicts_with = "global")]
    pub waves: Option<String>,

    /// Only the tenants whose last run failed
    #[arg(long)]
    pub only_failed: bool,

    /// Migrate N tenants first and stop before the rest when any of them fails
    #[arg(long, value_name = "N")]
    pub canary: Option<usize>,

    /// The canary tenants, by slug or id (comma-separated)
    #[arg(long, value_name = "T,T", value_delimiter = ',')]
    pub canary_tenants: Vec<String>,

    /// Per-tenant lock timeout, e.g. 2s or 500ms: a locked table fails its tenant instead of hanging the fleet
    #[arg(long, value_name = "DURATION")]
    pub lock_timeout: Option<String>,

    /// Per-tenant statement timeout, e.g. 5m
    #[arg(long, value_name = "DURATION")]
    pub statement_timeout: Option<String>,

    /// Exit 8 at once when another migration run holds the lock, instead of waiting
    #[arg(long)]
    pub no_wait: bool,

    /// Run the check files (`V<n>__name.check.sql`) of every pending tenant migration
    /// in each tenant, read-only, and list the tenants where they find rows; changes nothing
    #[arg(long, conflicts_with_all = ["global", "dry_run", "only_failed", "canary", "canary_tenants", "waves", "max_failures"])]
    pub preflight: bool,
}

#[derive(Debug, Subcommand)]
pub enum MigrateCmd {
    /// Version, pending count, last run and drift per schema
    Status {
        /// Exit 7 when anything is pending or drifted (for CI)
        #[arg(long)]
        check: bool,
    },
    /// Write the next numbered, empty migration file (tenant by default)
    New {
        /// Name of the migration: lowercase letters, digits and '_'
        name: String,
        /// A global migration instead of a tenant one
        #[arg(long)]
        global: bool,
        /// Also write its check file (`V<n>__NAME.check.sql`): queries returning the rows
        /// that would make the migration fail (see `migrate --preflight`)
        #[arg(long, conflicts_with = "global")]
        check: bool,
    },
    /// Check the pending tenant migrations (or FILES) for table rewrites, long locks, lost data and unsafe NOT NULL, with each finding's size across the fleet
    Lint {
        /// SQL files to check instead of the pending tenant migrations
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Exit 7 on warnings too, not only on errors
        #[arg(long)]
        strict: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LocalCmd {
    /// Create (if needed) and start the local cluster
    Start,
    /// Whether the local cluster exists and runs
    Status,
    /// Stop the local cluster
    Stop,
    /// Stop the local cluster and delete its data
    Destroy,
    /// Print the URL of the local cluster
    Url,
}

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add a user to the tenant (--tenant / THERATIME_TENANT)
    Add {
        /// Email address (unique across the database, case-insensitively)
        #[arg(long)]
        email: String,
        /// Display name
        #[arg(long)]
        name: String,
        /// admin, therapist or client
        #[arg(long)]
        role: String,
    },
    /// List the tenant's users
    List,
    /// Show a user (email or id)
    Show {
        /// The user: email or id
        user: String,
    },
    /// Change a user's name, email or role (a role change is refused while they have future appointments in the old role)
    Edit {
        /// The user: email or id
        user: String,
        /// New display name
        #[arg(long)]
        name: Option<String>,
        /// New email address
        #[arg(long)]
        email: Option<String>,
        /// admin, therapist or client
        #[arg(long)]
        role: Option<String>,
    },
    /// Move a user to the tenant given by --tenant (refused while they have future bookings)
    Assign {
        /// The user: email or id
        user: String,
    },
    /// Deactivate a user: they can no longer be booked (refused while they have future bookings, unless --cancel-future)
    Deactivate {
        /// The user: email or id
        user: String,
        /// Cancel their future booked appointments in the same transaction
        #[arg(long)]
        cancel_future: bool,
        /// Cancel reason recorded on those appointments
        #[arg(long, value_name = "R", requires = "cancel_future")]
        reason: Option<String>,
    },
    /// Reactivate a deactivated user
    Reactivate {
        /// The user: email or id
        user: String,
    },
    /// Write everything theratime holds about a person as JSON (DIR/user-<id>.json)
    Export {
        /// The person: email or id
        user: String,
        /// Directory for the file (created 0700 when missing)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Pseudonymise a person: email, name, their appointments' notes and cancel reasons, their values in the audit trail (asks to type the email; --yes for scripts)
    Erase {
        /// The person: email or id
        user: String,
        /// Report what would be erased; change nothing
        #[arg(long)]
        dry_run: bool,
        /// Cancel their future booked appointments (otherwise they refuse the erasure)
        #[arg(long)]
        cancel_future: bool,
    },
}

#[derive(Debug, Args)]
pub struct BookArgs {
    /// Therapist (email or id)
    #[arg(long, required_unless_present = "from_file")]
    pub therapist: Option<String>,
    /// Client (email or id)
    #[arg(long, required_unless_present = "from_file")]
    pub client: Option<String>,
    /// Start: 2026-12-01 10:00 (tenant's zone) or 2026-12-01T10:00:00+01:00
    #[arg(long, required_unless_present = "from_file")]
    pub at: Option<String>,
    /// Length, e.g. 50m or 1h30m (at most 24h)
    #[arg(long, conflicts_with = "until")]
    pub duration: Option<String>,
    /// End time instead of a length (at most 24h after --at)
    #[arg(long)]
    pub until: Option<String>,
    /// Free-text notes of the appointment
    #[arg(long)]
    pub notes: Option<String>,
    /// A retry with the same key returns the same appointment and never books twice
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
    /// Book every row of a CSV (header row) or JSON-lines file; `-` reads stdin
    #[arg(long, value_name = "FILE", conflicts_with_all = ["therapist", "client", "at", "duration", "until", "notes", "idempotency_key"])]
    pub from_file: Option<String>,
    /// With --from-file: book all rows or none
    #[arg(long, requires = "from_file")]
    pub atomic: bool,
    /// Book a recurring series from --at: every occurrence at the same local time
    #[arg(long, value_enum, requires = "series_end", conflicts_with_all = ["from_file", "idempotency_key"])]
    pub repeat: Option<Repeat>,
    /// With --repeat: the number of occurrences (1 to 104)
    #[arg(long, value_name = "N", group = "series_end", requires = "repeat")]
    pub count: Option<u32>,
    /// With --repeat: the last date an occurrence may fall on (local, inclusive)
    #[arg(long, value_name = "DATE", group = "series_end", requires = "repeat")]
    pub repeat_until: Option<String>,
    /// With --repeat: book the occurrences without conflicts and list the skipped ones
    /// (default: book nothing when any conflicts, exit 3)
    #[arg(long, requires = "repeat")]
    pub skip_conflicts: bool,
    /// Book even outside the therapist's stored working hours
    #[arg(long, conflicts_with = "from_file")]
    pub outside_hours: bool,
}

/// How a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Repeat {
    Daily,
    Weekly,
    /// Every other week
    Biweekly,
}

#[derive(Debug, Subcommand)]
pub enum AppointmentCmd {
    /// List appointments starting from --from until --to (a date in --to includes that day)
    List {
        /// A time, or a date (2026-12-01, today, tomorrow: local midnight)
        #[arg(long)]
        from: Option<String>,
        /// A time, or a date (that whole day is included)
        #[arg(long)]
        to: Option<String>,
        /// Only this therapist's (email or id)
        #[arg(long)]
        therapist: Option<String>,
        /// Only this client's (email or id)
        #[arg(long)]
        client: Option<String>,
        /// booked, cancelled, completed or no_show
        #[arg(long)]
        status: Option<String>,
    },
    /// Show one appointment
    Show {
        /// Appointment id
        id: i64,
    },
    /// Cancel: keeps the row, records the reason, frees the slot
    Cancel {
        /// Appointment id
        id: i64,
        /// Why it was cancelled (kept with the row)
        #[arg(long)]
        reason: Option<String>,
        /// Also every later booked occurrence of its series
        #[arg(long)]
        following: bool,
    },
    /// Move to another time, keeping the id (the sequence goes up)
    Reschedule {
        /// Appointment id
        id: i64,
        /// New start: 2026-12-01 10:00 (tenant's zone) or with an offset
        #[arg(long)]
        at: String,
        /// New length (default: the current one)
        #[arg(long)]
        duration: Option<String>,
        /// Move every later booked occurrence of its series by the same local-time shift
        /// too (all or nothing; conflicts are listed, exit 3)
        #[arg(long)]
        following: bool,
    },
    /// Mark as completed
    Complete {
        /// Appointment id
        id: i64,
    },
    /// Mark as a no-show
    NoShow {
        /// Appointment id
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum BlockCmd {
    /// Block a therapist's time
    Add {
        /// Therapist (email or id)
        #[arg(long)]
        therapist: String,
        /// Start: 2026-12-01 12:00 (tenant's zone) or with an offset
        #[arg(long)]
        from: String,
        /// End (exclusive)
        #[arg(long)]
        until: String,
        /// Why the time is blocked
        #[arg(long)]
        reason: Option<String>,
    },
    /// List blocks
    List {
        /// Only this therapist's blocks (email or id)
        #[arg(long)]
        therapist: Option<String>,
    },
    /// Remove a block
    Remove {
        /// Block id
        id: i64,
    },
}

#[derive(Debug, Args)]
pub struct AvailabilityArgs {
    /// Therapist (email or id)
    #[arg(long)]
    pub therapist: String,
    /// First day: YYYY-MM-DD, today or tomorrow (in the tenant's zone)
    #[arg(long)]
    pub date: String,
    /// Number of days (1 to 366)
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Slot length (at least 5m)
    #[arg(long, default_value = "50m")]
    pub slot: String,
    /// Working hours in the tenant's zone, every day [default: the therapist's stored
    /// hours, or 09:00-17:00 when none are stored]
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub hours: Option<String>,
    /// Round slot starts up to this grid of local time (e.g. 15m); by default each
    /// free gap offers slots from its start
    #[arg(long, value_name = "DURATION")]
    pub align: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum HoursCmd {
    /// Replace a therapist's week: pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00`
    Set {
        /// Therapist (email or id)
        #[arg(long)]
        therapist: String,
        /// Days (`mon`, `mon-fri`, `mon,wed`) and times (`09:00-17:00`, `09:00-12:00,13:00-17:00`);
        /// a later pair replaces an earlier one's day; days never named have no hours
        #[arg(required = true, value_name = "DAYS TIMES")]
        spec: Vec<String>,
    },
    /// Show stored working hours (every therapist that has any, or one)
    Show {
        /// Therapist (email or id)
        #[arg(long)]
        therapist: Option<String>,
    },
    /// Delete a therapist's stored hours: bookable any time again
    Clear {
        /// Therapist (email or id)
        #[arg(long)]
        therapist: String,
    },
}

/// The tenants of a fleet command: `-t/--tenant T` (a global option, or the default
/// tenant) or `--all-tenants`, never both (`runner::select` checks the pair).
#[derive(Debug, Clone, Default, Args)]
pub struct TenantSelection {
    /// Every tenant (never narrowed by the default tenant)
    #[arg(long)]
    pub all_tenants: bool,
}

/// Tenant selection and `--jobs` of fleet commands.
#[derive(Debug, Clone, Args)]
pub struct FleetOpts {
    #[command(flatten)]
    pub tenants: TenantSelection,

    /// Tenants worked on at once (each on its own connection)
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub jobs: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportKind {
    /// Booked minutes over working-hours minutes (therapists with stored hours)
    Utilization,
    /// No-shows over completed plus no-shows
    NoShows,
    /// Cancellations and how long before the start they came
    Cancellations,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportBy {
    Tenant,
    Therapist,
    /// ISO week of the local date (2027-W11)
    Week,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// utilization, no-shows or cancellations
    #[arg(value_enum)]
    pub kind: ReportKind,

    #[command(flatten)]
    pub fleet: FleetOpts,

    /// First day, YYYY-MM-DD (local to each tenant)
    #[arg(long, value_name = "DATE")]
    pub from: String,

    /// Last day, YYYY-MM-DD (included)
    #[arg(long, value_name = "DATE")]
    pub to: String,

    /// One row per tenant, therapist or week
    #[arg(long, value_enum, default_value = "tenant")]
    pub by: ReportBy,
}

#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// Booked appointments starting from now until now plus this, e.g. 24h or 2d (at most 31d)
    #[arg(long, value_name = "DURATION")]
    pub within: String,

    #[command(flatten)]
    pub fleet: FleetOpts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsSort {
    /// Size on disk
    Size,
    /// Appointments of the last and the next 7 days together
    Appointments,
    /// Dead tuples
    Dead,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub tenants: TenantSelection,

    /// Order the tenants by this figure, largest first (default: tenant order)
    #[arg(long, value_enum)]
    pub sort: Option<StatsSort>,

    /// Show only the first N tenants after sorting (the fleet totals still cover all)
    #[arg(long, value_name = "N", requires = "sort", value_parser = clap::value_parser!(u32).range(1..))]
    pub top: Option<u32>,

    /// Connections that measure sizes and count appointments at once (1 to 64)
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub jobs: usize,

    /// Sizes by pg_total_relation_size, opening every table (default: the catalog's
    /// estimate, relpages as of the last VACUUM or ANALYZE)
    #[arg(long)]
    pub exact: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every argument of every command has help text (its doc comment).
    #[test]
    fn every_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id != "help" && id != "version" && arg.get_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_name() != "help" {
                    walk(sub, &format!("{path} {}", sub.get_name()), missing);
                }
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "theratime", &mut missing);
        assert!(missing.is_empty(), "arguments without help: {missing:#?}");
    }
}
