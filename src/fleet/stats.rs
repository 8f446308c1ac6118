//! Fleet statistics (`theratime stats`): per tenant its size on disk, estimated rows
//! per table, dead tuples, the table vacuumed and the one analyzed longest ago, and its
//! appointments of the last and the next [`WINDOW_DAYS`] days; for the fleet the
//! totals, with the relations of the whole database (the catalog grows with every
//! tenant, which slows `pg_dump`, `information_schema` and every backend's caches).
//!
//! Set-based, never a statement per tenant: [`catalog`] reads the catalog and the
//! statistics system for the whole selection in one transaction; [`measure`] then
//! takes [`CHUNK`] tenants per statement (their relations' sizes, and one `UNION ALL`
//! over their `appointments` tables), the chunks shared out over a few connections.
//! Sorting, `--top` and the totals are pure functions. Nothing here prints.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::AssertSqlSafe;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::db::{self, Isolation};
use crate::error::{DbContext, Result};
use crate::fleet::runner::{Fleet, Outcome, Work};
use crate::tenants::Tenant;

/// The tenant tables that get a `rows_<table>` column in the table and CSV forms
/// (`-o json` has every table of the schema under `rows`); a test checks that these
/// are the tables the tenant migrations create, besides refinery's history table.
pub const TABLE_COLUMNS: [&str; 4] = [
    "appointments",
    "calendar_blocks",
    "appointment_series",
    "working_hours",
];

/// Tenants per statement: one statement over 10,000 tenants' tables would take long to
/// plan, one per tenant would be 10,000 round trips.
pub const CHUNK: usize = 500;

/// The appointment windows: `[as_of - WINDOW_DAYS, as_of)` and `[as_of, as_of + WINDOW_DAYS)`.
pub const WINDOW_DAYS: i64 = 7;

/// What `--sort` orders by, largest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Size on disk.
    Size,
    /// Appointments of the last and the next 7 days together.
    Appointments,
    /// Dead tuples.
    Dead,
}

/// One table of a tenant schema, as the catalog and the statistics system see it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct TableFigures {
    pub tenant_id: i64,
    /// `pg_class.oid`, for the size query.
    pub oid: i64,
    pub table: String,
    /// `n_live_tup`: the statistics system's estimate of the live rows.
    pub live_rows: i64,
    /// `n_dead_tup`.
    pub dead_rows: i64,
    /// The later of the last manual and the last automatic vacuum (None: never).
    pub last_vacuum: Option<DateTime<Utc>>,
    /// The later of the last manual and the last automatic analyze (None: never).
    pub last_analyze: Option<DateTime<Utc>>,
    /// The catalog's estimate of its bytes on disk: `relpages` of the table, of its
    /// indexes, of its TOAST table and of that one's index, times the block size (the
    /// main forks as of their last VACUUM, ANALYZE or CREATE INDEX; no relation opened).
    pub estimated_bytes: i64,
}

/// One tenant schema as a whole.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct SchemaFigures {
    pub tenant_id: i64,
    /// Rows of `pg_class` the schema accounts for: its tables, indexes, sequences and
    /// views, and the TOAST table and TOAST index of each table that has one (those
    /// live in `pg_toast`).
    pub relations: i64,
    /// Whether the schema has `appointments` with the columns the counts read.
    pub has_appointments: bool,
}

/// Everything [`catalog`] reads, in one snapshot.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// The server's time: the appointment windows are measured from it.
    pub as_of: DateTime<Utc>,
    /// `count(*)` of `pg_class`: every relation of the database, system catalogs included.
    pub relations_in_database: i64,
    /// The selected tenants whose schema exists.
    pub schemas: Vec<SchemaFigures>,
    pub tables: Vec<TableFigures>,
    /// On Citus, the distributed tenant schemas and the bytes of their shards (on the
    /// workers, from `citus_shards`); their tables' statistics are on the workers too.
    pub distributed: HashMap<i64, i64>,
}

