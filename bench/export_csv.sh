#!/usr/bin/env bash
# Benchmark: `theratime export --format csv` of one tenant with N appointments
# (default 100,000) against psql `\copy` of the same query (appointments with
# therapist and client names and emails, times in the tenant's zone; blocks), 3 rounds.
# Usage: bench/export_csv.sh [N]
source "$(dirname "$0")/_common.sh"
N=${1:-100000}
ID=$(make_tenant big "$N")
mkdir -p "$WORK/tt" "$WORK/ps"
TS() { echo "to_char($1, 'YYYY-MM-DD\"T\"HH24:MI:SSTZH:TZM')"; }
Q_A="SELECT a.id, a.therapist_id, t.display_name AS therapist_name, t.email AS therapist_email, a.client_id, c.display_name AS client_name, c.email AS client_email, $(TS a.starts_at) AS starts_at, $(TS a.ends_at) AS ends_at, a.status, a.notes, a.cancel_reason, a.sequence, $(TS a.created_at) AS created_at, $(TS a.updated_at) AS updated_at, a.series_id FROM tenant_$ID.appointments a LEFT JOIN theratime.users t ON t.id = a.therapist_id LEFT JOIN theratime.users c ON c.id = a.client_id ORDER BY a.starts_at, a.id"
Q_B="SELECT b.id, b.therapist_id, t.display_name AS therapist_name, t.email AS therapist_email, $(TS b.starts_at) AS starts_at, $(TS b.ends_at) AS ends_at, b.reason, $(TS b.created_at) AS created_at FROM tenant_$ID.calendar_blocks b LEFT JOIN theratime.users t ON t.id = b.therapist_id ORDER BY b.starts_at, b.id"
run_tt() { "$BIN" export -t big --format csv --out "$WORK/tt" -q >/dev/null; }
run_ps() {
    PGTZ=Europe/Berlin psql -X -q -d "$URL" \
        -c "\\copy ($Q_A) TO '$WORK/ps/big-appointments.csv' WITH (FORMAT csv, HEADER)" \
        -c "\\copy ($Q_B) TO '$WORK/ps/big-blocks.csv' WITH (FORMAT csv, HEADER)"
}
run_tt; run_ps
cmp "$WORK/tt/big-appointments.csv" "$WORK/ps/big-appointments.csv" && echo "(identical output)"
t_tt=0; t_ps=0
for round in 1 2 3; do
    a=$(now); run_tt; b=$(now); run_ps; c=$(now)
    t_tt=$(awk "BEGIN { print $t_tt + $b - $a }"); t_ps=$(awk "BEGIN { print $t_ps + $c - $b }")
done
printf 'export --format csv of one tenant with %d appointments (release build, 3 rounds):\n' "$N"
awk -v tt="$t_tt" -v ps="$t_ps" 'BEGIN {
    printf "  theratime export --format csv : %7.3f s\n", tt / 3
    printf "  psql \\copy of the same query  : %7.3f s\n", ps / 3
    printf "  ratio theratime/psql          : %7.2fx (target <= 1.3x)\n", tt / ps
}'
