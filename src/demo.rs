//! `theratime demo`: two demo practices with users, a week of appointments from
//! today and a few blocks, created idempotently.

use chrono::{Duration, NaiveTime, Utc};

use crate::appointments::AppointmentStatus;
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Result};
use crate::fleet::migrations::MigrationSet;
use crate::tenants::{self, Created, NewTenant, Tenant};

pub struct DemoSummary {
    pub tenants: Vec<Tenant>,
    pub appointments: u64,
    pub blocks: u64,
}

const PRACTICES: [(&str, &str, &str); 2] = [
    ("demo-berlin", "Praxis am Park (demo)", "Europe/Berlin"),
    (
        "demo-boston",
        "Harbor Counseling (demo)",
        "America/New_York",
    ),
];

pub async fn run(
    conn: &mut sqlx::PgConnection,
    set: &MigrationSet,
    app_role: Option<&str>,
) -> Result<DemoSummary> {
    let mut summary = DemoSummary {
        tenants: Vec::new(),
        appointments: 0,
        blocks: 0,
    };
    for (slug, name, zone) in PRACTICES {
        let tenant = match tenants::create(
            conn,
            set,
            &NewTenant {
                slug,
                name,
                time_zone: zone,
                app_role,
            },
            true,
        )
        .await?
        {
            Created::New(t) | Created::Existed(t) => t,
        };
        let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
        let ids = add_people(&mut tx, tenant.id, slug).await?;
        let (t1, t2, clients) = (ids[1], ids[2], &ids[3..]);
        let tz = tenant.tz();
        let today = Utc::now().with_timezone(&tz).date_naive();
        let mut tx = db::enter_tenant(tx, tenant.id).await?;
        for day in 0..7 {
            let date = today + Duration::days(day);
            let plan = [
                (t1, 10, clients[0]),
                (t1, 11, clients[1]),
                (t1, 14, clients[0]),
                (t2, 9, clients[2]),
                (t2, 13, clients[3]),
                (t2, 16, clients[2]),
            ];
            for (n, (therapist, hour, client)) in plan.into_iter().enumerate() {
                let local = date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("hour"));
                let Ok(start) = crate::time::resolve_local(local, tz, "") else {
                    continue;
                };
                let status = if day == 0 && n == 5 {
                    AppointmentStatus::Cancelled
                } else {
                    AppointmentStatus::Booked
                };
                let r = db::query(
                    "INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, status, notes, idempotency_key)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                )
                .bind(therapist)
                .bind(client)
                .bind(start)
                .bind(start + Duration::minutes(50))
                .bind(status)
                .bind("demo session")
                .bind(format!("demo-{date}-{therapist}-{hour}"))
                .execute(&mut *tx)
                .await
                .db("cannot book a demo appointment")?;
                summary.appointments += r.rows_affected();
            }
            let lunch = date.and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon"));
            if let Ok(start) = crate::time::resolve_local(lunch, tz, "") {
                let r = db::query(
                    "INSERT INTO calendar_blocks (therapist_id, starts_at, ends_at, reason)
                     SELECT $1, $2, $3, 'Lunch' WHERE NOT EXISTS
                       (SELECT 1 FROM calendar_blocks WHERE therapist_id = $1 AND starts_at = $2)",
                )
                .bind(t1)
                .bind(start)
                .bind(start + Duration::hours(1))
                .execute(&mut *tx)
                .await
                .db("cannot add a demo block")?;
                summary.blocks += r.rows_affected();
            }
        }
        audit::record(
            &mut tx,
            &Audit::entry("demo", None, "seeded").tenant_ref(tenant.id, &tenant.slug),
        )
        .await?;
        tx.commit().await?;
        summary.tenants.push(tenant);
    }
    Ok(summary)
}

/// The practice's admin, two therapists and four clients (kept when they exist);
/// returns their ids in that order.
async fn add_people(conn: &mut sqlx::PgConnection, tenant_id: i64, slug: &str) -> Result<Vec<i64>> {
    let people = [
        ("admin", "admin", "Office Admin"),
        ("therapist", "therapist1", "Dr. Ada Winter"),
        ("therapist", "therapist2", "Dr. Ben Sommer"),
        ("client", "client1", "Carla Client"),
        ("client", "client2", "Dan Client"),
        ("client", "client3", "Eve Client"),
        ("client", "client4", "Finn Client"),
    ];
    let mut ids = Vec::new();
    for (role, local, display) in people {
        let email = format!("{local}@{slug}.example");
        db::query(
            "INSERT INTO theratime.users (tenant_id, email, display_name, role) VALUES ($1, $2, $3, $4)
             ON CONFLICT (lower(email)) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(&email)
        .bind(display)
        .bind(role)
        .execute(&mut *conn)
        .await
        .db("cannot add a demo user")?;
        let id: i64 =
            db::query_scalar("SELECT id FROM theratime.users WHERE lower(email) = lower($1)")
                .bind(&email)
                .fetch_one(&mut *conn)
                .await
                .db("cannot read a demo user")?;
        ids.push(id);
    }
    Ok(ids)
}
