//! `restore` treats an archive as untrusted input: crafted archives (a real one
//! rewritten, every checksum recomputed, as anyone can) are refused before they change
//! anything.

use std::path::{Path, PathBuf};

use crate::harness::*;
use theratime::backup::archive::{ArchiveReader, ArchiveWriter, Event, Header, SectionStart};

/// An archive taken apart: its header and the COPY text of each section.
pub struct Decoded {
    pub header: Header,
    pub sections: Vec<(SectionStart, String)>,
}

impl Decoded {
    pub fn read(path: &Path) -> Decoded {
        let mut r = ArchiveReader::open(path, &[]).unwrap();
        let header = r.header.clone();
        let mut sections = Vec::new();
        while let Some(ev) = r.next_event().unwrap() {
            match ev {
                Event::Section(s) => sections.push((s, String::new())),
                Event::Data(d) => sections
                    .last_mut()
                    .unwrap()
                    .1
                    .push_str(std::str::from_utf8(&d).unwrap()),
                Event::SectionEnd(_) => {}
            }
        }
        Decoded { header, sections }
    }

    /// Write it as an intact archive: the library's own writer recomputes every
    /// checksum, the header's and the whole file's.
    pub fn write(&self, path: &Path) {
        let file = std::fs::File::create(path).unwrap();
        let mut w = ArchiveWriter::new(file, &self.header, true).unwrap();
        for (start, text) in &self.sections {
            w.begin_section(start.clone()).unwrap();
            w.data(text.as_bytes()).unwrap();
            w.end_section().unwrap();
        }
        w.finish().unwrap();
    }

    /// Set `column` of the rows of section `name` for which `pick` returns true.
    pub fn set(&mut self, name: &str, column: &str, value: &str, pick: impl Fn(&[&str]) -> bool) {
        let (start, text) = self
            .sections
            .iter_mut()
            .find(|(s, _)| s.name == name)
            .unwrap_or_else(|| panic!("no section {name}"));
        let cols = start.columns.clone();
        let at = cols.iter().position(|x| x == column).unwrap();
        let mut changed = 0;
        let rows: Vec<String> = text
            .lines()
            .map(|line| {
                let mut fields: Vec<&str> = line.split('\t').collect();
                if pick(&fields) {
                    fields[at] = value;
                    changed += 1;
                }
                fields.join("\t")
            })
            .collect();
        assert!(changed > 0, "no row of {name} picked");
        *text = rows.iter().map(|r| format!("{r}\n")).collect();
    }

    /// The `id` of the user with `email` in the users section.
    pub fn user_id(&self, email: &str) -> String {
        let line = self.sections[0]
            .1
            .lines()
            .find(|l| l.split('\t').nth(2) == Some(email))
            .unwrap_or_else(|| panic!("{email} not in the users section"));
        line.split('\t').next().unwrap().to_string()
    }
}

/// `src` rewritten by `edit` into a new, intact archive beside it.
pub fn craft(src: &Path, name: &str, edit: impl FnOnce(&mut Decoded)) -> PathBuf {
    let mut d = Decoded::read(src);
    edit(&mut d);
    let out = src.with_file_name(format!("crafted-{name}.ttbk"));
    d.write(&out);
    out
}

/// Every row and the position of every identity sequence of the theratime and tenant
/// schemas: a refused restore leaves both as they were.
fn state(db: &TestDb) -> String {
    let seqs = db.query(
        "SELECT schemaname || '.' || sequencename || '=' || coalesce(last_value::text, '-') FROM pg_sequences
         WHERE schemaname = 'theratime' OR schemaname LIKE 'tenant\\_%' ORDER BY 1",
    );
    format!("{}\n{}", db.snapshot(), seqs.join("\n"))
}