/// The catalog figures of the tenants `ids` (and of the database), read on `conn` in
/// one read-only snapshot: three statements whatever the number of tenants (four on
/// Citus).
pub async fn catalog(conn: &mut PgConnection, ids: &[i64]) -> Result<Catalog> {
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    // No JIT: the planner's cost of these statements over a large fleet (a subplan
    // per relation) is far above `jit_above_cost`, and compiling them would take
    // longer (150 ms and more) than running them.
    sqlx::raw_sql("SET TRANSACTION READ ONLY; SET LOCAL jit = off")
        .execute(&mut *tx)
        .await
        .db("cannot open a read-only transaction")?;
    let (as_of, relations_in_database): (DateTime<Utc>, i64) =
        db::query_as("SELECT now(), (SELECT count(*) FROM pg_catalog.pg_class)")
            .fetch_one(&mut *tx)
            .await
            .db("cannot count the database's relations")?;
    let schemas: Vec<SchemaFigures> = db::query_as(
        "SELECT t.id AS tenant_id,
                (count(c.oid) + 2 * count(c.oid) FILTER (WHERE c.reltoastrelid <> 0))::bigint AS relations,
                coalesce(bool_or(CASE WHEN c.relname = 'appointments' AND c.relkind = 'r' THEN
                    (SELECT count(*) FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                       AND a.attname IN ('starts_at', 'status')) = 2
                    ELSE false END), false) AS has_appointments
         FROM unnest($1::bigint[]) AS t(id)
         JOIN pg_catalog.pg_namespace n ON n.nspname = 'tenant_' || t.id
         LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid
         GROUP BY t.id ORDER BY t.id",
    )
    .bind(ids)
    .fetch_all(&mut *tx)
    .await
    .db("cannot read the tenant schemas from the catalog")?;
    // The pg_stat_get_* functions behind pg_stat_user_tables, called for the tenant
    // tables only (the view would compute every figure of every table first).
    let tables: Vec<TableFigures> = db::query_as(
        "SELECT t.id AS tenant_id, c.oid::bigint AS oid, c.relname::text AS \"table\",
                pg_catalog.pg_stat_get_live_tuples(c.oid) AS live_rows,
                pg_catalog.pg_stat_get_dead_tuples(c.oid) AS dead_rows,
                greatest(pg_catalog.pg_stat_get_last_vacuum_time(c.oid),
                         pg_catalog.pg_stat_get_last_autovacuum_time(c.oid)) AS last_vacuum,
                greatest(pg_catalog.pg_stat_get_last_analyze_time(c.oid),
                         pg_catalog.pg_stat_get_last_autoanalyze_time(c.oid)) AS last_analyze,
                ((greatest(c.relpages, 0)
                  + coalesce((SELECT greatest(r.relpages, 0) FROM pg_catalog.pg_class r
                              WHERE r.oid = c.reltoastrelid), 0)
                  + coalesce((SELECT sum(greatest(r.relpages, 0)) FROM pg_catalog.pg_index x
                              JOIN pg_catalog.pg_class r ON r.oid = x.indexrelid
                              WHERE x.indrelid IN (c.oid, c.reltoastrelid)), 0))::bigint
                 * current_setting('block_size')::bigint) AS estimated_bytes
         FROM unnest($1::bigint[]) AS t(id)
         JOIN pg_catalog.pg_namespace n ON n.nspname = 'tenant_' || t.id
         JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'm', 'p')
         ORDER BY t.id, c.relname",
    )
    .bind(ids)
    .fetch_all(&mut *tx)
    .await
    .db("cannot read the tenant tables' statistics")?;
    let distributed = if crate::citus::is_citus(&mut tx).await? {
        citus_sizes(&mut tx, ids).await?
    } else {
        HashMap::new()
    };
    tx.commit().await.db("cannot commit")?;
    Ok(Catalog {
        as_of,
        relations_in_database,
        schemas,
        tables,
        distributed,
    })
}

