#!/usr/bin/env bash
# Benchmarks of recurring series and fleet reports (release build, one server, one run):
#  1. a 52-week series: one `book --repeat weekly --count 52` process against 52 single
#     `book` processes (their total) and against one `psql -1 -f` script inserting the
#     same series row and 52 appointment rows (mean of ROUNDS rounds, each round into a
#     fresh therapist and client);
#  2. `report utilization --all-tenants --jobs 2` over TENANTS tenants with APPTS
#     appointments each (5 therapists with Mon-Fri hours, 50 clients per tenant).
# Usage: bench/series.sh [ROUNDS] [TENANTS] [APPTS]   (defaults 5, 1000 and 1000)
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-5}
TENANTS=${2:-1000}
APPTS=${3:-1000}

# 1. One tenant in Europe/Berlin; a therapist and a client per round and side.
A=$("$BIN" tenant create bench-series --name series --timezone Europe/Berlin -q)
psql -X -q -d "$URL" -c "INSERT INTO theratime.users (tenant_id, email, display_name, role)
    SELECT $A, side || r || '-t@bench.test', 'T', 'therapist' FROM generate_series(1, $ROUNDS) r, unnest(ARRAY['s','m','p']) side
    UNION ALL
    SELECT $A, side || r || '-c@bench.test', 'C', 'client' FROM generate_series(1, $ROUNDS) r, unnest(ARRAY['s','m','p']) side" >/dev/null
uid() { psql -X -At -d "$URL" -c "SELECT id FROM theratime.users WHERE email = '$1'"; }
series=0; many=0; script=0
for r in $(seq 1 "$ROUNDS"); do
    a=$(now)
    "$BIN" -t bench-series book --therapist "s$r-t@bench.test" --client "s$r-c@bench.test" \
        --at "2030-01-07 10:00" --duration 50m --repeat weekly --count 52 -q >/dev/null
    b=$(now)
    for w in $(seq 0 51); do
        day=$(date -u -d "2030-01-07 + $((w * 7)) days" +%Y-%m-%d)
        "$BIN" -t bench-series book --therapist "m$r-t@bench.test" --client "m$r-c@bench.test" \
            --at "$day 10:00" --duration 50m -q >/dev/null
    done
    c=$(now)
    T=$(uid "p$r-t@bench.test"); C=$(uid "p$r-c@bench.test")
    {
        echo "SET search_path TO tenant_$A;"
        echo "INSERT INTO appointment_series (therapist_id, client_id, repeat, first_date, local_time, time_zone, occurrences)
              VALUES ($T, $C, 'weekly', '2030-01-07', '10:00', 'Europe/Berlin', 52) RETURNING id AS sid \\gset"
        for w in $(seq 0 51); do
            day=$(date -u -d "2030-01-07 + $((w * 7)) days" +%Y-%m-%d)
            echo "INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, series_id)
                  VALUES ($T, $C, '$day 10:00 Europe/Berlin', '$day 10:50 Europe/Berlin', :sid);"
        done
    } > "$WORK/series-$r.sql"
    d=$(now)
    psql -X -q -1 -v ON_ERROR_STOP=1 -d "$URL" -f "$WORK/series-$r.sql" >/dev/null
    e=$(now)
    series=$(awk "BEGIN { print $series + $b - $a }")
    many=$(awk "BEGIN { print $many + $c - $b }")
    script=$(awk "BEGIN { print $script + $e - $d }")
done
got=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM tenant_$A.appointments")
ms() { awk "BEGIN { printf \"%.1f\", $1 * 1000 / $ROUNDS }"; }
echo "recurring series (release build, same server, mean of $ROUNDS rounds, $got appointments booked):"
echo "  book --repeat weekly --count 52: $(ms "$series") ms; 52 single book calls: $(ms "$many") ms; ratio $(ratio "$series" "$many")x (target <= 0.1x)"
echo "  psql -1 -f of the same series row and 52 inserts: $(ms "$script") ms; ratio $(ratio "$series" "$script")x (target <= 1.5x)"

# 2. TENANTS tenants, each with 5 therapists (Mon-Fri 09:00-17:00), 50 clients and
#    APPTS appointments (50 minutes on the hour, statuses mixed) over ten weeks of 2030.
echo "creating $TENANTS tenants with $APPTS appointments each ..." >&2
make_tenants "$URL" rep "$TENANTS"
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" >/dev/null <<SQL
INSERT INTO theratime.users (tenant_id, email, display_name, role)
SELECT t.id, t.slug || '-t' || g || '@bench.test', 'T' || g, 'therapist' FROM theratime.tenants t, generate_series(1, 5) g
WHERE t.slug LIKE 'rep-%'
UNION ALL
SELECT t.id, t.slug || '-c' || g || '@bench.test', 'C' || g, 'client' FROM theratime.tenants t, generate_series(1, 50) g
WHERE t.slug LIKE 'rep-%';
-- Filled as the data it is (valid by construction), without the row triggers.
SET session_replication_role = replica;
DO \$\$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM theratime.tenants WHERE slug LIKE 'rep-%' ORDER BY id LOOP
        EXECUTE format(\$f\$
            CREATE TEMP TABLE th ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM theratime.users WHERE tenant_id = %1\$s AND role = 'therapist';
            CREATE TEMP TABLE cl ON COMMIT DROP AS
                SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM theratime.users WHERE tenant_id = %1\$s AND role = 'client';
            INSERT INTO tenant_%1\$s.working_hours (therapist_id, weekday, opens, closes)
                SELECT id, d, '09:00', '17:00' FROM th, generate_series(1, 5) d;
            INSERT INTO tenant_%1\$s.appointments (therapist_id, client_id, starts_at, ends_at, status)
                SELECT th.id, cl.id, s, s + interval '50 minutes',
                       (ARRAY['booked', 'completed', 'cancelled', 'no_show'])[1 + i %% 4]
                FROM generate_series(0, $APPTS - 1) i
                JOIN th ON th.k = i %% 5 JOIN cl ON cl.k = i %% 50
                CROSS JOIN LATERAL (SELECT timestamptz '2030-01-07 09:00Z'
                    + ((i / 5) / 8 / 5 * 7 + (i / 5) / 8 %% 5) * interval '1 day'
                    + ((i / 5) %% 8) * interval '1 hour' AS s) x;
            DROP TABLE th, cl;
        \$f\$, t);
    END LOOP;
END
\$\$;
SQL
total=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM theratime.tenants WHERE slug LIKE 'rep-%'")
times=()
for i in 1 2 3; do
    a=$(now)
    "$BIN" report utilization --all-tenants --jobs 2 --from 2030-01-07 --to 2030-03-17 -o json >"$WORK/report.json"
    b=$(now)
    times+=("$(secs "$a" "$b")")
done
best=$(printf '%s\n' "${times[@]}" | sort -g | head -1)
rows=$(grep -c '"tenant"' "$WORK/report.json")
echo "  report utilization --all-tenants --jobs 2, $total tenants x $APPTS appointments ($rows rows): best of 3 ${best} s (runs: ${times[*]})"
