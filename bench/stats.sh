#!/usr/bin/env bash
# Benchmark of fleet statistics (release build, one server, one run): TENANTS tenants
# with APPTS appointments each (around today, so both windows count some), then
# `stats --all-tenants` against one psql session running the equivalent queries: the
# tenant tables' statistics and sizes from pg_stat_user_tables and
# pg_total_relation_size, the relations per schema and of the database, and the
# appointments of the last and next 7 days as UNION ALL statements of 500 tenants each.
# Best of 3 alternating runs of each, both as whole processes; prints both and the ratio.
# Usage: bench/stats.sh [TENANTS] [APPTS]   (defaults 10000 and 20)
source "$(dirname "$0")/lib.sh"
TENANTS=${1:-10000}
APPTS=${2:-20}

echo "creating $TENANTS tenants with $APPTS appointments each ..." >&2
make_tenants "$URL" st "$TENANTS"
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" >/dev/null <<SQL
-- Filled as the data it is (valid by construction), without the row triggers: the
-- same-tenant rule is not what is measured here, so the user ids need no users.
SET session_replication_role = replica;
DO \$\$
DECLARE t bigint;
BEGIN
    FOR t IN SELECT id FROM theratime.tenants WHERE slug LIKE 'st-%' ORDER BY id LOOP
        EXECUTE format(\$f\$
            INSERT INTO tenant_%1\$s.appointments (therapist_id, client_id, starts_at, ends_at, status)
            SELECT 1, 2, s, s + interval '50 minutes', (ARRAY['booked', 'completed', 'cancelled'])[1 + i %% 3]
            FROM generate_series(0, $APPTS - 1) i
            CROSS JOIN LATERAL (SELECT date_trunc('hour', now()) + (i - $APPTS / 2) * interval '13 hours' AS s) x
        \$f\$, t);
    END LOOP;
END
\$\$;
SQL
psql -X -q -d "$URL" -c "VACUUM ANALYZE" >/dev/null

# The psql side: the same figures, read the way an operator would in one session.
PSQL_SQL=$WORK/stats.sql
{
    echo "SET max_parallel_workers_per_gather = 0;"
    echo "SELECT s.schemaname, s.relname, s.n_live_tup, s.n_dead_tup,
                 greatest(s.last_vacuum, s.last_autovacuum), greatest(s.last_analyze, s.last_autoanalyze),
                 pg_total_relation_size(s.relid)
          FROM pg_stat_user_tables s WHERE s.schemaname ~ '^tenant_[0-9]+\$';"
    echo "SELECT n.nspname, count(*) + 2 * count(*) FILTER (WHERE c.reltoastrelid <> 0)
          FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
          WHERE n.nspname ~ '^tenant_[0-9]+\$' GROUP BY n.nspname;"
    echo "SELECT now(), count(*) FROM pg_class;"
    psql -X -At -d "$URL" -c "
        SELECT string_agg(format('SELECT %s::bigint, count(*) FILTER (WHERE starts_at < now()), count(*) FILTER (WHERE starts_at >= now()) FROM tenant_%s.appointments WHERE starts_at >= now() - interval ''7 days'' AND starts_at < now() + interval ''7 days'' AND status <> ''cancelled''', id, id), E'\nUNION ALL\n' ORDER BY id) || ';'
        FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 500 AS chunk FROM theratime.tenants) t
        GROUP BY chunk ORDER BY chunk"
} > "$PSQL_SQL"

total=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM theratime.tenants")
ours=(); theirs=()
for i in 1 2 3; do
    a=$(now)
    "$BIN" stats --all-tenants -o json >"$WORK/stats.json"
    b=$(now)
    psql -X -q -v ON_ERROR_STOP=1 -d "$URL" -f "$PSQL_SQL" >"$WORK/psql.out"
    c=$(now)
    ours+=("$(secs "$a" "$b")"); theirs+=("$(secs "$b" "$c")")
done
best() { printf '%s\n' "$@" | sort -g | head -1; }
o=$(best "${ours[@]}"); p=$(best "${theirs[@]}")
size=$(grep -A2 '"fleet"' "$WORK/stats.json" | grep -o '"size_bytes": [0-9]*' | grep -o '[0-9]*$')
rels=$(grep -o '"relations_in_database": [0-9]*' "$WORK/stats.json" | grep -o '[0-9]*$')
echo "fleet statistics (release build, same server, best of 3; $total tenants, $TENANTS of them with $APPTS appointments, $rels relations in the database, $size bytes of tenant tables):"
echo "  stats --all-tenants: ${o} s (runs: ${ours[*]}; target <= 3 s)"
echo "  psql, the same figures in one session: ${p} s (runs: ${theirs[*]})"
echo "  ratio $(ratio "$o" "$p")x"
