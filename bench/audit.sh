#!/usr/bin/env bash
# Benchmarks of the audit trail (release build, one server, one run):
#  1. `theratime audit list` with each filter over ROWS audit rows (a valid hash chain
#     spread over 1,000 tenants and two years), against psql running the same query;
#     and `audit verify` walking the whole chain;
#  2. the cost of the audit row per command: one `theratime book` process against
#     `psql -X -c "INSERT …"` (as bench/schedule.sh), and, in one psql session, N
#     bookings as `BEGIN; INSERT; COMMIT` against the same with the audit append
#     (`SELECT theratime.audit_append(…)`) before the commit.
# Usage: bench/audit.sh [ROWS] [BOOKINGS]   (defaults 1000000 and 200)
source "$(dirname "$0")/lib.sh"
ROWS=${1:-1000000}
N=${2:-200}

# 1. ROWS chained rows, generated in the database (one transaction; the chain head is
# set once at the end, so this does not measure appends).
a=$(now)
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" >/dev/null <<SQL
BEGIN;
DO \$\$
DECLARE
    r theratime.audit_log;
    h theratime.audit_chain_head;
    verbs text[] := ARRAY['book', 'appointment cancel', 'appointment reschedule', 'appointment complete',
                          'block add', 'user add', 'user edit', 'backup', 'export', 'migrate tenant'];
BEGIN
    SELECT * INTO h FROM theratime.audit_chain_head FOR UPDATE;
    FOR i IN 1..$ROWS LOOP
        r.id := nextval('theratime.audit_log_id_seq');
        r.at := timestamptz '2025-01-01Z' + (i::float8 / $ROWS) * interval '730 days';
        r.db_user := CASE WHEN i % 50 = 0 THEN 'ops_admin' ELSE 'theratime' END;
        r.os_user := CASE WHEN i % 10000 = 0 THEN 'auditor' ELSE 'cron' END;
        r.command := CASE WHEN i % 100000 = 0 THEN 'user erase' ELSE verbs[1 + i % 10] END;
        r.tenant_id := 1 + (i::bigint * 7919) % 1000;
        r.tenant_slug := 'practice-' || r.tenant_id;
        r.target := 'appointment ' || (i / 3);
        r.outcome := 'done';
        r.details := '{"starts_at":"2026-01-01T10:00:00Z","ends_at":"2026-01-01T11:00:00Z"}';
        r.user_ids := ARRAY[(i % 5000)::bigint, (5000 + i % 20000)::bigint];
        r.personal_digest := NULL;
        r.prev_id := h.last_id;
        r.prev_hash := h.last_hash;
        r.hash := theratime.audit_hash(r);
        INSERT INTO theratime.audit_log OVERRIDING SYSTEM VALUE VALUES (r.*);
        h.last_id := r.id;
        h.last_hash := r.hash;
    END LOOP;
    UPDATE theratime.audit_chain_head SET last_id = h.last_id, last_hash = h.last_hash;
END
\$\$;
COMMIT;
VACUUM ANALYZE theratime.audit_log;
SQL
b=$(now)
total=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM theratime.audit_log")
echo "audit trail (release build, same server): $total rows generated in $(secs "$a" "$b") s"

COLS="a.id, a.at, a.db_user, a.os_user, a.command, a.tenant_id, a.tenant_slug, a.target, a.outcome, a.details, p.data, p.erased_at IS NOT NULL"
FROM="FROM theratime.audit_log a LEFT JOIN theratime.audit_personal p ON p.audit_id = a.id"
# name | theratime arguments | the same query's WHERE clause
CASES=(
    "newest 100|audit list|true"
    "-t one tenant|-t practice-42 audit list|a.tenant_slug = 'practice-42'"
    "--since/--until one day|audit list --since 2026-03-01 --until 2026-03-01|a.at >= '2026-03-01Z' AND a.at < '2026-03-02Z'"
    "--actor rare OS user|audit list --actor auditor|(a.db_user = 'auditor' OR a.os_user = 'auditor')"
    "--actor common db user|audit list --actor ops_admin|(a.db_user = 'ops_admin' OR a.os_user = 'ops_admin')"
    "--command rare prefix|audit list --command user|a.command LIKE 'user%'"
    "--command common prefix|audit list --command book|a.command LIKE 'book%'"
    "--target exact|audit list --target appointment 4242|a.target = 'appointment 4242'"
    "-t + --command + --since|-t practice-7 audit list --command appointment --since 2026-06-01|a.tenant_slug = 'practice-7' AND a.command LIKE 'appointment%' AND a.at >= '2026-06-01Z'"
)
for c in "${CASES[@]}"; do
    IFS='|' read -r name args where <<<"$c"
    # shellcheck disable=SC2086
    read -r -a argv <<<"$args"
    # --target takes "appointment 4242" as one value
    if [[ $args == *"--target "* ]]; then argv=(audit list --target "${args#*--target }"); fi
    sql="SELECT $COLS $FROM WHERE $where ORDER BY a.id DESC LIMIT 100"
    "$BIN" "${argv[@]}" -o csv >/dev/null; psql -X -q -A -d "$URL" -c "$sql" >/dev/null
    tt=0; ps=0
    for i in 1 2 3 4 5; do
        a=$(now); "$BIN" "${argv[@]}" -o csv >/dev/null; b=$(now)
        psql -X -q -A -d "$URL" -c "$sql" >/dev/null; c=$(now)
        tt=$(awk "BEGIN { print $tt + $b - $a }"); ps=$(awk "BEGIN { print $ps + $c - $b }")
    done
    got=$("$BIN" "${argv[@]}" -q | wc -l)
    printf '  audit list %-28s %3d rows: theratime %7.1f ms, psql %7.1f ms\n' "$name" "$got" \
        "$(awk "BEGIN { print $tt * 200 }")" "$(awk "BEGIN { print $ps * 200 }")"
