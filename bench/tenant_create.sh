#!/usr/bin/env bash
# Benchmark: `theratime tenant create` against `psql -X -1 -f` of the same DDL (the
# tenant row, CREATE SCHEMA, the tenant migrations with their history table, the
# bookkeeping and audit rows), both as whole processes on the same server.
# Usage: bench/tenant_create.sh [N]   (release build; N tenants per side, default 100)
source "$(dirname "$0")/lib.sh"
N=${1:-100}
SQL=$TENANT_SQL

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
