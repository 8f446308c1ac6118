//! Steps 3 and 4 of a restore: the tenant row and its users inserted, the schema
//! created at the archive's version, its constraints, indexes and triggers set aside,
//! every table loaded through a checked staging table, and the constraints, the
//! history checks and the triggers put back; and the sequences moved in step 5.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use sqlx::AssertSqlSafe;
use sqlx::postgres::PgConnection;

use super::check::check_id;
use super::plan::PlannedUser;
use super::{Item, MAX_ID};
use crate::backup::archive::{ArchiveReader, Description, Event};
use crate::db::ident::{USER_REFERENCES, is_user_column, quote_ident};
use crate::db::{self, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::tenants::{self, Tenant};

/// The tenant row with its final id and slug and the archive's other values.
pub(super) async fn insert_tenant(
    conn: &mut PgConnection,
    id: i64,
    slug: &str,
    t: &crate::backup::archive::TenantRow,
) -> Result<Tenant> {
    db::query_as(
        "INSERT INTO theratime.tenants (id, slug, name, time_zone, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, slug, name, time_zone, status, created_at, updated_at",
    )
    .bind(id)
    .bind(slug)
    .bind(&t.name)
    .bind(&t.time_zone)
    // Validated by `validate_header`.
    .bind(tenants::parse_status(&t.status)?)
    .bind(t.created_at)
    .bind(t.updated_at)
    .fetch_one(conn)
    .await
    .db("cannot insert the tenant")
}

/// Users of the restored tenant with their final ids and values; referenced users of
/// other tenants without a match become its inactive users. Linked users stay as
/// they are. `pg_temp.restore_map` maps archived to final ids for the tables.
pub(super) async fn insert_users(
    conn: &mut PgConnection,
    users: &[PlannedUser],
    new_tid: i64,
) -> Result<()> {
    db::query(
        "CREATE TEMP TABLE restore_map (old_id bigint PRIMARY KEY, new_id bigint NOT NULL,
             action text NOT NULL, final_active boolean NOT NULL) ON COMMIT DROP",
    )
    .execute(&mut *conn)
    .await
    .db("cannot create a staging table")?;
    db::query(
        "INSERT INTO pg_temp.restore_map (old_id, new_id, action, final_active)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::boolean[])",
    )
    .bind(users.iter().map(|u| u.id).collect::<Vec<_>>())
    .bind(
        users
            .iter()
            .map(|u| u.new_id.unwrap_or(u.id))
            .collect::<Vec<_>>(),
    )
    .bind(users.iter().map(|u| u.action).collect::<Vec<_>>())
    .bind(users.iter().map(|u| u.final_active).collect::<Vec<_>>())
    .execute(&mut *conn)
    .await
    .db("cannot stage the user map")?;
    db::query(
        "INSERT INTO theratime.users (id, tenant_id, email, display_name, role, active, created_at, updated_at)
         SELECT m.new_id, $1, r.email, r.display_name, r.role, m.final_active, r.created_at, r.updated_at
         FROM pg_temp.restore_users r JOIN pg_temp.restore_map m ON m.old_id = r.id
         WHERE m.action <> 'link'",
    )
    .bind(new_tid)
    .execute(&mut *conn)
    .await
    .db("cannot restore the users")?;
    Ok(())
}

/// The new schema at the archive's migration version, entered for DDL (on Citus a
/// distributed schema, made in this transaction).
pub(super) async fn create_schema<'c>(
    mut tx: sqlx::Transaction<'c, sqlx::Postgres>,
    set: &MigrationSet,
    tenant_id: i64,
    version: i32,
) -> Result<TenantTx<'c>> {
    crate::citus::prepare_tenant_schema(&mut tx).await?;
    let mut tx = db::enter_tenant_ddl_unchecked(tx, tenant_id).await?;
    db::create_tenant_schema(&mut tx).await?;
    migrations::apply_tenant(&mut tx, set, 0, Some(version)).await?;
    Ok(tx)
}