/// The distributed tenant schemas among `ids` and the bytes of their shards: on a
/// Citus coordinator a distributed table is an empty shell, its data is on a worker.
async fn citus_sizes(conn: &mut PgConnection, ids: &[i64]) -> Result<HashMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = db::query_as(
        "SELECT t.id, coalesce(sum(s.shard_size), 0)::bigint
         FROM unnest($1::bigint[]) AS t(id)
         JOIN pg_catalog.pg_namespace n ON n.nspname = 'tenant_' || t.id
         JOIN pg_catalog.pg_dist_schema ds ON ds.schemaid = n.oid
         LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid
         LEFT JOIN pg_catalog.citus_shards s ON s.table_name = c.oid
         GROUP BY t.id",
    )
    .bind(ids)
    .fetch_all(conn)
    .await
    .db("cannot read the sizes of the tenants' shards")?;
    Ok(rows.into_iter().collect())
}

/// The work of one statement pair of [`measure`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chunk {
    /// Tables whose size is read here (`pg_total_relation_size`: heap, TOAST, indexes).
    pub table_oids: Vec<i64>,
    /// Tenants whose appointments are counted here.
    pub count_ids: Vec<i64>,
}

/// The chunks of [`CHUNK`] tenant schemas: with `exact`, the sizes of their tables
/// (not of distributed schemas, whose size [`catalog`] read from their shards; without
/// it the sizes are the catalog's, [`estimated_sizes`]) and the counts of those that
/// have an `appointments` table to count in.
pub fn plan(catalog: &Catalog, exact: bool) -> Vec<Chunk> {
    let mut tables: HashMap<i64, Vec<i64>> = HashMap::new();
    for t in &catalog.tables {
        tables.entry(t.tenant_id).or_default().push(t.oid);
    }
    catalog
        .schemas
        .chunks(CHUNK)
        .map(|schemas| Chunk {
            table_oids: schemas
                .iter()
                .filter(|s| exact && !catalog.distributed.contains_key(&s.tenant_id))
                .flat_map(|s| tables.get(&s.tenant_id).into_iter().flatten().copied())
                .collect(),
            count_ids: schemas
                .iter()
                .filter(|s| s.has_appointments)
                .map(|s| s.tenant_id)
                .collect(),
        })
        .filter(|c| !(c.table_oids.is_empty() && c.count_ids.is_empty()))
        .collect()
}

/// The catalog's estimate of each table's bytes ([`TableFigures::estimated_bytes`]),
/// in the form [`measure`] gives the exact ones.
pub fn estimated_sizes(catalog: &Catalog) -> HashMap<i64, i64> {
    catalog
        .tables
        .iter()
        .map(|t| (t.oid, t.estimated_bytes))
        .collect()
}

/// What [`measure`] found: bytes per table oid, and per tenant its appointments of the
/// last and of the next window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Measured {
    pub table_bytes: HashMap<i64, i64>,
    pub appointments: HashMap<i64, (i64, i64)>,
}

/// Run the chunks on the fleet runner, `jobs` at once, each in a read-only
/// transaction. A backend keeps every relation it opened in its caches until it ends,
/// about 50 MB per chunk of 500 tenants, so a connection serves one chunk and is
/// replaced: memory on the server stays bounded at any fleet size.
pub async fn measure(
    opts: &PgConnectOptions,
    timeout: std::time::Duration,
    jobs: usize,
    chunks: Vec<Chunk>,
    as_of: DateTime<Utc>,
) -> Result<Measured> {
    let done = Fleet::new(opts.clone(), timeout, jobs.max(1))
        .recycle_after(1)
        .for_each_tenant(chunks, true, MeasureChunk(as_of), &|_| {})
        .await?;
    let mut all = Measured::default();
    for d in done {
        match d.outcome {
            Outcome::Done(found) => {
                all.table_bytes.extend(found.table_bytes);
                all.appointments.extend(found.appointments);
            }
            Outcome::Failed(e) => return Err(e),
            Outcome::NotStarted => {}
        }
    }
    Ok(all)
}

/// The work of one chunk, as of the catalog's snapshot time.
struct MeasureChunk(DateTime<Utc>);

impl Work<Chunk> for MeasureChunk {
    type Output = Measured;

