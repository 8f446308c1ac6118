#!/usr/bin/env bash
# Benchmark: `theratime backup --tenant` of one tenant with N appointments (default
# 100,000) against `pg_dump -n tenant_<id> -Fc` of its schema, alternating, 3 rounds.
# Usage: bench/backup_tenant.sh [N]
source "$(dirname "$0")/_common.sh"
N=${1:-100000}
ID=$(make_tenant big "$N")
run_tt() { "$BIN" backup -t big --out "$WORK/tt" -q >/dev/null; }
run_pd() { "$PGBIN/pg_dump" -d "$URL" -n "tenant_$ID" -Fc -f "$WORK/pd.dump"; }
run_tt; run_pd
t_tt=0; t_pd=0
for round in 1 2 3; do
    a=$(now); run_tt; b=$(now); run_pd; c=$(now)
    t_tt=$(awk "BEGIN { print $t_tt + $b - $a }"); t_pd=$(awk "BEGIN { print $t_pd + $c - $b }")
done
size_tt=$(ls -l "$WORK"/tt/big-*.ttbk | tail -1 | awk '{print $5}')
size_pd=$(stat -c %s "$WORK/pd.dump")
printf 'backup of one tenant with %d appointments (release build, same server, 3 rounds):\n' "$N"
awk -v tt="$t_tt" -v pd="$t_pd" -v st="$size_tt" -v sp="$size_pd" 'BEGIN {
    printf "  theratime backup -t      : %7.3f s  (%d bytes)\n", tt / 3, st
    printf "  pg_dump -n -Fc           : %7.3f s  (%d bytes)\n", pd / 3, sp
    printf "  ratio theratime/pg_dump  : %7.2fx (target <= 1.0x)\n", tt / pd
}'