/// Steps 3 and 4: set the new schema's constraints, indexes and triggers aside, load
/// every table, and put them back with the history checks between constraints and
/// triggers. Returns the tables' report lines and the schema's identity columns.
pub(super) async fn load(
    tx: &mut TenantTx<'_>,
    reader: &mut ArchiveReader,
    path: &Path,
    desc: &Description,
    remap: bool,
) -> Result<(Vec<Item>, Vec<(String, String)>)> {
    let target_tables: HashMap<String, Vec<String>> = crate::backup::tenant_tables(tx)
        .await?
        .into_iter()
        .collect();
    let identity_cols = identity_columns(tx).await?;
    if let Some(key) = desc.header.sequences.keys().find(|k| {
        !identity_cols
            .iter()
            .any(|(t, c)| k.split_once('.') == Some((t.as_str(), c.as_str())))
    }) {
        return Err(Error::invalid(format!(
            "backup {}: header field sequences[{key:?}]: not an identity column of the tenant schema; nothing was restored",
            path.display()
        )));
    }
    let deferred = drop_post_data(tx).await?;
    let tables = load_tables(tx, reader, desc, &target_tables, &identity_cols, remap).await?;
    restore_post_data(tx, &deferred, PostKind::Constraint).await?;
    restore_post_data(tx, &deferred, PostKind::Index).await?;
    check_history(tx).await?;
    restore_post_data(tx, &deferred, PostKind::Trigger).await?;
    Ok((tables, identity_cols))
}

/// Load every table section: COPY it into a staging table, check it
/// ([`check_stage`]), insert it in time order with remapped user ids (`remap`: some
/// user's id changed). Sections are matched with the manifest by kind and name.
pub(super) async fn load_tables(
    tx: &mut TenantTx<'_>,
    reader: &mut ArchiveReader,
    desc: &Description,
    target_tables: &HashMap<String, Vec<String>>,
    identity_cols: &[(String, String)],
    remap: bool,
) -> Result<Vec<Item>> {
    let file = &desc.file;
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    while let Some(ev) = reader.next_event()? {
        let Event::Section(s) = ev else {
            return Err(Error::invalid(format!(
                "backup {file}: data outside a section"
            )));
        };
        let Some(cols) = target_tables.get(&s.name).filter(|_| s.kind == "table") else {
            return Err(Error::invalid(format!(
                "backup {file}: section {:?} of kind {:?} is no table of schema version {}",
                s.name, s.kind, desc.header.schema_version
            )));
        };
        if !s.columns.iter().all(|c| cols.contains(c)) || !seen.insert(s.name.clone()) {
            return Err(Error::invalid(format!(
                "backup {file}: table {} has columns this schema version does not have",
                s.name
            )));
        }
        // Safe: the table and column names were just checked against the catalog of
        // the new schema and are quoted; the rows themselves travel as COPY data.
        let qtable = quote_ident(&s.name);
        let qcols: Vec<String> = s.columns.iter().map(|c| quote_ident(c)).collect();
        // Every table goes through a staging table: rows come out of it in time order
        // where the table has one (`load_order`) and with remapped user ids.
        sqlx::raw_sql(AssertSqlSafe(format!(
            "CREATE TEMP TABLE restore_stage ON COMMIT DROP AS SELECT {} FROM {qtable} WITH NO DATA",
            qcols.join(", ")
        )))
        .execute(&mut **tx)
        .await
        .db("cannot create a staging table")?;
        let sql = format!(
            "COPY pg_temp.restore_stage ({}) FROM STDIN",
            qcols.join(", ")
        );
        copy_in(tx, reader, &sql, &s.name).await?;
        check_stage(tx, desc, &s.name, &s.columns, identity_cols).await?;
        let exprs: Vec<String> = s
            .columns
            .iter()
            .zip(&qcols)
            .map(|(c, q)| {
                if remap && is_user_column(&s.name, c) {
                    format!(
                        "coalesce((SELECT m.new_id FROM pg_temp.restore_map m WHERE m.old_id = s.{q}), s.{q})"
                    )
                } else {
                    format!("s.{q}")
                }
            })
            .collect();
        let sql = format!(
            "INSERT INTO {qtable} ({}) SELECT {} FROM pg_temp.restore_stage s{}",
            qcols.join(", "),
            exprs.join(", "),
            load_order(&s.columns)
                .map(|o| format!(" ORDER BY {o}"))
                .unwrap_or_default()
        );
        let rows = sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(&mut **tx)
            .await
            .db(format!("cannot restore table {}", s.name))?
            .rows_affected();
        // A statement of its own: on Citus a multi-statement string is refused.
        sqlx::raw_sql("DROP TABLE pg_temp.restore_stage")
            .execute(&mut **tx)
            .await
            .db("cannot drop a staging table")?;
        let want = desc.section("table", &s.name).map_or(0, |x| x.rows);
        if rows != want {
            return Err(Error::invalid(format!(
                "backup {file}: table {} restored {rows} rows, the manifest says {want}",
                s.name
            )));
        }
        items.push(Item::table(&s.name, rows));
    }
    Ok(items)
}

