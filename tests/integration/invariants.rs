//! Invariants the database enforces even against raw SQL.

use crate::harness::*;

struct Fixture {
    db: TestDb,
    t: i64,
    therapist: i64,
    client: i64,
}

fn fixture() -> Fixture {
    let db = TestDb::new();
    let t = db.tenant("acme");
    let therapist = db.add_user(t, "ther@acme.test", "therapist");
    let client = db.add_user(t, "cli@acme.test", "client");
    Fixture {
        db,
        t,
        therapist,
        client,
    }
}

impl Fixture {
    fn book(&self, from: &str, to: &str) -> String {
        format!(
            "INSERT INTO tenant_{}.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ({}, {}, '{from}', '{to}')",
            self.t, self.therapist, self.client
        )
    }
}

#[test]
fn appointments_of_one_therapist_never_overlap_but_may_touch() {
    let f = fixture();
    f.db.exec(&f.book("2027-01-04 10:00Z", "2027-01-04 11:00Z"));
    f.db.exec(&f.book("2027-01-04 11:00Z", "2027-01-04 12:00Z"));
    assert_eq!(
        f.db.exec_err(&f.book("2027-01-04 10:30Z", "2027-01-04 11:30Z")),
        "23P01"
    );
    // Cancelling frees the slot.
    f.db.exec(&format!("UPDATE tenant_{}.appointments SET status = 'cancelled' WHERE starts_at = '2027-01-04 10:00Z'", f.t));
    f.db.exec(&f.book("2027-01-04 10:00Z", "2027-01-04 11:00Z"));
    // No client is double-booked either, even with another therapist.
    let other = f.db.add_user(f.t, "ther2@acme.test", "therapist");
    assert_eq!(
        f.db.exec_err(&format!(
            "INSERT INTO tenant_{}.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ({other}, {}, '2027-01-04 10:15Z', '2027-01-04 10:45Z')",
            f.t, f.client
        )),
        "23P01"
    );
}

#[test]
fn ends_after_start_everywhere() {
    let f = fixture();
    assert_eq!(
        f.db.exec_err(&f.book("2027-01-04 10:00Z", "2027-01-04 10:00Z")),
        "23514"
    );
    // A negative range fails in tstzrange() (22000) or in the CHECK (23514): both are
    // invalid data, exit 5.
    let negative =
        f.db.exec_err(&f.book("2027-01-04 10:00Z", "2027-01-04 09:00Z"));
    assert!(
        negative == "23514" || negative.starts_with("22"),
        "{negative}"
    );
    assert_eq!(
        f.db.exec_err(&format!(
            "INSERT INTO tenant_{}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({}, '2027-01-04 10:00Z', '2027-01-04 10:00Z')",
            f.t, f.therapist
        )),
        "23514"
    );
}

#[test]
fn blocks_and_appointments_exclude_each_other() {
    let f = fixture();
    f.db.exec(&format!(
        "INSERT INTO tenant_{}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({}, '2027-01-04 12:00Z', '2027-01-04 13:00Z')",
        f.t, f.therapist
    ));
    assert_eq!(
        f.db.exec_err(&f.book("2027-01-04 12:30Z", "2027-01-04 13:30Z")),
        "23P01"
    );
    f.db.exec(&f.book("2027-01-04 13:00Z", "2027-01-04 14:00Z"));
    assert_eq!(
        f.db.exec_err(&format!(
            "INSERT INTO tenant_{}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({}, '2027-01-04 13:30Z', '2027-01-04 15:00Z')",
            f.t, f.therapist
        )),
        "23P01"
    );
    // A reschedule onto the block is refused too.
    assert_eq!(
        f.db.exec_err(&format!(
            "UPDATE tenant_{}.appointments SET starts_at = '2027-01-04 12:00Z', ends_at = '2027-01-04 13:00Z'",
            f.t
        )),
        "23P01"
    );
}

#[test]
fn concurrent_block_and_booking_serialise() {
    // Two sessions, each inside a transaction: the second waits on the therapist's
    // schedule lock and then sees the first one's row.
    let f = fixture();
    let block = format!(
        "INSERT INTO tenant_{}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({}, '2027-02-01 09:00Z', '2027-02-01 10:00Z')",
        f.t, f.therapist
    );
    let book = f.book("2027-02-01 09:30Z", "2027-02-01 10:30Z");
    rt().block_on(async {
        use sqlx::Connection;
        let mut a = sqlx::PgConnection::connect(&f.db.url).await.unwrap();
        let mut b = sqlx::PgConnection::connect(&f.db.url).await.unwrap();
        exec(&mut a, "BEGIN").await;
        exec(&mut a, &block).await;
        let second = tokio::spawn(async move {
            let r = sqlx::raw_sql(sqlx::AssertSqlSafe(book))
                .execute(&mut b)
                .await;
            r.err().and_then(|e| theratime::error::sqlstate(&e))
        });
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert!(
            !second.is_finished(),
            "the booking did not wait for the block's transaction"
        );
        exec(&mut a, "COMMIT").await;
        assert_eq!(second.await.unwrap().as_deref(), Some("23P01"));
    });
}

#[test]
fn same_tenant_rule_holds_for_raw_sql() {
    let f = fixture();
    let other = f.db.tenant("other");
    let foreign_therapist = f.db.add_user(other, "ther@other.test", "therapist");
    let before = f.db.snapshot();
    let insert = |therapist: i64, client: i64| {
        format!(
            "INSERT INTO tenant_{}.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ({therapist}, {client}, '2027-01-04 10:00Z', '2027-01-04 11:00Z')",
            f.t
        )
    };
    // Another tenant's therapist, even with search_path pointing elsewhere.
    assert_eq!(
        f.db.exec_err(&format!(
            "SET search_path TO tenant_{other}; {}",
            insert(foreign_therapist, f.client)
        )),
        "23514"
    );
    // Wrong roles.
    assert_eq!(f.db.exec_err(&insert(f.client, f.client)), "23514");
    assert_eq!(f.db.exec_err(&insert(f.therapist, f.therapist)), "23514");
    // A user who does not exist.
    assert_eq!(f.db.exec_err(&insert(999_999, f.client)), "23503");
    // A deactivated user.
    f.db.exec(&format!(
        "UPDATE theratime.users SET active = false WHERE id = {}",
        f.client
    ));
    assert_eq!(f.db.exec_err(&insert(f.therapist, f.client)), "23514");
    f.db.exec(&format!(
        "UPDATE theratime.users SET active = true WHERE id = {}",
        f.client
    ));
    assert_eq!(f.db.snapshot(), before);

    // Rows already written stay valid when the user later moves or is deactivated.
    f.db.exec(&insert(f.therapist, f.client));
    f.db.exec(&format!(
        "UPDATE theratime.users SET tenant_id = {other} WHERE id = {}",
        f.client
    ));
    f.db.exec(&format!(
        "UPDATE tenant_{}.appointments SET status = 'cancelled'",
        f.t
    ));
    // A table in a schema that is not a tenant's cannot use the guard.
    f.db.exec(&format!(
        "CREATE TABLE public.appointments (LIKE tenant_{}.appointments INCLUDING ALL)",
        f.t
    ));
    f.db.exec("CREATE TRIGGER g BEFORE INSERT ON public.appointments FOR EACH ROW EXECUTE FUNCTION theratime.appointment_guard()");
    assert_eq!(
        f.db.exec_err(
            &insert(f.therapist, f.client).replace(&format!("tenant_{}.", f.t), "public.")
        ),
        "P0001"
    );
}