done
a=$(now); "$BIN" audit verify -q >/dev/null; b=$(now)
echo "  audit verify, the whole chain of $total rows: $(secs "$a" "$b") s"

# 2. The cost of the audit row per command.
A=$("$BIN" tenant create bench-audit --name bench-audit -q)
psql -X -q -d "$URL" -c "INSERT INTO theratime.users (tenant_id, email, display_name, role)
    SELECT $A, 'ba-t' || g || '@bench.test', 'T' || g, 'therapist' FROM generate_series(1, 3) g
    UNION ALL SELECT $A, 'ba-c' || g || '@bench.test', 'C' || g, 'client' FROM generate_series(1, 3) g" >/dev/null
T1=$(psql -X -At -d "$URL" -c "SELECT min(id) FROM theratime.users WHERE tenant_id = $A AND role = 'therapist'")
C1=$(psql -X -At -d "$URL" -c "SELECT min(id) FROM theratime.users WHERE tenant_id = $A AND role = 'client'")
T2=$((T1 + 1)); C2=$((C1 + 1)); T3=$((T1 + 2)); C3=$((C1 + 2))
tt=0; ps=0
for i in $(seq 1 "$N"); do
    at=$(date -u -d "2030-01-01 + $i days" +%Y-%m-%d)
    a=$(now); "$BIN" -t bench-audit book --therapist "$T1" --client "$C1" --at "${at}T10:00Z" --duration 30m -q >/dev/null; b=$(now)
    psql -X -q -d "$URL" -c "INSERT INTO tenant_$A.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ($T1, $C1, '${at} 10:30Z', '${at} 10:59Z')" >/dev/null; c=$(now)
    tt=$(awk "BEGIN { print $tt + $b - $a }"); ps=$(awk "BEGIN { print $ps + $c - $b }")
done
echo "  book, $N single bookings: theratime $(awk "BEGIN { printf \"%.2f\", $tt * 1000 / $N }") ms, psql -c INSERT $(awk "BEGIN { printf \"%.2f\", $ps * 1000 / $N }") ms per booking, ratio $(ratio "$tt" "$ps")x"
plain=$WORK/plain.sql; audited=$WORK/audited.sql
: > "$plain"; : > "$audited"
for i in $(seq 1 "$N"); do
    at=$(date -u -d "2031-01-01 + $i days" +%Y-%m-%d)
    echo "BEGIN; INSERT INTO tenant_$A.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ($T2, $C2, '${at} 10:00Z', '${at} 10:30Z'); COMMIT;" >> "$plain"
    echo "BEGIN; INSERT INTO tenant_$A.appointments (therapist_id, client_id, starts_at, ends_at) VALUES ($T3, $C3, '${at} 10:00Z', '${at} 10:30Z'); SELECT theratime.audit_append('bench', 'book', $A, 'bench-audit', 'appointment $i', 'booked', '{\"starts_at\":\"${at}T10:00:00Z\"}', ARRAY[$T3, $C3]::bigint[], NULL, NULL); COMMIT;" >> "$audited"
done
tp=0; ta=0
for round in 1 2 3; do
    psql -X -q -d "$URL" -c "DELETE FROM tenant_$A.appointments WHERE therapist_id IN ($T2, $T3)" >/dev/null
    a=$(now); psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$plain" >/dev/null; b=$(now)
    psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$audited" >/dev/null; c=$(now)
    tp=$(awk "BEGIN { print $tp + $b - $a }"); ta=$(awk "BEGIN { print $ta + $c - $b }")
done
awk -v tp="$tp" -v ta="$ta" -v n="$((3 * N))" -v book="$tt" -v nb="$N" 'BEGIN {
    printf "  in one session, %d bookings each: INSERT+COMMIT %.3f ms, with the audit append %.3f ms: the audit row costs %.3f ms per command (%.1f%% of one theratime book process)\n",
        n, tp * 1000 / n, ta * 1000 / n, (ta - tp) * 1000 / n, (ta - tp) / n / (book / nb) * 100
}'