/// The staged rows of one table, before they are inserted: every identity value is in
/// range and not past the sequence position the archive records for its column (an
/// identity hands out no id past its sequence), and every user reference
/// ([`USER_REFERENCES`]) names a user of the archive's users section with the role
/// the same-tenant trigger requires (restored history may name users who moved or
/// were deactivated since, but never a user the archive does not carry).
async fn check_stage(
    tx: &mut TenantTx<'_>,
    desc: &Description,
    table: &str,
    columns: &[String],
    identity_cols: &[(String, String)],
) -> Result<()> {
    let bad = |why: String| {
        Error::invalid(format!(
            "backup {}: table {table}: {why}; nothing was restored",
            desc.file
        ))
    };
    for (_, col) in identity_cols
        .iter()
        .filter(|(t, c)| t == table && columns.contains(c))
    {
        let recorded = desc
            .header
            .sequences
            .get(&format!("{table}.{col}"))
            .copied();
        // Safe: a catalog column name of the new schema, quoted; the bound is bound.
        let q = quote_ident(col);
        let sql = format!(
            "SELECT s.{q} FROM pg_temp.restore_stage s WHERE s.{q} < 1 OR s.{q} > $1 ORDER BY s.{q} DESC LIMIT 1"
        );
        let found: Option<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
            .persistent(false)
            .bind(recorded.unwrap_or(MAX_ID))
            .fetch_optional(&mut **tx)
            .await
            .db(format!("cannot check the ids of table {table}"))?;
        if let Some(v) = found {
            return Err(bad(match recorded {
                Some(r) if check_id(v).is_ok() => format!(
                    "{col} {v} is past the position the archive records for its sequence ({r}); \
                     no row of a backed-up tenant has such an id"
                ),
                _ => format!("{col} {}", check_id(v).unwrap_err()),
            }));
        }
    }
    for r in USER_REFERENCES
        .iter()
        .filter(|r| r.table == table && columns.iter().any(|c| c == r.column))
    {
        // Safe: a column name from the constant USER_REFERENCES, quoted.
        let q = quote_ident(r.column);
        let sql = format!(
            "SELECT DISTINCT s.{q}, u.role FROM pg_temp.restore_stage s
             LEFT JOIN pg_temp.restore_users u ON u.id = s.{q}
             WHERE u.role IS DISTINCT FROM $1 ORDER BY 1 LIMIT 5"
        );
        let found: Vec<(Option<i64>, Option<String>)> = sqlx::query_as(AssertSqlSafe(sql))
            .persistent(false)
            .bind(r.role)
            .fetch_all(&mut **tx)
            .await
            .db(format!("cannot check the users table {table} names"))?;
        if !found.is_empty() {
            let list: Vec<String> = found
                .iter()
                .map(|(id, role)| match (id, role) {
                    (None, _) => "no user (\\N)".to_string(),
                    (Some(id), None) => format!("user {id}, whom the archive does not carry"),
                    (Some(id), Some(role)) => format!("user {id}, of role {role}"),
                })
                .collect();
            return Err(bad(format!(
                "{} may name only users of the archive's users section with the role {}, but names {}",
                r.column,
                r.role,
                list.join("; ")
            )));
        }
    }
    Ok(())
}

