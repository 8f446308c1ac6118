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
  6  database unreachable or login refused
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

    /// Add, list, show, edit, move and deactivate users
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

    /// Create two demo practices with users, a week of appointments and blocks (idempotent)
    Demo,

    /// Print the effective settings and where each came from (passwords redacted)
    Config,

    /// Check the fleet: orphan schemas, rows without schema, drift, missing extensions
    Doctor,

    /// Manage the local PostgreSQL cluster used when no database is configured
    #[command(subcommand)]
    Local(LocalCmd),

    /// Print a shell completion script (the same files as completions/)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff), generated from the same definitions as --help
    #[command(hide = true)]
    Man,

    /// Back up tenants: one checksummed archive per tenant (`backup verify|inspect FILE` read one)
    Backup(BackupArgs),

    /// Restore a tenant from a backup archive, in one transaction
    Restore(RestoreArgs),

    /// Export appointments and calendar blocks as CSV, JSON or iCalendar files
    Export(ExportArgs),
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BackupArgs {
    #[command(subcommand)]
    pub command: Option<BackupCmd>,

    /// Every tenant, from one consistent snapshot (never narrowed by the default tenant)
    #[arg(long)]
    pub all_tenants: bool,

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
    /// Every tenant (never narrowed by the default tenant)
    #[arg(long)]
    pub all_tenants: bool,

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
        #[arg(long)]
        name: Option<String>,
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

    /// Only the global schema
    #[arg(long)]
    pub global: bool,

    /// Every tenant, not the global schema (never narrowed by the default tenant)
    #[arg(long, conflicts_with = "global")]
    pub all_tenants: bool,

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
    #[arg(long)]
    pub continue_on_error: bool,

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
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, therapist or client
        #[arg(long)]
        role: String,
    },
    /// List the tenant's users
    List,
    /// Show a user (email or id)
    Show { user: String },
    /// Change a user's name or email
    Edit {
        user: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// Move a user to the tenant given by --tenant (refused while they have future bookings)
    Assign { user: String },
    /// Deactivate a user: they can no longer be booked
    Deactivate { user: String },
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
    /// Length, e.g. 50m or 1h30m
    #[arg(long, conflicts_with = "until")]
    pub duration: Option<String>,
    /// End time instead of a length
    #[arg(long)]
    pub until: Option<String>,
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
}

#[derive(Debug, Subcommand)]
pub enum AppointmentCmd {
    /// List appointments starting from --from until --to (a date in --to includes that day)
    List {
        /// A time or a date (local midnight)
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        therapist: Option<String>,
        #[arg(long)]
        client: Option<String>,
        /// booked, cancelled, completed or no_show
        #[arg(long)]
        status: Option<String>,
    },
    /// Show one appointment
    Show { id: i64 },
    /// Cancel: keeps the row, records the reason, frees the slot
    Cancel {
        id: i64,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Move to another time, keeping the id (the sequence goes up)
    Reschedule {
        id: i64,
        #[arg(long)]
        at: String,
        /// New length (default: the current one)
        #[arg(long)]
        duration: Option<String>,
    },
    /// Mark as completed
    Complete { id: i64 },
    /// Mark as a no-show
    NoShow { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum BlockCmd {
    /// Block a therapist's time
    Add {
        #[arg(long)]
        therapist: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        until: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// List blocks
    List {
        #[arg(long)]
        therapist: Option<String>,
    },
    /// Remove a block
    Remove { id: i64 },
}

#[derive(Debug, Args)]
pub struct AvailabilityArgs {
    #[arg(long)]
    pub therapist: String,
    /// First day, YYYY-MM-DD
    #[arg(long)]
    pub date: String,
    /// Number of days
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Slot length
    #[arg(long, default_value = "50m")]
    pub slot: String,
    /// Working hours in the tenant's zone
    #[arg(long, default_value = "09:00-17:00")]
    pub hours: String,
    /// Round slot starts up to this grid of local time (e.g. 15m); by default each
    /// free gap offers slots from its start
    #[arg(long, value_name = "DURATION")]
    pub align: Option<String>,
}
