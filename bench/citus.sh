#!/usr/bin/env bash
# Benchmarks on a Citus cluster (release build, one run, loopback):
#  1. TENANTS tenants spread over two workers, one new migration:
#     `migrate --all-tenants --jobs 2` on Citus against the same on one plain server
#     (bench/lib.sh's local cluster), and `tenant list` on Citus (target <= 0.5 s);
#  2. `tenant move` of a tenant with APPOINTMENTS appointments: its time, and the
#     longest pause seen by a concurrent `book` loop on the moved tenant.
# Needs citus installed (../shared/citus/install.sh) and ../shared/citus/cluster.sh,
# or CITUS_URL pointing at the coordinator of an existing cluster with two workers
# (its database is used as it is: give it an empty one).
# Usage: bench/citus.sh [TENANTS] [APPOINTMENTS]   (defaults 1000 and 10000)
source "$(dirname "$0")/_common.sh"
N=${1:-1000}
APPTS=${2:-10000}

CLUSTER_SH=$(cd "$(dirname "$0")/.." && pwd)/../shared/citus/cluster.sh
if [ -z "${CITUS_URL:-}" ]; then
    [ -f "$CLUSTER_SH" ] || { echo "no CITUS_URL and no $CLUSTER_SH" >&2; exit 1; }
    CDIR=$(mktemp -d /tmp/theratime-bench-citus-XXXXXX)
    chmod 755 "$CDIR"
    trap 'bash "$CLUSTER_SH" stop "$CDIR"; rm -rf "$CDIR"; "$BIN" local destroy --yes -q >/dev/null 2>&1 || true; rm -rf "$THERATIME_DATA_DIR" "$WORK"' EXIT
    CITUS_URL=$(bash "$CLUSTER_SH" start "$CDIR/c")
fi
cit() { THERATIME_DATABASE_URL=$CITUS_URL "$BIN" "$@"; }
cit migrate --global -q >/dev/null

MIG=$WORK/migrations
mkdir -p "$MIG"
cp -r migrations/global migrations/tenant "$MIG"/
printf 'ALTER TABLE appointments ADD COLUMN room text;\nCREATE INDEX appointments_room_idx ON appointments (room);\n' > "$MIG/tenant/V$((TENANT_VERSION + 1))__add_room.sql"

# The tenant-create script of lib.sh, creating a distributed schema on Citus.
CITUS_SQL=$WORK/tenant-citus.sql
{ echo 'SET LOCAL citus.enable_schema_based_sharding TO on;'; echo 'SET LOCAL citus.enable_unsafe_triggers TO on;'; cat "$TENANT_SQL"; } > "$CITUS_SQL"
make_citus_tenants() {
    local n=$1 f=$WORK/make-citus.sql
    : > "$f"
    for i in $(seq 1 "$n"); do
        { echo "\\set slug cfleet-$i"; echo 'BEGIN;'; cat "$CITUS_SQL"; echo 'COMMIT;'; } >> "$f"
    done
    psql -X -q -v ON_ERROR_STOP=1 -d "$CITUS_URL" -f "$f" >/dev/null
}

echo "creating $N tenants on one server and on the Citus cluster ..." >&2
make_tenants "$URL" fleet "$N"
make_citus_tenants "$N"
psql -X -At -d "$CITUS_URL" -c "SELECT nodeport, count(DISTINCT colocation_id) FROM citus_shards WHERE citus_table_type = 'schema' GROUP BY 1" >&2

a=$(now); "$BIN" --migrations "$MIG" migrate --all-tenants --jobs 2 -q >/dev/null; b=$(now)
cit --migrations "$MIG" migrate --all-tenants --jobs 2 -q >/dev/null; c=$(now)
cit tenant list -o json >/dev/null; d=$(now)
plain=$(secs "$a" "$b"); citus=$(secs "$b" "$c"); list=$(secs "$c" "$d")

# 2. tenant move of a tenant with $APPTS appointments while `book` runs on it.
URL_SAVE=$URL; URL=$CITUS_URL
export THERATIME_DATABASE_URL=$CITUS_URL
# The cluster's tenants are at the extra migration now: this binary uses the same set.
export THERATIME_MIGRATIONS=$MIG
id=$(make_tenant bench-move "$APPTS")
URL=$URL_SAVE
T=$(psql -X -At -d "$CITUS_URL" -c "SELECT min(id) FROM theratime.users WHERE tenant_id = $id AND role = 'therapist'")
C=$(psql -X -At -d "$CITUS_URL" -c "SELECT min(id) FROM theratime.users WHERE tenant_id = $id AND role = 'client'")
from=$("$BIN" tenant show bench-move -o json | sed -n 's/.*"node": "\(.*\)".*/\1/p')
to=$(psql -X -At -d "$CITUS_URL" -c "SELECT nodename || ':' || nodeport FROM pg_dist_node WHERE groupid <> 0 AND nodename || ':' || nodeport <> '$from' LIMIT 1")
LOG=$WORK/book-times
: > "$LOG"
STOP=$WORK/stop
( i=0
  while [ ! -e "$STOP" ]; do
      at=$(date -u -d "2031-01-01 + $((i / 8)) days" +%Y-%m-%d)
      s=$(now); "$BIN" -t bench-move book --therapist "$T" --client "$C" --at "$at $((9 + i % 8)):00" --duration 30m -q >/dev/null 2>&1; e=$(now)
      echo "$s $e" >> "$LOG"; i=$((i + 1))
  done ) &
BOOKER=$!
sleep 2
a=$(now); "$BIN" tenant move bench-move --node "$to" -q >/dev/null; b=$(now)
sleep 2
touch "$STOP"; wait "$BOOKER"
move=$(secs "$a" "$b")
# The longest gap between the end of one booking and the end of the next while the
# move ran: the pause a user of the tenant saw.
pause=$(awk -v a="$a" -v b="$b" 'NR > 1 && $2 >= a && prev <= b { g = $2 - prev; if (g > m) m = g } { prev = $2 } END { printf "%.3f", m }' "$LOG")
typical=$(awk -v a="$a" '$2 < a { g = $2 - $1; s += g; n++ } END { printf "%.3f", (n ? s / n : 0) }' "$LOG")
size=$("$BIN" tenant show bench-move -o json | sed -n 's/.*"size_bytes": \([0-9]*\).*/\1/p')

echo "Citus (release build, coordinator + 2 workers on loopback):"
echo "  $N tenants, one new migration, --jobs 2: Citus ${citus} s   one plain server: ${plain} s   ratio $(ratio "$citus" "$plain")x"
echo "  $N tenants: tenant list on Citus ${list} s (target <= 0.5 s)"
echo "  tenant move of a tenant with $APPTS appointments ($size bytes) from $from to $to: ${move} s"
echo "  concurrent book loop on the moved tenant: longest gap ${pause} s during the move (a booking alone: ${typical} s)"