/// The order a table's rows are loaded in: by time, then id, for tables with a
/// `starts_at` (appointments, blocks). The archive holds rows in the source heap's
/// order, which after years of bookings, reschedules and imports is no order at all;
/// loading them by time lays the restored heap out by time (week views and exports
/// read neighbouring pages) and makes the GiST exclusion indexes rebuilt from it
/// tighter, so validating every row costs markedly less (README, benchmarks).
pub(super) fn load_order(columns: &[String]) -> Option<&'static str> {
    let has = |name: &str| columns.iter().any(|c| c == name);
    (has("starts_at") && has("id")).then_some("s.starts_at, s.id")
}

/// Stream the current section's data into `COPY … FROM STDIN`; returns the rows.
pub(super) async fn copy_in(
    conn: &mut PgConnection,
    reader: &mut ArchiveReader,
    sql: &str,
    what: &str,
) -> Result<u64> {
    let mut copy = conn
        .copy_in_raw(sql)
        .await
        .db(format!("cannot restore {what}"))?;
    loop {
        match reader.next_event() {
            Ok(Some(Event::Data(d))) => {
                copy.send(d).await.db(format!("cannot restore {what}"))?;
            }
            Ok(Some(Event::SectionEnd(_))) => break,
            Ok(other) => {
                let _ = copy.abort("archive damaged").await;
                return Err(Error::invalid(format!(
                    "backup: section {what} ends unexpectedly ({other:?})"
                )));
            }
            Err(e) => {
                let _ = copy.abort("archive damaged").await;
                return Err(e);
            }
        }
    }
    copy.finish().await.db(format!("cannot restore {what}"))
}

/// The identity columns of the tenant's tables, as (table, column).
async fn identity_columns(tx: &mut TenantTx<'_>) -> Result<Vec<(String, String)>> {
    db::query_as(
        "SELECT c.relname::text, a.attname::text FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attidentity <> '' AND NOT a.attisdropped
         ORDER BY 1, 2",
    )
    .bind(db::schema_name(tx.tenant_id()))
    .fetch_all(&mut **tx)
    .await
    .db("cannot list identity columns")
}

/// Identity sequences of the tenant's tables continue after the restored ids.
pub(super) async fn bump_tenant_sequences(
    tx: &mut TenantTx<'_>,
    identity_cols: &[(String, String)],
    archived: &std::collections::BTreeMap<String, i64>,
) -> Result<()> {
    for (table, col) in identity_cols {
        // Safe: catalog names of the new schema, quoted; the schema identifier is
        // built from the numeric tenant id.
        let qualified = format!(
            "{}.{}",
            db::schema_ident(tx.tenant_id()),
            quote_ident(table)
        );
        // Past the restored ids and past where the source's sequence stood. The
        // largest id is read on its own: on Citus a statement that reads a
        // distributed table runs on its worker, whose sequence is not the one that
        // hands out ids through the coordinator.
        let sql = format!(
            "SELECT greatest(max({}), $1) FROM {qualified}",
            quote_ident(col)
        );
        let m: Option<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
            .persistent(false)
            .bind(archived.get(&format!("{table}.{col}")).copied())
            .fetch_one(&mut **tx)
            .await
            .db("cannot move a sequence")?;
        db::query(
            "SELECT setval(q.s, greatest(coalesce(pg_sequence_last_value(q.s), 0), $3)) FROM (
                 SELECT pg_get_serial_sequence($1, $2)::regclass AS s) q
             WHERE $3 IS NOT NULL",
        )
        .bind(&qualified)
        .bind(col)
        .bind(m)
        .execute(&mut **tx)
        .await
        .db("cannot move a sequence")?;
    }
    Ok(())
}

