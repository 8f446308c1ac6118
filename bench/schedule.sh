#!/usr/bin/env bash
# Benchmarks of scheduling (release build, one server, one run):
#  1. one `theratime book` process against `psql -X -c "INSERT …"` of the same row;
#  2. `appointment list` of one week in a tenant holding 100k appointments against the
#     equivalent psql query;
#  3. `book --from-file` with 100k rows against `\copy` of the same rows into the same
#     table (each into a fresh tenant).
# Usage: bench/schedule.sh [BOOKINGS] [ROWS]   (defaults 100 and 100000)
source "$(dirname "$0")/lib.sh"
N=${1:-100}
ROWS=${2:-100000}

setup_tenant() { # slug -> id; a tenant with 200 therapists and 200 clients
    local id
    id=$("$BIN" tenant create "$1" --name "$1" -q)
    psql -X -q -d "$URL" -c "INSERT INTO theratime.users (tenant_id, email, display_name, role)
        SELECT $id, '$1-t' || g || '@bench.test', 'T' || g, 'therapist' FROM generate_series(1, 200) g
        UNION ALL SELECT $id, '$1-c' || g || '@bench.test', 'C' || g, 'client' FROM generate_series(1, 200) g" >/dev/null
    echo "$id"
}

# 1. single bookings: theratime and psql alternate, each its own process.
A=$(setup_tenant bench-book)
T1=$(psql -X -At -d "$URL" -c "SELECT min(id) FROM theratime.users WHERE tenant_id = $A AND role = 'therapist'")
C1=$(psql -X -At -d "$URL" -c "SELECT min(id) FROM theratime.users WHERE tenant_id = $A AND role = 'client'")
tt=0; ps=0
for i in $(seq 1 "$N"); do
    day=$(( (i - 1) / 8 )); hour=$(( 9 + (i - 1) % 8 ))
    at=$(date -u -d "2030-01-01 + $day days" +%Y-%m-%d)
    a=$(now); "$BIN" -t bench-book book --therapist "$T1" --client "$C1" --at "$at ${hour}:00" --duration 30m -q >/dev/null; b=$(now)
    psql -X -q -d "$URL" -c "INSERT INTO tenant_$A.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ($T1, $C1, '$at ${hour}:30Z', '$at ${hour}:59Z')" >/dev/null; c=$(now)
    tt=$(awk "BEGIN { print $tt + $b - $a }"); ps=$(awk "BEGIN { print $ps + $c - $b }")
done
echo "scheduling (release build, same server):"
echo "  book, $N single bookings: theratime $(awk "BEGIN { printf \"%.2f\", $tt * 1000 / $N }") ms, psql -c INSERT $(awk "BEGIN { printf \"%.2f\", $ps * 1000 / $N }") ms per booking, ratio $(ratio "$tt" "$ps")x (target <= 1.5x)"

# The bulk rows: ROWS non-overlapping 30-minute slots over 200 therapists and clients.
B=$(setup_tenant bench-bulk)
C=$(setup_tenant bench-copy)
CSV=$WORK/rows.csv
psql -X -q -d "$URL" -c "\\copy (SELECT 'bench-bulk-t' || (g % 200 + 1) || '@bench.test' AS therapist, 'bench-bulk-c' || (g % 200 + 1) || '@bench.test' AS client, to_char(timestamp '2031-01-01 00:00' + (g / 200) * interval '30 minutes', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at, '30m' AS duration FROM generate_series(0, $ROWS - 1) g) TO '$CSV' WITH (FORMAT csv, HEADER)"
COPY_CSV=$WORK/copy.csv
psql -X -q -d "$URL" -c "\\copy (SELECT t.id, c.id, timestamptz '2031-01-01 00:00Z' + (g / 200) * interval '30 minutes', timestamptz '2031-01-01 00:30Z' + (g / 200) * interval '30 minutes' FROM generate_series(0, $ROWS - 1) g JOIN theratime.users t ON t.email = 'bench-copy-t' || (g % 200 + 1) || '@bench.test' JOIN theratime.users c ON c.email = 'bench-copy-c' || (g % 200 + 1) || '@bench.test') TO '$COPY_CSV' WITH (FORMAT csv)"
a=$(now); "$BIN" -t bench-bulk book --from-file "$CSV" -q >/dev/null; b=$(now)
psql -X -q -d "$URL" -c "\\copy tenant_$C.appointments (therapist_id, client_id, starts_at, ends_at) FROM '$COPY_CSV' WITH (FORMAT csv)"; c=$(now)
bulk=$(secs "$a" "$b"); copy=$(secs "$b" "$c")
got=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM tenant_$B.appointments")
echo "  book --from-file, $ROWS rows ($got booked): ${bulk} s; \\copy: ${copy} s; throughput ratio $(ratio "$copy" "$bulk")x of \\copy (target >= 0.7x)"

# 2. one week of a tenant with ROWS appointments (the bulk tenant).
Q="SELECT a.id, a.starts_at, a.ends_at, a.status, t.email, c.email, a.notes, a.cancel_reason, a.sequence FROM tenant_$B.appointments a LEFT JOIN theratime.users t ON t.id = a.therapist_id LEFT JOIN theratime.users c ON c.id = a.client_id WHERE a.starts_at >= '2031-01-03' AND a.starts_at < '2031-01-10' ORDER BY a.starts_at, a.id"
tt=0; ps=0
for i in $(seq 1 10); do
    a=$(now); "$BIN" -t bench-bulk appointment list --from 2031-01-03 --to 2031-01-09 -o csv >/dev/null; b=$(now)
    psql -X -q -A -d "$URL" -c "$Q" >/dev/null; c=$(now)
    tt=$(awk "BEGIN { print $tt + $b - $a }"); ps=$(awk "BEGIN { print $ps + $c - $b }")
done
rows=$("$BIN" -t bench-bulk appointment list --from 2031-01-03 --to 2031-01-09 -q | wc -l)
echo "  appointment list, one week ($rows rows) of $got: theratime $(awk "BEGIN { printf \"%.1f\", $tt * 100 }") ms, psql $(awk "BEGIN { printf \"%.1f\", $ps * 100 }") ms, ratio $(ratio "$tt" "$ps")x (target <= 1.5x)"
