#!/usr/bin/env bash
# Benchmark: `theratime tenant create` against `psql -X -1 -f` of the same DDL (the
# tenant row, CREATE SCHEMA, the tenant migrations with their history table, the
# bookkeeping and audit rows), both as whole processes on the same server.
# Usage: bench/tenant_create.sh [N]   (release build; N tenants per side, default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
cargo build --release -q
BIN=$PWD/target/release/theratime
export THERATIME_DATA_DIR
THERATIME_DATA_DIR=$(mktemp -d /tmp/theratime-bench-XXXXXX)
chmod 755 "$THERATIME_DATA_DIR"
trap '"$BIN" local destroy --yes -q >/dev/null 2>&1 || true; rm -rf "$THERATIME_DATA_DIR"' EXIT
URL=$("$BIN" local start -q)
export THERATIME_DATABASE_URL=$URL
"$BIN" migrate -q >/dev/null

SQL=$(mktemp /tmp/theratime-bench-XXXXXX.sql)
{
    echo "INSERT INTO theratime.tenants (slug, name, time_zone) VALUES (:'slug', :'slug', 'UTC') RETURNING id AS tid \\gset"
    echo 'CREATE SCHEMA tenant_:tid;'
    echo 'SET LOCAL search_path TO tenant_:tid;'
    echo 'CREATE TABLE IF NOT EXISTS refinery_schema_history (version int4 PRIMARY KEY, name varchar(255), applied_on varchar(255), checksum varchar(255));'
    cat migrations/tenant/V1__initial.sql
    echo "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES (1, 'initial', now()::text, '0');"
    echo "INSERT INTO theratime.tenant_migrations (tenant_id, version, last_status, last_target, last_duration_ms) VALUES (:tid, 1, 'ok', 1, 0);"
    echo "INSERT INTO theratime.audit_log (os_user, command, tenant_id, tenant_slug, target, outcome) VALUES (current_user, 'tenant create', :tid, :'slug', :'slug', 'created');"
} > "$SQL"

now() { date +%s.%N; }
run_theratime() { for i in $(seq 1 "$N"); do "$BIN" tenant create "tt-$1-$i" --name "T $i" -q >/dev/null; done; }
run_psql() { for i in $(seq 1 "$N"); do psql -X -q -1 -v ON_ERROR_STOP=1 -v slug="ps-$1-$i" -d "$URL" -f "$SQL" >/dev/null; done; }

# Warm up both, then alternate rounds so neither side gets a warmer server.
run_theratime w; run_psql w
t_tt=0; t_ps=0
for round in 1 2 3; do
    a=$(now); run_theratime "r$round"; b=$(now); run_psql "r$round"; c=$(now)
    t_tt=$(awk "BEGIN { print $t_tt + $b - $a }"); t_ps=$(awk "BEGIN { print $t_ps + $c - $b }")
done
total=$((3 * N))
printf 'tenant create, %d tenants each (release build, same server):\n' "$total"
awk -v tt="$t_tt" -v ps="$t_ps" -v n="$total" 'BEGIN {
    printf "  theratime tenant create : %7.2f ms/tenant\n", tt * 1000 / n
    printf "  psql -X -1 -f (same DDL): %7.2f ms/tenant\n", ps * 1000 / n
    printf "  ratio theratime/psql    : %7.2fx (target <= 1.2x)\n", tt / ps
}'
rm -f "$SQL"