/// What [`drop_post_data`] dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PostKind {
    Constraint,
    Index,
    Trigger,
}

/// A primary key, unique or exclusion constraint, an index or a non-internal trigger
/// of a tenant table, as the catalog describes it.
#[derive(Debug)]
struct PostData {
    kind: PostKind,
    table: String,
    name: String,
    /// `pg_get_constraintdef` / `pg_get_indexdef` / `pg_get_triggerdef`.
    definition: String,
    /// `pg_trigger.tgenabled` (`O` for a constraint).
    enabled: String,
}

/// Read the primary key, unique and exclusion constraints (but those a foreign key
/// depends on), the other indexes and the non-internal triggers of the tenant's tables
/// (just created by the migrations in this transaction) and drop them, so that the
/// load checks and indexes no row one by one, like `pg_restore`'s post-data step;
/// [`restore_post_data`] re-creates them with the same names and definitions.
async fn drop_post_data(tx: &mut TenantTx<'_>) -> Result<Vec<PostData>> {
    let rows: Vec<(String, String, String, String, String)> = db::query_as(
        "SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid), 'O'
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND k.contype IN ('p', 'u', 'x') AND c.relname <> 'refinery_schema_history'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid)
         UNION ALL
         SELECT 'index', c.relname::text, i.relname::text, pg_get_indexdef(i.oid), 'O'
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relname <> 'refinery_schema_history'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
         UNION ALL
         SELECT 'trigger', c.relname::text, t.tgname::text, pg_get_triggerdef(t.oid), t.tgenabled::text
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND NOT t.tgisinternal
         ORDER BY 1, 2, 3",
    )
    .bind(db::schema_name(tx.tenant_id()))
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the tenant's constraints and triggers")?;
    let items: Vec<PostData> = rows
        .into_iter()
        .map(|(kind, table, name, definition, enabled)| PostData {
            kind: match kind.as_str() {
                "constraint" => PostKind::Constraint,
                "index" => PostKind::Index,
                _ => PostKind::Trigger,
            },
            table,
            name,
            definition,
            enabled,
        })
        .collect();
    if items.is_empty() {
        return Ok(items);
    }
    // Safe: table and object names come from the catalog of the schema this
    // transaction just created, quoted as identifiers; the schema identifier is built
    // from the numeric tenant id.
    let schema = db::schema_ident(tx.tenant_id());
    let sql: Vec<String> = items
        .iter()
        .map(|p| {
            let table = format!("{schema}.{}", quote_ident(&p.table));
            match p.kind {
                PostKind::Constraint => format!(
                    "ALTER TABLE {table} DROP CONSTRAINT {}",
                    quote_ident(&p.name)
                ),
                PostKind::Index => format!("DROP INDEX {schema}.{}", quote_ident(&p.name)),
                PostKind::Trigger => format!("DROP TRIGGER {} ON {table}", quote_ident(&p.name)),
            }
        })
        .collect();
    crate::citus::execute_script(tx, &sql.join(";\n"))
        .await
        .db("cannot set the tenant's constraints and triggers aside for the load")?;
    Ok(items)
}