    async fn run(&self, conn: &mut PgConnection, chunk: &Chunk) -> Result<Measured> {
        let mut found = Measured::default();
        measure_chunk(conn, chunk, self.0, &mut found).await?;
        Ok(found)
    }
}

async fn measure_chunk(
    conn: &mut PgConnection,
    chunk: &Chunk,
    as_of: DateTime<Utc>,
    found: &mut Measured,
) -> Result<()> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    // No parallel workers: each would open every relation of the chunk again, in a
    // backend whose caches start cold. No JIT either (see [`catalog`]).
    sqlx::raw_sql(
        "SET TRANSACTION READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off",
    )
        .execute(&mut *tx)
        .await
        .db("cannot open a read-only transaction")?;
    // The sizes first: opening the tables for them warms the caches that planning the
    // count over the same tables then uses.
    if !chunk.table_oids.is_empty() {
        let sizes: Vec<(i64, Option<i64>)> = db::query_as(
            "SELECT x.oid, pg_catalog.pg_total_relation_size(x.oid::oid)
             FROM unnest($1::bigint[]) AS x(oid)",
        )
        .bind(&chunk.table_oids)
        .fetch_all(&mut *tx)
        .await
        .db("cannot measure the tenant tables")?;
        // A table dropped since the catalog was read has no size (NULL): nothing to add.
        found
            .table_bytes
            .extend(sizes.into_iter().filter_map(|(oid, b)| Some((oid, b?))));
    }
    if !chunk.count_ids.is_empty() {
        let window = Duration::days(WINDOW_DAYS);
        // Safe: the only text spliced in is each tenant's schema identifier, built by
        // db::schema_ident from its numeric id, and constant SQL; the window's bounds
        // travel as bound parameters.
        let counts: Vec<(i64, i64, i64)> =
            sqlx::query_as(AssertSqlSafe(count_sql(&chunk.count_ids)))
                .persistent(false)
                .bind(as_of - window)
                .bind(as_of)
                .bind(as_of + window)
                .fetch_all(&mut *tx)
                .await
                .db("cannot count the tenants' appointments")?;
        found.appointments.extend(
            counts
                .into_iter()
                .map(|(id, last, next)| (id, (last, next))),
        );
    }
    tx.commit().await.db("cannot commit")
}

/// One statement counting, for each tenant of `ids`, its appointments that are not
/// cancelled and start in `[$1, $2)` and in `[$2, $3)` (the starts_at index serves
/// each branch).
fn count_sql(ids: &[i64]) -> String {
    ids.iter()
        .map(|id| {
            format!(
                "SELECT {id}::bigint, count(*) FILTER (WHERE starts_at < $2), \
                 count(*) FILTER (WHERE starts_at >= $2) FROM {}.appointments \
                 WHERE starts_at >= $1 AND starts_at < $3 AND status <> 'cancelled'",
                db::schema_ident(*id)
            )
        })
        .collect::<Vec<_>>()
        .join("\nUNION ALL\n")
}

/// The table vacuumed (or analyzed) longest ago and when, in the tenant's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Oldest {
    pub table: String,
    /// RFC 3339 in the tenant's zone; null: never.
    pub at: Option<String>,
}

/// The figures of one tenant: one row of `stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TenantStats {
    pub tenant: String,
    pub tenant_id: i64,
    pub schema: String,
    /// Bytes of its tables with their TOAST and indexes (null: no schema).
    pub size_bytes: Option<i64>,
    /// Estimated live rows per table (null: no schema, or its tables are on a Citus worker).
    pub rows: Option<BTreeMap<String, i64>>,
    pub dead_tuples: Option<i64>,
    pub last_vacuum: Option<Oldest>,
    pub last_analyze: Option<Oldest>,
    /// Appointments, not cancelled, starting in the last 7 days (null: no appointments table).
    pub appointments_last_7_days: Option<i64>,
    /// … starting in the next 7 days.
    pub appointments_next_7_days: Option<i64>,
    /// Relations of its schema ([`SchemaFigures::relations`]; 0: no schema).
    pub relations: i64,
}

