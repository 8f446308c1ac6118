//! Step 1 of a restore: the archive, read once without the database, checked against
//! this binary: its header field by field as the CLI validates the same values, the
//! sections' layout and the migrations.

use std::collections::HashSet;

use super::MAX_ID;
use crate::backup::archive::Description;
use crate::db;
use crate::db::ident::USER_COLUMNS;
use crate::error::{Error, Result};
use crate::fleet::migrations::MigrationSet;
use crate::tenants;

/// `Ok` when `v` is a valid id or sequence position (1 ..= [`MAX_ID`]).
pub(super) fn check_id(v: i64) -> std::result::Result<(), String> {
    if (1..=MAX_ID).contains(&v) {
        Ok(())
    } else {
        Err(format!(
            "{v} is out of range (ids and sequence positions are 1 to 2^53 = {MAX_ID})"
        ))
    }
}

/// Printable text of at most `max` characters.
fn check_text(v: &str, max: usize) -> std::result::Result<(), String> {
    if v.chars().count() <= max && !v.chars().any(char::is_control) {
        Ok(())
    } else {
        Err(format!(
            "{v:?} is not printable text of at most {max} characters"
        ))
    }
}

/// Validate every field of the archive's header as the CLI validates the same values
/// typed by an operator, and the sections' layout; no database needed. The error
/// names the field (exit 5).
pub fn validate_header(desc: &Description, set: &MigrationSet) -> Result<()> {
    let h = &desc.header;
    let t = &h.tenant;
    let bad = |field: &str, why: String| {
        Error::invalid(format!(
            "backup {}: header field {field}: {why}; nothing was restored",
            desc.file
        ))
    };
    let text = |e: Error| e.to_string();
    if h.format != crate::backup::archive::FORMAT {
        return Err(bad(
            "format",
            format!("{} is not {}", h.format, crate::backup::archive::FORMAT),
        ));
    }
    check_id(t.id).map_err(|w| bad("tenant.id", w))?;
    tenants::validate_slug(&t.slug).map_err(|e| bad("tenant.slug", text(e)))?;
    tenants::validate_name(&t.name).map_err(|e| bad("tenant.name", text(e)))?;
    tenants::validate_time_zone(&t.time_zone).map_err(|e| bad("tenant.time_zone", text(e)))?;
    tenants::parse_status(&t.status).map_err(|e| bad("tenant.status", text(e)))?;
    if h.time_zone != t.time_zone {
        return Err(bad(
            "time_zone",
            format!(
                "{:?} differs from tenant.time_zone {:?}",
                h.time_zone, t.time_zone
            ),
        ));
    }
    if h.schema != db::schema_name(t.id) {
        return Err(bad(
            "schema",
            format!("{:?} is not {}", h.schema, db::schema_name(t.id)),
        ));
    }
    if !["fleet", "own"].contains(&h.snapshot.as_str()) {
        return Err(bad(
            "snapshot",
            format!("{:?} is not fleet or own", h.snapshot),
        ));
    }
    if !["zstd", "none"].contains(&h.compression.as_str()) {
        return Err(bad(
            "compression",
            format!("{:?} is not zstd or none", h.compression),
        ));
    }
    check_text(&h.theratime_version, 64).map_err(|w| bad("theratime_version", w))?;
    check_text(&h.server_version, 200).map_err(|w| bad("server_version", w))?;
    // The history is this binary's migrations up to the schema version, in order.
    let ours: Vec<i32> = set
        .tenant
        .iter()
        .map(|m| m.version())
        .filter(|v| *v <= h.schema_version)
        .collect();
    let theirs: Vec<i32> = h.migrations.iter().map(|m| m.version).collect();
    if h.schema_version < 1 || theirs.last() != Some(&h.schema_version) || theirs != ours {
        return Err(bad(
            "migrations",
            format!(
                "the history (versions {theirs:?}) is not this binary's tenant migrations up to schema_version {}",
                h.schema_version
            ),
        ));
    }
    validate_sections(desc)
        .map_err(|w| Error::invalid(format!("backup {}: {w}; nothing was restored", desc.file)))?;
    for (key, value) in &h.sequences {
        let field = format!("sequences[{key:?}]");
        let known = key.split_once('.').is_some_and(|(table, column)| {
            desc.section("table", table)
                .is_some_and(|s| s.columns.iter().any(|c| c == column))
        });
        if !known {
            return Err(bad(
                &field,
                "names no column of a table of the archive".into(),
            ));
        }
        check_id(*value).map_err(|w| bad(&field, w))?;
    }
    Ok(())
}

