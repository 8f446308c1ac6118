#!/usr/bin/env bash
# Benchmarks of fleet migrations (release build, one server, one run):
#  1. 1,000 tenants, one new migration (a nullable column and an index on
#     appointments): `migrate --all-tenants --jobs 1` against a generated psql script
#     running the same statements in one session, BEGIN/COMMIT per tenant;
#  2. `--jobs 2` against `--jobs 1`;
#  3. 1,000 tenants with nothing pending: `migrate --all-tenants` and `migrate status`;
#  4. 10,000 tenants: `migrate status` and `tenant list`.
# Usage: bench/fleet.sh [TENANTS] [BIG]   (defaults 1000 and 10000)
source "$(dirname "$0")/lib.sh"
N=${1:-1000}
BIG=${2:-10000}

MIG=$WORK/migrations
mkdir -p "$MIG"
cp -r migrations/global migrations/tenant "$MIG"/
NEXT=$((TENANT_VERSION + 1))
printf 'ALTER TABLE appointments ADD COLUMN room text;\nCREATE INDEX appointments_room_idx ON appointments (room);\n' > "$MIG/tenant/V${NEXT}__add_room.sql"

echo "creating $N tenants ..." >&2
make_tenants "$URL" fleet "$N"
for copy in jobs1 jobs2 psql; do
    psql -X -q -d "$(db_url postgres)" -c "CREATE DATABASE $copy TEMPLATE theratime" >/dev/null
done

# The psql side: the same statements per tenant, with the same bookkeeping.
PSQL_SQL=$WORK/psql-migrate.sql
psql -X -At -d "$(db_url psql)" -c "SELECT id FROM theratime.tenants ORDER BY id" | while read -r id; do
    echo "BEGIN;"
    echo "SET LOCAL search_path TO tenant_$id;"
    cat "$MIG/tenant/V${NEXT}__add_room.sql"
    echo "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES ($NEXT, 'add_room', now()::text, '0');"
    echo "UPDATE theratime.tenant_migrations SET version = $NEXT, last_status = 'ok' WHERE tenant_id = $id;"
    echo "COMMIT;"
done > "$PSQL_SQL"

a=$(now); THERATIME_DATABASE_URL=$(db_url jobs1) "$BIN" --migrations "$MIG" migrate --all-tenants --jobs 1 -q >/dev/null; b=$(now)
THERATIME_DATABASE_URL=$(db_url jobs2) "$BIN" --migrations "$MIG" migrate --all-tenants --jobs 2 -q >/dev/null; c=$(now)
psql -X -q -v ON_ERROR_STOP=1 -d "$(db_url psql)" -f "$PSQL_SQL" >/dev/null; d=$(now)
j1=$(secs "$a" "$b"); j2=$(secs "$b" "$c"); ps=$(secs "$c" "$d")

export THERATIME_DATABASE_URL=$(db_url jobs1)
a=$(now); "$BIN" --migrations "$MIG" migrate --all-tenants -q >/dev/null; b=$(now)
"$BIN" --migrations "$MIG" migrate status -o json >/dev/null; c=$(now)
noop=$(secs "$a" "$b"); st=$(secs "$b" "$c")

echo "creating $BIG tenants for the status and list benchmark ..." >&2
psql -X -q -d "$(db_url postgres)" -c "CREATE DATABASE big TEMPLATE theratime" >/dev/null
make_tenants "$(db_url big)" big "$((BIG - N))"
export THERATIME_DATABASE_URL=$(db_url big)
a=$(now); "$BIN" migrate status -o json >/dev/null; b=$(now)
"$BIN" tenant list -o json >/dev/null; c=$(now)
big_st=$(secs "$a" "$b"); big_ls=$(secs "$b" "$c")

echo "fleet migrations (release build, same server):"
echo "  $N tenants, one new migration, --jobs 1 : ${j1} s   psql script: ${ps} s   ratio $(ratio "$j1" "$ps")x (target <= 1.3x)"
echo "  $N tenants, --jobs 2                    : ${j2} s   speed-up over --jobs 1: $(ratio "$j1" "$j2")x (target >= 1.6x)"
echo "  $N tenants, nothing pending: migrate --all-tenants ${noop} s, migrate status ${st} s (target <= 1 s each)"
echo "  $BIG tenants: migrate status ${big_st} s (target <= 3 s), tenant list ${big_ls} s (target <= 0.5 s)"