/// The table with the oldest time (never, None, before any time; ties by name).
pub fn oldest<'a>(
    tables: impl IntoIterator<Item = (&'a str, Option<DateTime<Utc>>)>,
) -> Option<(&'a str, Option<DateTime<Utc>>)> {
    tables
        .into_iter()
        .min_by_key(|(name, at)| (at.is_some(), *at, *name))
}

/// One row per tenant of `tenants` (in their order) from what [`catalog`] and
/// [`measure`] found.
pub fn assemble(tenants: &[Tenant], catalog: &Catalog, measured: &Measured) -> Vec<TenantStats> {
    let schemas: HashMap<i64, &SchemaFigures> =
        catalog.schemas.iter().map(|s| (s.tenant_id, s)).collect();
    let mut tables: HashMap<i64, Vec<&TableFigures>> = HashMap::new();
    for t in &catalog.tables {
        tables.entry(t.tenant_id).or_default().push(t);
    }
    tenants
        .iter()
        .map(|tenant| {
            let schema = schemas.get(&tenant.id);
            let own: &[&TableFigures] = tables.get(&tenant.id).map_or(&[], Vec::as_slice);
            let shards = catalog.distributed.get(&tenant.id).copied();
            // On a Citus coordinator a distributed schema's tables are empty shells:
            // their statistics are the workers'.
            let local = schema.is_some() && shards.is_none();
            let size_bytes = match (schema, shards) {
                (_, Some(bytes)) => Some(bytes),
                (Some(_), None) => Some(
                    own.iter()
                        .filter_map(|t| measured.table_bytes.get(&t.oid))
                        .sum(),
                ),
                (None, None) => None,
            };
            let tz = tenant.tz();
            let when = |pick: fn(&TableFigures) -> Option<DateTime<Utc>>| {
                oldest(own.iter().map(|t| (t.table.as_str(), pick(t)))).map(|(table, at)| Oldest {
                    table: table.to_string(),
                    at: at.map(|at| crate::time::format_local(at, tz)),
                })
            };
            let counts = measured.appointments.get(&tenant.id);
            TenantStats {
                tenant: tenant.slug.clone(),
                tenant_id: tenant.id,
                schema: tenant.schema(),
                size_bytes,
                rows: local.then(|| own.iter().map(|t| (t.table.clone(), t.live_rows)).collect()),
                dead_tuples: local.then(|| own.iter().map(|t| t.dead_rows).sum()),
                last_vacuum: when(|t| t.last_vacuum).filter(|_| local),
                last_analyze: when(|t| t.last_analyze).filter(|_| local),
                appointments_last_7_days: counts.map(|c| c.0),
                appointments_next_7_days: counts.map(|c| c.1),
                relations: schema.map_or(0, |s| s.relations),
            }
        })
        .collect()
}

/// Sort by `sort`, largest first (unknown figures last, ties in tenant id order), then
/// keep the first `top`. Without `sort` the rows stay in tenant order.
pub fn order(rows: &mut Vec<TenantStats>, sort: Option<SortBy>, top: Option<usize>) {
    if let Some(by) = sort {
        let key = |r: &TenantStats| match by {
            SortBy::Size => r.size_bytes,
            SortBy::Appointments => {
                match (r.appointments_last_7_days, r.appointments_next_7_days) {
                    (None, None) => None,
                    (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
                }
            }
            SortBy::Dead => r.dead_tuples,
        };
        rows.sort_by(|a, b| key(b).cmp(&key(a)).then(a.tenant_id.cmp(&b.tenant_id)));
    }
    if let Some(n) = top {
        rows.truncate(n);
    }
}

/// Totals over the selected tenants (all of them, whatever `--top` shows).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FleetTotals {
    pub tenants: usize,
    /// Sums of the known figures.
    pub size_bytes: i64,
    /// Where the sizes come from: `estimated` (the catalog's relpages, as of each
    /// relation's last VACUUM, ANALYZE or CREATE INDEX) or `exact` (`--exact`).
    pub sizes: &'static str,
    pub dead_tuples: i64,
    pub appointments_last_7_days: i64,
    pub appointments_next_7_days: i64,
    /// Every relation of the database (`pg_class`), system catalogs included.
    pub relations_in_database: i64,
    /// The relations of the selected tenants' schemas.
    pub tenant_relations: i64,
    /// Their average per tenant (null without tenants).
    pub relations_per_tenant: Option<f64>,
    /// The server's time the windows were measured from (UTC).
    pub as_of: String,
}

