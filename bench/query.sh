#!/usr/bin/env bash
# Benchmark of fleet queries (release build, one server, one run): TENANTS tenants
# (default 1000) made as `tenant create` makes them, each with APPTS appointments
# (default 10); `theratime query --all-tenants "SELECT count(*) FROM appointments"
# --jobs 2` against a psql script that runs the same SELECT per schema in one session
# (`SET search_path` per tenant). Each side runs ROUNDS times (default 3), alternating;
# the best time of each counts.
# Usage: bench/query.sh [TENANTS] [APPTS] [ROUNDS]
source "$(dirname "$0")/lib.sh"
N=${1:-1000}
APPTS=${2:-10}
ROUNDS=${3:-3}
SQL="SELECT count(*) FROM appointments"

echo "creating $N tenants with $APPTS appointments each ..." >&2
make_tenants "$URL" query "$N"
FILL=$WORK/fill.sql
psql -X -At -d "$URL" -c "SELECT id FROM theratime.tenants ORDER BY id" | while read -r id; do
    echo "INSERT INTO theratime.users (tenant_id, email, display_name, role) VALUES
          ($id, 'q$id-t@bench.test', 'T', 'therapist'), ($id, 'q$id-c@bench.test', 'C', 'client');"
    echo "INSERT INTO tenant_$id.appointments (therapist_id, client_id, starts_at, ends_at)
          SELECT t.id, c.id, '2026-01-01Z'::timestamptz + i * interval '1 hour',
                 '2026-01-01Z'::timestamptz + i * interval '1 hour' + interval '50 minutes'
          FROM generate_series(0, $APPTS - 1) i,
               (SELECT id FROM theratime.users WHERE email = 'q$id-t@bench.test') t,
               (SELECT id FROM theratime.users WHERE email = 'q$id-c@bench.test') c;"
done > "$FILL"
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$FILL" >/dev/null
psql -X -q -d "$URL" -c "VACUUM ANALYZE" >/dev/null

# The psql side: the same statement in every schema, in one session.
PSQL_SQL=$WORK/psql-query.sql
psql -X -At -d "$URL" -c "SELECT id FROM theratime.tenants ORDER BY id" | while read -r id; do
    echo "SET search_path TO tenant_$id;"
    echo "$SQL;"
done > "$PSQL_SQL"
TENANTS=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM theratime.tenants")

# Both sides must answer the same: one count per tenant.
rows=$("$BIN" query --all-tenants --jobs 2 -o csv "$SQL" | tail -n +2 | wc -l)
[ "$rows" = "$TENANTS" ] || { echo "query printed $rows rows for $TENANTS tenants" >&2; exit 1; }

best_q=; best_p=
for _ in $(seq 1 "$ROUNDS"); do
    a=$(now)
    "$BIN" query --all-tenants --jobs 2 -o csv "$SQL" >/dev/null
    b=$(now)
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$URL" -f "$PSQL_SQL" >/dev/null
    c=$(now)
    q=$(secs "$a" "$b"); p=$(secs "$b" "$c")
    if [ -z "$best_p" ] || awk "BEGIN { exit !($p < $best_p) }"; then best_p=$p; fi
    if [ -z "$best_q" ] || awk "BEGIN { exit !($q < $best_q) }"; then best_q=$q; fi
done

echo "fleet query (release build, same server, best of $ROUNDS):"
echo "  $TENANTS tenants x $APPTS appointments: query --all-tenants --jobs 2: ${best_q} s   psql script: ${best_p} s   ratio $(ratio "$best_q" "$best_p")x (target <= 1.0x)"
