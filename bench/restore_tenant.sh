#!/usr/bin/env bash
# Benchmark: `theratime restore` of one tenant with N appointments (default 100,000)
# against `pg_restore` of a `pg_dump -n -Fc` dump of the same schema, alternating,
# R rounds (default 5) after one warm-up round each. Before each round both sides drop what they restore (theratime: `tenant
# drop`; pg_restore: `DROP SCHEMA … CASCADE`). theratime restores more than pg_restore
# (the tenant row and its users, and set-based checks of the loaded history); like
# pg_restore it builds constraints, indexes and triggers after the data.
# make_tenant's heap is in the order its generating join produced (grouped by client,
# times scattered), as a heap becomes after years of bookings, status changes and
# reschedules; SOURCE=time first CLUSTERs it by start time, the order most favourable to
# pg_restore (theratime loads rows by time whatever the archive's order).
# Usage: [SOURCE=time] bench/restore_tenant.sh [N [R]]
source "$(dirname "$0")/_common.sh"
N=${1:-100000}
R=${2:-5}
ID=$(make_tenant big "$N")
if [ "${SOURCE:-}" = time ]; then
    psql -X -q -d "$URL" -c "CLUSTER tenant_$ID.appointments USING appointments_starts_at_idx"
fi
"$BIN" backup -t big --out "$WORK/tt" -q >/dev/null
FILE=$(ls "$WORK"/tt/big-*.ttbk | tail -1)
"$PGBIN/pg_dump" -d "$URL" -n "tenant_$ID" -Fc -f "$WORK/pd.dump"
run_tt() {
    "$BIN" tenant drop big --yes -q >/dev/null
    a=$(now); "$BIN" restore "$FILE" -q >/dev/null; b=$(now)
    t_tt=$(awk "BEGIN { print $t_tt + $b - $a }"); r_tt="$r_tt $(elapsed "$a" "$b")"
}
run_pd() {
    psql -X -q -d "$URL" -c "DROP SCHEMA tenant_$ID CASCADE" >/dev/null
    a=$(now); "$PGBIN/pg_restore" -d "$URL" "$WORK/pd.dump"; b=$(now)
    t_pd=$(awk "BEGIN { print $t_pd + $b - $a }"); r_pd="$r_pd $(elapsed "$a" "$b")"
}
t_tt=0; t_pd=0; r_tt=; r_pd=
run_tt; run_pd
t_tt=0; t_pd=0; r_tt=; r_pd=
for _ in $(seq 1 "$R"); do run_tt; run_pd; done
printf 'restore of one tenant with %d appointments (source heap order: %s; release build, same server, %d rounds):\n' "$N" "${SOURCE:-as generated}" "$R"
printf '  rounds, theratime  :%s\n  rounds, pg_restore :%s\n' "$r_tt" "$r_pd"
awk -v tt="$t_tt" -v pd="$t_pd" -v r="$R" 'BEGIN {
    printf "  theratime restore          : %7.3f s (mean)\n", tt / r
    printf "  pg_restore (pg_dump -Fc)   : %7.3f s (mean)\n", pd / r
    printf "  ratio theratime/pg_restore : %7.2fx (target <= 1.0x)\n", tt / pd
}'