/// Restore `file` with `args`, expect exit `code` and `message` on stderr, and the
/// database exactly as it was.
#[track_caller]
fn refused(db: &TestDb, file: &Path, args: &[&str], code: i32, message: &str) {
    let before = state(db);
    db.cli()
        .args(["restore"])
        .args(args)
        .arg_path(file)
        .fails(code)
        .stderr_contains(message);
    assert_eq!(
        state(db),
        before,
        "the refused restore changed the database"
    );
}

/// A populated tenant `acme` backed up and dropped: its archive restores as it is.
fn dropped_acme(db: &TestDb) -> (tempfile::TempDir, PathBuf) {
    let a = db.tenant("acme");
    populate(db, a, "acme", None);
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let file = archives(dir.path()).remove(0);
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    (dir, file)
}

/// Identity sequences still hand out ids: `tenant create` and `user add` work.
#[track_caller]
fn sequences_still_work(db: &TestDb) {
    db.cli()
        .args(["tenant", "create", "later", "--name", "Later"])
        .succeeds();
    db.cli()
        .args(["user", "add", "-t", "later", "--email", "x@later.test"])
        .args(["--name", "X", "--role", "client"])
        .succeeds();
}

#[test]
fn every_header_field_is_validated_as_the_cli_validates_it() {
    let db = TestDb::new();
    let (_dir, file) = dropped_acme(&db);
    type Edit = fn(&mut Header);
    let cases: &[(&str, Edit, &str)] = &[
        (
            "negative-id",
            |h| h.tenant.id = -5,
            "header field tenant.id: -5 is out of range",
        ),
        (
            "max-id",
            |h| h.tenant.id = i64::MAX,
            "header field tenant.id: 9223372036854775807 is out of range",
        ),
        (
            "zone",
            |h| {
                h.tenant.time_zone = "Mars/Olympus_Mons".into();
                h.time_zone = "Mars/Olympus_Mons".into();
            },
            "header field tenant.time_zone: unknown time zone \"Mars/Olympus_Mons\"",
        ),
        (
            "zones-differ",
            |h| h.time_zone = "Europe/Berlin".into(),
            "header field time_zone",
        ),
        (
            "slug",
            |h| h.tenant.slug = "Acme Inc".into(),
            "header field tenant.slug: invalid slug",
        ),
        (
            "name",
            |h| h.tenant.name = "Acme\u{1b}[31m".into(),
            "header field tenant.name: invalid name",
        ),
        (
            "status",
            |h| h.tenant.status = "deleted".into(),
            "header field tenant.status: invalid tenant status \"deleted\"",
        ),
        (
            "schema",
            |h| h.schema = "tenant_1\"; DROP".into(),
            "header field schema",
        ),
        (
            "snapshot",
            |h| h.snapshot = "\u{7}".into(),
            "header field snapshot",
        ),
        (
            "version",
            |h| h.theratime_version = "\u{1b}]0;x\u{7}".into(),
            "header field theratime_version",
        ),
        (
            "history",
            |h| h.migrations.clear(),
            "header field migrations",
        ),
        (
            "sequence",
            |h| {
                h.sequences.insert("appointments.id".into(), i64::MAX);
            },
            "header field sequences[\"appointments.id\"]: 9223372036854775807 is out of range",
        ),
        (
            "sequence-name",
            |h| {
                h.sequences.insert("evil.id".into(), 5);
            },
            "header field sequences[\"evil.id\"]: names no column",
        ),
    ];
    for (name, edit, message) in cases {
        let bad = craft(&file, name, |d| edit(&mut d.header));
        refused(&db, &bad, &[], 5, message);
        // --dry-run refuses it just the same.
        refused(&db, &bad, &["--dry-run"], 5, message);
    }
    // A column that is not an identity is found once the schema exists (and rolled
    // back with it).
    let bad = craft(&file, "sequence-column", |d| {
        d.header.sequences.insert("appointments.notes".into(), 5);
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        "header field sequences[\"appointments.notes\"]: not an identity column",
    );
    sequences_still_work(&db);
    db.cli().args(["restore"]).arg_path(&file).succeeds();
}

#[test]
fn ids_past_the_bound_or_the_recorded_sequence_are_refused() {
    let db = TestDb::new();
    let (_dir, file) = dropped_acme(&db);
    // A user id of i64::MAX (the admin: no row names them) would have moved the
    // global users sequence to its end: every later `user add` failed.
    let bad = craft(&file, "user-id", |d| {
        let admin = d.user_id("admin@acme.test");
        d.set("users", "id", "9223372036854775807", |f| f[0] == admin);
    });
    refused(&db, &bad, &[], 5, "id: 9223372036854775807 is out of range");
    let bad = craft(&file, "user-tenant", |d| {
        d.set("users", "tenant_id", "0", |f| f[2] == "admin@acme.test");
    });
    refused(&db, &bad, &[], 5, "tenant_id: 0 is out of range");
    // Rows: above 2^53, and past where the archive says the sequence stood.
    let bad = craft(&file, "row-id", |d| {
        d.header.sequences.clear();
        d.set("appointments", "id", "9007199254740993", |f| f[0] == "1");
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        "table appointments: id 9007199254740993 is out of range",
    );
    let bad = craft(&file, "row-past-sequence", |d| {
        assert_eq!(d.header.sequences.get("appointments.id"), Some(&5));
        d.set("appointments", "id", "1000", |f| f[0] == "1");
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        "table appointments: id 1000 is past the position the archive records for its sequence (5)",
    );
    sequences_still_work(&db);
    db.cli().args(["restore"]).arg_path(&file).succeeds();
}

#[test]
fn rows_may_name_only_the_archives_own_users_with_the_right_role() {
    let db = TestDb::new();
    let g = db.tenant("globex");
    let gx = populate(&db, g, "globex", None);
    let (_dir, file) = dropped_acme(&db);
    // An appointment naming globex's therapist and client (in the database, not in
    // the archive): it restored, and acme's appointment list and ICS export showed
    // globex's people.
    let bad = craft(&file, "other-tenant", |d| {
        d.set("appointments", "therapist_id", &gx[1].to_string(), |f| {
            f[0] == "1"
        });
        d.set("appointments", "client_id", &gx[3].to_string(), |f| {
            f[0] == "1"
        });
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        &format!(
            "table appointments: therapist_id may name only users of the archive's users section with the role therapist, but names user {}, whom the archive does not carry",
            gx[1]
        ),
    );
    // The admin as both therapist and client of one appointment.
    let bad = craft(&file, "admin", |d| {
        let admin = d.user_id("admin@acme.test");
        d.set("appointments", "therapist_id", &admin, |f| f[0] == "1");
        d.set("appointments", "client_id", &admin, |f| f[0] == "1");
    });
    refused(&db, &bad, &[], 5, "of role admin");
    // A client as the therapist of a block.
    let bad = craft(&file, "block", |d| {
        let c1 = d.user_id("c1@acme.test");
        d.set("calendar_blocks", "therapist_id", &c1, |f| f[0] == "1");
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        "table calendar_blocks: therapist_id may name only users of the archive's users section with the role therapist",
    );
    db.cli().args(["restore"]).arg_path(&file).succeeds();
}

#[test]
fn sections_are_found_by_kind_and_name() {
    let db = TestDb::new();
    let (_dir, file) = dropped_acme(&db);
    let bad = craft(&file, "users-named", |d| {
        d.sections[0].0.name = "appointments".into()
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        "the first section is not the users section",
    );
    let at = |d: &Decoded, name: &str| d.sections.iter().position(|(h, _)| h.name == name).unwrap();
    let bad = craft(&file, "kind", |d| {
        let i = at(d, "appointments");
        d.sections[i].0.kind = "users".into()
    });
    refused(
        &db,
        &bad,
        &[],
        5,
        "section \"appointments\" is of kind \"users\"",
    );
    let bad = craft(&file, "twice", |d| {
        let again = d.sections[at(d, "appointments")].clone();
        d.sections.push(again);
    });
    refused(&db, &bad, &[], 5, "table \"appointments\" has two sections");
}

#[test]
fn users_are_linked_by_email_only_with_link_users_and_only_in_their_tenant() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let b = db.tenant("beta");
    let g = db.tenant("gamma");
    // acme's client c3 has since moved to beta.
    let ids = populate(&db, a, "acme", Some(b));
    let c3 = ids[5];
    let before = canonical(&db, "acme");
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let file = archives(dir.path()).remove(0);
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    // By default an existing email is refused, listed, with the way out.
    refused(
        &db,
        &file,
        &[],
        3,
        &format!(
            "c3@acme.test (id {c3}): email exists in this database (user {c3} of tenant {b}); --link-users links it"
        ),
    );
    // Never to a user of another tenant than the archive names.
    let bad = craft(&file, "elsewhere", |d| {
        d.set("users", "tenant_id", &g.to_string(), |f| {
            f[2] == "c3@acme.test"
        });
    });
    refused(
        &db,
        &bad,
        &["--link-users"],
        3,
        &format!("but the archive names tenant {g}: not linked across tenants"),
    );
    db.cli()
        .args(["restore", "--link-users"])
        .arg_path(&file)
        .succeeds()
        .stdout_contains("link");
    assert_eq!(canonical(&db, "acme"), before);
}

#[test]
fn only_the_listed_columns_reference_users() {
    // A tenant migration adds `external_user_id`, which holds another system's ids
    // (here: the id of globex's therapist).
    let dir = migrations_dir(&[(
        "tenant",
        &format!("V{}__external_user.sql", tenant_version() + 1),
        "ALTER TABLE appointments ADD COLUMN external_user_id bigint;",
    )]);
    let with_dir = |db: &TestDb| db.cli().args(["--migrations"]).arg_path(dir.path());
    let db = TestDb::new();
    let tenant = |slug: &str| -> i64 {
        with_dir(&db)
            .args(["tenant", "create", slug, "--name", slug, "-q"])
            .succeeds()
            .stdout()
            .trim()
            .parse()
            .unwrap()
    };
    let a = tenant("acme");
    let g = tenant("globex");
    populate(&db, a, "acme", None);
    let gx = populate(&db, g, "globex", None);
    db.exec(&format!(
        "UPDATE tenant_{a}.appointments SET external_user_id = {}",
        gx[1]
    ));
    let out = out_dir();
    with_dir(&db)
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(out.path())
        .succeeds();
    // Nor is globex's therapist made visible to acme's role (user_links).
    assert_eq!(
        db.one(&format!(
            "SELECT theratime.link_referenced_users({a})::text"
        )),
        "0"
    );
    let file = archives(out.path()).remove(0);
    // globex's therapist is not pulled into acme's archive.
    let users = &Decoded::read(&file).sections[0].1;
    assert!(users.contains("t1@acme.test"), "{users}");
    assert!(!users.contains("@globex.test"), "{users}");
    // Restored elsewhere, the column is data: kept as it was, not remapped.
    let db2 = TestDb::new();
    let z: i64 = with_dir(&db2)
        .args(["tenant", "create", "zeta", "--name", "Z", "-q"])
        .succeeds()
        .stdout()
        .trim()
        .parse()
        .unwrap();
    db2.add_user(z, "z@zeta.test", "client");
    with_dir(&db2).args(["restore"]).arg_path(&file).succeeds();
    let tid = db2.one("SELECT id::text FROM theratime.tenants WHERE slug = 'acme'");
    assert_eq!(
        db2.one("SELECT count(*)::text FROM theratime.user_links"),
        "0",
        "no user of another tenant becomes visible through the column"
    );
    assert_eq!(
        db2.one(&format!(
            "SELECT string_agg(DISTINCT external_user_id::text, ',') FROM tenant_{tid}.appointments"
        )),
        gx[1].to_string()
    );
}
