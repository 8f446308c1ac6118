# Shared setup of the backup/restore/export benchmarks (sourced, not run): bench/lib.sh
# (release build, throwaway local cluster, timing helpers) plus a tenant factory.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PGBIN=$(dirname "$(find /usr/lib/postgresql -name pg_dump -path '*bin*' | sort -V | tail -1)")
elapsed() { awk "BEGIN { print $2 - $1 }"; }

# make_tenant SLUG N: a tenant with 50 therapists, 500 clients and N appointments
# (no overlaps), a few blocks; prints its id.
make_tenant() {
    local slug=$1 n=$2 id
    id=$("$BIN" tenant create "$slug" --name "$slug" --timezone Europe/Berlin -q)
    psql -X -q -v ON_ERROR_STOP=1 -d "$URL" >/dev/null <<SQL
INSERT INTO theratime.users (tenant_id, email, display_name, role)
SELECT $id, '$slug-t' || i || '@bench.test', 'Therapist ' || i, 'therapist' FROM generate_series(0, 49) i;
INSERT INTO theratime.users (tenant_id, email, display_name, role)
SELECT $id, '$slug-c' || i || '@bench.test', 'Client ' || i, 'client' FROM generate_series(0, 499) i;
BEGIN;
SET LOCAL search_path TO tenant_$id;
CREATE TEMP TABLE t AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM theratime.users WHERE tenant_id = $id AND role = 'therapist';
CREATE TEMP TABLE c AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM theratime.users WHERE tenant_id = $id AND role = 'client';
INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, status, notes, sequence)
SELECT t.id, c.id, '2026-01-01Z'::timestamptz + (i / 50) * interval '1 hour',
       '2026-01-01Z'::timestamptz + (i / 50) * interval '1 hour' + interval '50 minutes',
       (ARRAY['booked','completed','cancelled','no_show'])[1 + i % 4], 'note ' || i, i % 3
FROM generate_series(0, $n - 1) i JOIN t ON t.k = i % 50 JOIN c ON c.k = i % 500;
INSERT INTO calendar_blocks (therapist_id, starts_at, ends_at, reason)
SELECT id, '2020-01-01Z'::timestamptz + k * interval '1 day', '2020-01-01Z'::timestamptz + k * interval '1 day' + interval '1 hour', 'block' FROM t;
COMMIT;
SQL
    echo "$id"
}