/// `exact`: the sizes were measured (`--exact`), not estimated.
pub fn totals(rows: &[TenantStats], catalog: &Catalog, exact: bool) -> FleetTotals {
    let sum = |f: fn(&TenantStats) -> Option<i64>| rows.iter().filter_map(f).sum::<i64>();
    let tenant_relations: i64 = rows.iter().map(|r| r.relations).sum();
    FleetTotals {
        tenants: rows.len(),
        size_bytes: sum(|r| r.size_bytes),
        sizes: if exact { "exact" } else { "estimated" },
        dead_tuples: sum(|r| r.dead_tuples),
        appointments_last_7_days: sum(|r| r.appointments_last_7_days),
        appointments_next_7_days: sum(|r| r.appointments_next_7_days),
        relations_in_database: catalog.relations_in_database,
        tenant_relations,
        relations_per_tenant: (!rows.is_empty())
            .then(|| tenant_relations as f64 / rows.len() as f64),
        as_of: catalog
            .as_of
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }
}

/// What `stats -o json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub tenants: Vec<TenantStats>,
    pub fleet: FleetTotals,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Record;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().expect("a time")
    }

    fn row(
        id: i64,
        size: Option<i64>,
        appts: (Option<i64>, Option<i64>),
        dead: Option<i64>,
    ) -> TenantStats {
        TenantStats {
            tenant: format!("t{id}"),
            tenant_id: id,
            schema: db::schema_name(id),
            size_bytes: size,
            rows: None,
            dead_tuples: dead,
            last_vacuum: None,
            last_analyze: None,
            appointments_last_7_days: appts.0,
            appointments_next_7_days: appts.1,
            relations: id * 10,
        }
    }

    fn ids(rows: &[TenantStats]) -> Vec<i64> {
        rows.iter().map(|r| r.tenant_id).collect()
    }

    #[test]
    fn oldest_puts_never_first_then_the_earliest_time_then_the_name() {
        let (t1, t2) = (
            Some(at("2026-01-01T00:00:00Z")),
            Some(at("2026-06-01T00:00:00Z")),
        );
        type Table<'a> = (&'a str, Option<DateTime<Utc>>);
        let cases: &[(&[Table], Option<Table>)] = &[
            (&[], None),
            (&[("a", t2)], Some(("a", t2))),
            (&[("a", t2), ("b", t1)], Some(("b", t1))),
            (&[("a", t1), ("b", None)], Some(("b", None))),
            (&[("c", None), ("b", None), ("a", t1)], Some(("b", None))),
            (&[("c", t1), ("b", t1)], Some(("b", t1))),
        ];
        for (tables, want) in cases {
            assert_eq!(oldest(tables.iter().copied()), *want, "{tables:?}");
        }
    }

    #[test]
    fn order_sorts_largest_first_unknown_last_ties_by_id_then_keeps_the_top() {
        let rows = vec![
            row(1, Some(10), (Some(1), Some(0)), Some(5)),
            row(2, None, (None, None), None),
            row(3, Some(30), (Some(0), None), Some(0)),
            row(4, Some(10), (Some(2), Some(2)), Some(5)),
        ];
        let cases: &[(Option<SortBy>, Option<usize>, &[i64])] = &[
            (None, None, &[1, 2, 3, 4]),
            (None, Some(2), &[1, 2]),
            (Some(SortBy::Size), None, &[3, 1, 4, 2]),
            (Some(SortBy::Size), Some(2), &[3, 1]),
            (Some(SortBy::Size), Some(10), &[3, 1, 4, 2]),
            (Some(SortBy::Appointments), None, &[4, 1, 3, 2]),
            (Some(SortBy::Dead), None, &[1, 4, 3, 2]),
            (Some(SortBy::Dead), Some(1), &[1]),
        ];
        for (sort, top, want) in cases {
            let mut r = rows.clone();
            order(&mut r, *sort, *top);
            assert_eq!(ids(&r), *want, "{sort:?} {top:?}");
        }
    }

    #[test]
    fn totals_add_the_known_figures_of_every_selected_tenant() {
        let catalog = Catalog {
            as_of: at("2026-11-30T12:00:00Z"),
            relations_in_database: 1000,
            ..Catalog::default()
        };
        let cases: &[(Vec<TenantStats>, [i64; 5], Option<f64>)] = &[
            (vec![], [0, 0, 0, 0, 0], None),
            (
                vec![
                    row(1, Some(10), (Some(1), Some(2)), Some(5)),
                    row(2, None, (None, None), None),
                    row(3, Some(30), (Some(4), None), Some(1)),
                ],
                [40, 6, 5, 2, 60],
                Some(20.0),
            ),
        ];
        for (rows, [size, dead, last, next, rels], per) in cases {
            let t = totals(rows, &catalog, false);
            assert_eq!(t.sizes, "estimated");
            assert_eq!(t.tenants, rows.len());
            assert_eq!(
                [
                    t.size_bytes,
                    t.dead_tuples,
                    t.appointments_last_7_days,
                    t.appointments_next_7_days,
                    t.tenant_relations
                ],
                [*size, *dead, *last, *next, *rels]
            );
            assert_eq!(t.relations_per_tenant, *per);
            assert_eq!(t.relations_in_database, 1000);
            assert_eq!(t.as_of, "2026-11-30T12:00:00Z");
        }
    }

    fn schema(id: i64, has_appointments: bool) -> SchemaFigures {
        SchemaFigures {
            tenant_id: id,
            relations: 27,
            has_appointments,
        }
    }

    fn table(id: i64, oid: i64, name: &str) -> TableFigures {
        TableFigures {
            tenant_id: id,
            oid,
            table: name.into(),
            live_rows: oid,
            dead_rows: 1,
            last_vacuum: None,
            last_analyze: None,
            estimated_bytes: oid * 8192,
        }
    }

    #[test]
    fn plan_takes_chunks_of_tenants_sizes_only_local_schemas_counts_only_those_with_appointments() {
        // 1,200 tenants with two tables each: three chunks.
        let mut catalog = Catalog {
            schemas: (1..=1200).map(|id| schema(id, id != 2)).collect(),
            tables: (1..=1200)
                .flat_map(|id| {
                    [
                        table(id, id * 10, "appointments"),
                        table(id, id * 10 + 1, "x"),
                    ]
                })
                .collect(),
            ..Catalog::default()
        };
        catalog.distributed.insert(3, 4096);
        let chunks = plan(&catalog, true);
        assert_eq!(chunks.len(), 3);
        assert_eq!(
            chunks.iter().map(|c| c.count_ids.len()).collect::<Vec<_>>(),
            [499, 500, 200]
        );
        assert_eq!(&chunks[0].table_oids[..4], &[10, 11, 20, 21]);
        assert!(
            !chunks[0].table_oids.contains(&30),
            "distributed: sized from its shards"
        );
        assert_eq!(chunks[0].table_oids.len(), 998);
        assert!(!chunks[0].count_ids.contains(&2));
        assert_eq!(chunks[2].count_ids[0], 1001);
        // Sizes from the catalog: nothing to size, the same counts.
        let estimated = plan(&catalog, false);
        assert!(estimated.iter().all(|c| c.table_oids.is_empty()));
        assert_eq!(
            estimated.iter().map(|c| &c.count_ids).collect::<Vec<_>>(),
            chunks.iter().map(|c| &c.count_ids).collect::<Vec<_>>()
        );
        assert_eq!(estimated_sizes(&catalog)[&11], 11 * 8192);
        // Nothing to size or count: no chunk.
        let none = Catalog {
            schemas: vec![schema(1, false)],
            ..Catalog::default()
        };
        assert_eq!(plan(&none, true), vec![]);
    }

    #[test]
    fn the_count_statement_is_built_from_numeric_ids_only() {
        assert_eq!(
            count_sql(&[7]),
            "SELECT 7::bigint, count(*) FILTER (WHERE starts_at < $2), count(*) FILTER (WHERE starts_at >= $2) \
             FROM \"tenant_7\".appointments WHERE starts_at >= $1 AND starts_at < $3 AND status <> 'cancelled'"
        );
        let two = count_sql(&[7, 12]);
        assert_eq!(two.matches("\nUNION ALL\n").count(), 1);
        assert!(two.ends_with("FROM \"tenant_12\".appointments WHERE starts_at >= $1 AND starts_at < $3 AND status <> 'cancelled'"));
    }

    fn tenant(id: i64, zone: &str) -> Tenant {
        Tenant {
            id,
            slug: format!("t{id}"),
            name: "T".into(),
            time_zone: zone.into(),
            status: crate::tenants::TenantStatus::Active,
            created_at: at("2026-01-01T00:00:00Z"),
            updated_at: at("2026-01-01T00:00:00Z"),
        }
    }

    #[test]
    fn assemble_sums_a_tenants_tables_and_knows_what_it_cannot_know() {
        let vacuumed = at("2026-11-30T09:00:00Z");
        let mut appointments = table(1, 10, "appointments");
        appointments.last_vacuum = Some(vacuumed);
        appointments.last_analyze = Some(vacuumed);
        let mut blocks = table(1, 11, "calendar_blocks");
        blocks.last_vacuum = Some(at("2026-11-29T09:00:00Z"));
        let mut catalog = Catalog {
            schemas: vec![schema(1, true), schema(3, true)],
            tables: vec![appointments, blocks, table(3, 30, "appointments")],
            ..Catalog::default()
        };
        catalog.distributed.insert(3, 4096);
        let measured = Measured {
            table_bytes: HashMap::from([(10, 8192), (11, 16384), (30, 8192)]),
            appointments: HashMap::from([(1, (2, 3)), (3, (4, 0))]),
        };
        let tenants = [
            tenant(1, "Europe/Berlin"),
            tenant(2, "UTC"),
            tenant(3, "UTC"),
        ];
        let rows = assemble(&tenants, &catalog, &measured);
        assert_eq!(ids(&rows), [1, 2, 3]);
        // A schema of this server: its tables' figures.
        let r = &rows[0];
        assert_eq!(r.size_bytes, Some(24576));
        assert_eq!(
            r.rows,
            Some(BTreeMap::from([
                ("appointments".into(), 10),
                ("calendar_blocks".into(), 11)
            ]))
        );
        assert_eq!(r.dead_tuples, Some(2));
        assert_eq!(
            r.last_vacuum,
            Some(Oldest {
                table: "calendar_blocks".into(),
                at: Some("2026-11-29T10:00:00+01:00".into())
            })
        );
        assert_eq!(
            r.last_analyze,
            Some(Oldest {
                table: "calendar_blocks".into(),
                at: None
            })
        );
        assert_eq!(
            (r.appointments_last_7_days, r.appointments_next_7_days),
            (Some(2), Some(3))
        );
        assert_eq!(r.relations, 27);
        assert_eq!(
            r.cells(),
            [
                "t1",
                "24576",
                "10",
                "11",
                "",
                "",
                "2",
                "2026-11-29T10:00:00+01:00",
                "calendar_blocks",
                "never",
                "calendar_blocks",
                "2",
                "3",
                "27"
            ]
        );
        // No schema: nothing known but the counts' absence.
        assert_eq!(
            rows[1],
            TenantStats {
                relations: 0,
                ..row(2, None, (None, None), None)
            }
        );
        // A Citus distributed schema: its shards' size, no statistics of the shell tables.
        let r = &rows[2];
        assert_eq!(
            (r.size_bytes, &r.rows, r.dead_tuples),
            (Some(4096), &None, None)
        );
        assert_eq!(
            (&r.last_vacuum, r.appointments_last_7_days),
            (&None, Some(4))
        );
    }
}