/// Re-create the constraints or the triggers [`drop_post_data`] dropped, one statement
/// each, under their names and with their catalog definitions (indexes are built over
/// the loaded rows at once). Re-adding an exclusion
/// constraint builds its index over the loaded rows at once and fails on any overlap.
async fn restore_post_data(
    tx: &mut TenantTx<'_>,
    items: &[PostData],
    kind: PostKind,
) -> Result<()> {
    let schema = db::schema_ident(tx.tenant_id());
    for p in items.iter().filter(|p| p.kind == kind) {
        let table = format!("{schema}.{}", quote_ident(&p.table));
        // Safe: the definitions are PostgreSQL's own (pg_get_constraintdef,
        // pg_get_triggerdef) for objects that this transaction's migrations created
        // moments ago; names are quoted catalog names; the schema identifier is built
        // from the numeric tenant id.
        let mut sql = match kind {
            PostKind::Constraint => format!(
                "ALTER TABLE {table} ADD CONSTRAINT {} {}",
                quote_ident(&p.name),
                p.definition
            ),
            PostKind::Index | PostKind::Trigger => p.definition.clone(),
        };
        let state = match p.enabled.as_str() {
            "D" => Some("DISABLE TRIGGER"),
            "R" => Some("ENABLE REPLICA TRIGGER"),
            "A" => Some("ENABLE ALWAYS TRIGGER"),
            _ => None,
        };
        if let (PostKind::Trigger, Some(state)) = (kind, state) {
            sql.push_str(&format!(
                ";\nALTER TABLE {table} {state} {}",
                quote_ident(&p.name)
            ));
        }
        let context = match kind {
            PostKind::Constraint => format!(
                "the restored data breaks constraint {} of table {}; nothing was restored",
                p.name, p.table
            ),
            PostKind::Index => format!(
                "cannot re-create index {} of table {}; nothing was restored",
                p.name, p.table
            ),
            PostKind::Trigger => format!(
                "cannot re-create trigger {} of table {}; nothing was restored",
                p.name, p.table
            ),
        };
        crate::citus::execute_script(tx, &sql).await.db(context)?;
    }
    Ok(())
}

/// What the row triggers checked and still must hold for restored history, as
/// set-based queries: every referenced user exists, and no active appointment overlaps
/// a calendar block of its therapist.
async fn check_history(tx: &mut TenantTx<'_>) -> Result<()> {
    let missing: Vec<i64> = db::query_scalar(
        "SELECT DISTINCT x.id FROM (
             SELECT therapist_id AS id FROM appointments
             UNION SELECT client_id FROM appointments
             UNION SELECT therapist_id FROM calendar_blocks) x
         WHERE NOT EXISTS (SELECT 1 FROM theratime.users u WHERE u.id = x.id)
         ORDER BY 1 LIMIT 10",
    )
    .fetch_all(&mut **tx)
    .await
    .db("cannot check the restored users")?;
    if !missing.is_empty() {
        let ids: Vec<String> = missing.iter().map(|i| i.to_string()).collect();
        return Err(Error::invalid(format!(
            "the archive's appointments or blocks reference users that neither it nor this database has (ids {}); \
             nothing was restored",
            ids.join(", ")
        )));
    }
    let clashes: Vec<(i64, i64, i64, i64)> = db::query_as(
        "SELECT a.id, b.id, a.therapist_id, count(*) OVER ()
         FROM appointments a JOIN calendar_blocks b
           ON b.therapist_id = a.therapist_id
          AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(a.starts_at, a.ends_at, '[)')
         WHERE a.status <> 'cancelled'
         ORDER BY a.id, b.id LIMIT 5",
    )
    .fetch_all(&mut **tx)
    .await
    .db("cannot check the restored appointments against the calendar blocks")?;
    if let Some(&(_, _, _, total)) = clashes.first() {
        let list: Vec<String> = clashes
            .iter()
            .map(|(a, b, t, _)| format!("appointment {a} overlaps block {b} of therapist {t}"))
            .collect();
        return Err(Error::invalid(format!(
            "the archive has {total} active appointment(s) overlapping a calendar block of their therapist ({}{}); \
             nothing was restored",
            list.join(", "),
            if total > 5 { ", …" } else { "" }
        )));
    }
    Ok(())
}