/// The layout restore relies on: the users section first, with the columns this
/// binary writes, then tenant tables, each once.
fn validate_sections(desc: &Description) -> std::result::Result<(), String> {
    match desc.sections.first() {
        Some(u) if u.kind == "users" && u.name == "users" && u.columns == USER_COLUMNS => {}
        _ => {
            return Err(
                "the first section is not the users section with the columns this binary expects"
                    .into(),
            );
        }
    }
    let mut seen = HashSet::new();
    for s in &desc.sections[1..] {
        if s.kind != "table" {
            return Err(format!(
                "section {:?} is of kind {:?}, not table",
                s.name, s.kind
            ));
        }
        if !seen.insert(s.name.as_str()) {
            return Err(format!("table {:?} has two sections", s.name));
        }
    }
    Ok(())
}

/// Check an archive against this binary before touching any database: its header
/// and layout ([`validate_header`]) and its migrations.
pub fn check_archive(desc: &Description, set: &MigrationSet) -> Result<()> {
    let h = &desc.header;
    let latest = set.latest_tenant_version();
    if h.schema_version > latest {
        return Err(Error::invalid(format!(
            "backup {} is of schema version {}, newer than this binary knows ({latest}); restore it with a newer theratime",
            desc.file, h.schema_version
        )));
    }
    for m in &h.migrations {
        match set.tenant.iter().find(|x| x.version() == m.version) {
            Some(ours) if ours.checksum().to_string() == m.checksum => {}
            Some(ours) => {
                return Err(Error::invalid(format!(
                    "backup {}: its migration V{}__{} differs from this binary's V{}__{} (checksum); \
                     restore it with the theratime version that wrote it",
                    desc.file,
                    m.version,
                    m.name,
                    ours.version(),
                    ours.name()
                )));
            }
            None => {
                return Err(Error::invalid(format!(
                    "backup {}: its migration V{}__{} is unknown to this binary",
                    desc.file, m.version, m.name
                )));
            }
        }
    }
    validate_header(desc, set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::archive::{Header, MigrationRow, SectionSummary, TenantRow};

    fn section(kind: &str, name: &str, columns: &[&str]) -> SectionSummary {
        SectionSummary {
            name: name.into(),
            kind: kind.into(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: 0,
            bytes: 0,
            sha256: String::new(),
        }
    }

    /// The description of a valid archive of tenant 7, as `backup` writes it.
    fn valid(set: &MigrationSet) -> Description {
        let at = chrono::DateTime::from_timestamp(1_764_277_532, 0).unwrap();
        Description {
            file: "acme.ttbk".into(),
            encrypted: false,
            size_bytes: 0,
            file_sha256: String::new(),
            header: Header {
                format: crate::backup::archive::FORMAT,
                theratime_version: "0.1.0".into(),
                created_at: at,
                tenant: TenantRow {
                    id: 7,
                    slug: "acme".into(),
                    name: "Acme Therapy".into(),
                    time_zone: "Europe/Berlin".into(),
                    status: "active".into(),
                    created_at: at,
                    updated_at: at,
                },
                time_zone: "Europe/Berlin".into(),
                schema: "tenant_7".into(),
                schema_version: set.latest_tenant_version(),
                migrations: set
                    .tenant
                    .iter()
                    .map(|m| MigrationRow {
                        version: m.version(),
                        name: m.name().into(),
                        checksum: m.checksum().to_string(),
                    })
                    .collect(),
                snapshot: "fleet".into(),
                server_version: "17.2".into(),
                compression: "zstd".into(),
                sequences: [("appointments.id".to_string(), 12)].into(),
            },
            sections: vec![
                section("users", "users", USER_COLUMNS),
                section(
                    "table",
                    "appointments",
                    &["id", "therapist_id", "client_id"],
                ),
                section("table", "calendar_blocks", &["id", "therapist_id"]),
            ],
        }
    }

    #[test]
    fn header_fields_are_validated_and_the_error_names_the_field() {
        let set = MigrationSet::embedded();
        check_archive(&valid(&set), &set).unwrap();
        type Edit = fn(&mut Description);
        let cases: &[(Edit, &str)] = &[
            (|d| d.header.format = 2, "header field format"),
            (
                |d| d.header.tenant.id = 0,
                "header field tenant.id: 0 is out of range",
            ),
            (|d| d.header.tenant.id = -5, "header field tenant.id: -5"),
            (
                |d| d.header.tenant.id = MAX_ID + 1,
                "header field tenant.id: 9007199254740993",
            ),
            (
                |d| d.header.tenant.slug = "tenant_7".into(),
                "header field tenant.slug",
            ),
            (
                |d| d.header.tenant.name = " ".into(),
                "header field tenant.name",
            ),
            (
                |d| d.header.tenant.name = "a\nb".into(),
                "header field tenant.name",
            ),
            (
                |d| d.header.tenant.time_zone = "Mars/Olympus_Mons".into(),
                "header field tenant.time_zone",
            ),
            (
                |d| d.header.time_zone = "UTC".into(),
                "header field time_zone",
            ),
            (
                |d| d.header.tenant.status = "Active".into(),
                "header field tenant.status",
            ),
            (
                |d| d.header.schema = "tenant_8".into(),
                "header field schema",
            ),
            (
                |d| d.header.snapshot = "mine".into(),
                "header field snapshot",
            ),
            (
                |d| d.header.compression = "gzip".into(),
                "header field compression",
            ),
            (
                |d| d.header.server_version = "x\u{1b}[2J".into(),
                "header field server_version",
            ),
            (
                |d| d.header.theratime_version = "v".repeat(65),
                "header field theratime_version",
            ),
            (|d| d.header.migrations.clear(), "header field migrations"),
            (|d| d.header.schema_version = 0, "header field migrations"),
            (
                |d| {
                    d.header.sequences.insert("appointments.id".into(), 0);
                },
                "header field sequences[\"appointments.id\"]: 0 is out of range",
            ),
            (
                |d| {
                    d.header
                        .sequences
                        .insert("appointments.id".into(), i64::MAX);
                },
                "header field sequences[\"appointments.id\"]: 9223372036854775807",
            ),
            (
                |d| {
                    d.header.sequences.insert("users.id".into(), 3);
                },
                "header field sequences[\"users.id\"]: names no column",
            ),
            (
                |d| {
                    d.header.sequences.insert("appointments.room".into(), 3);
                },
                "header field sequences[\"appointments.room\"]: names no column",
            ),
            (
                |d| d.sections[0].name = "appointments".into(),
                "the first section is not the users section",
            ),
            (
                |d| {
                    d.sections[0].columns.pop();
                },
                "the first section is not the users section",
            ),
            (
                |d| d.sections[2].kind = "users".into(),
                "section \"calendar_blocks\" is of kind \"users\"",
            ),
            (
                |d| d.sections[2].name = "appointments".into(),
                "table \"appointments\" has two sections",
            ),
        ];
        for (i, (edit, want)) in cases.iter().enumerate() {
            let mut d = valid(&set);
            edit(&mut d);
            let err = check_archive(&d, &set).expect_err(want);
            assert_eq!(err.exit_code(), 5, "case {i}");
            assert!(err.to_string().contains(want), "case {i}: {err}");
        }
        // The largest id is fine.
        let mut d = valid(&set);
        d.header.tenant.id = MAX_ID;
        d.header.schema = db::schema_name(MAX_ID);
        check_archive(&d, &set).unwrap();
    }
}
