#!/usr/bin/env bash
# Benchmark: `theratime restore` of one tenant with N appointments (default 100,000)
# against `pg_restore` of a `pg_dump -n -Fc` dump of the same schema, alternating,
# 3 rounds. Before each round both sides drop what they restore (theratime: `tenant
# drop`; pg_restore: `DROP SCHEMA … CASCADE`). theratime restores more than pg_restore
# (the tenant row and its users, and set-based checks of the loaded history); like
# pg_restore it builds constraints, indexes and triggers after the data.
# Usage: bench/restore_tenant.sh [N]
source "$(dirname "$0")/_common.sh"
N=${1:-100000}
ID=$(make_tenant big "$N")
"$BIN" backup -t big --out "$WORK/tt" -q >/dev/null
FILE=$(ls "$WORK"/tt/big-*.ttbk | tail -1)
"$PGBIN/pg_dump" -d "$URL" -n "tenant_$ID" -Fc -f "$WORK/pd.dump"
run_tt() {
    "$BIN" tenant drop big --yes -q >/dev/null
    a=$(now); "$BIN" restore "$FILE" -q >/dev/null; b=$(now)
    t_tt=$(awk "BEGIN { print $t_tt + $b - $a }")
}
run_pd() {
    psql -X -q -d "$URL" -c "DROP SCHEMA tenant_$ID CASCADE" >/dev/null
    a=$(now); "$PGBIN/pg_restore" -d "$URL" "$WORK/pd.dump"; b=$(now)
    t_pd=$(awk "BEGIN { print $t_pd + $b - $a }")
}
t_tt=0; t_pd=0
run_tt; run_pd
t_tt=0; t_pd=0
for round in 1 2 3; do run_tt; run_pd; done
printf 'restore of one tenant with %d appointments (release build, same server, 3 rounds):\n' "$N"
awk -v tt="$t_tt" -v pd="$t_pd" 'BEGIN {
    printf "  theratime restore          : %7.3f s\n", tt / 3
    printf "  pg_restore (pg_dump -Fc)   : %7.3f s\n", pd / 3
    printf "  ratio theratime/pg_restore : %7.2fx (target <= 1.0x)\n", tt / pd
}'
