#!/usr/bin/env bash
# Benchmark: `theratime backup --all-tenants` of T tenants (default 1,000; each with
# 5 therapists, 50 clients and A appointments, default 200) against a `pg_dump -n
# tenant_<id> -Fc` loop. The pg_dump loop is timed on a subset of S tenants (default
# 100) and extrapolated per tenant to all T; the script says so in its output.
# Usage: bench/backup_fleet.sh [T] [A] [S]
source "$(dirname "$0")/_common.sh"
T=${1:-1000}; A=${2:-200}; S=${3:-100}
for i in $(seq 1 "$T"); do echo "tenant create f$i --name F$i"; done | while read -r _ _ slug _ name; do
    "$BIN" tenant create "$slug" --name "$name" -q >/dev/null
done
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" >/dev/null <<SQL
INSERT INTO theratime.users (tenant_id, email, display_name, role)
SELECT t.id, t.slug || '-t' || i || '@bench.test', 'T ' || i, 'therapist' FROM theratime.tenants t, generate_series(0, 4) i;
INSERT INTO theratime.users (tenant_id, email, display_name, role)
SELECT t.id, t.slug || '-c' || i || '@bench.test', 'C ' || i, 'client' FROM theratime.tenants t, generate_series(0, 49) i;
DO \$\$
DECLARE r record;
BEGIN
  FOR r IN SELECT id FROM theratime.tenants LOOP
    EXECUTE format(\$f\$
      INSERT INTO tenant_%s.appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
      SELECT t.id, c.id, '2026-01-01Z'::timestamptz + (i / 5) * interval '1 hour',
             '2026-01-01Z'::timestamptz + (i / 5) * interval '1 hour' + interval '50 minutes', 'booked', 'n' || i
      FROM generate_series(0, $A - 1) i
      JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM theratime.users WHERE tenant_id = %s AND role = 'therapist') t ON t.k = i %% 5
      JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM theratime.users WHERE tenant_id = %s AND role = 'client') c ON c.k = i %% 50
    \$f\$, r.id, r.id, r.id);
  END LOOP;
END
\$\$;
SQL
IDS=$(psql -X -At -d "$URL" -c "SELECT id FROM theratime.tenants ORDER BY id LIMIT $S")
run_tt() { "$BIN" backup --all-tenants --jobs 2 --out "$WORK/tt" -q >/dev/null; rm -f "$WORK"/tt/*; }
run_pd() { for id in $IDS; do "$PGBIN/pg_dump" -d "$URL" -n "tenant_$id" -Fc -f "$WORK/pd-$id.dump"; done; rm -f "$WORK"/pd-*; }
run_tt; run_pd
t_tt=0; t_pd=0
for round in 1 2 3; do
    a=$(now); run_tt; b=$(now); run_pd; c=$(now)
    t_tt=$(awk "BEGIN { print $t_tt + $b - $a }"); t_pd=$(awk "BEGIN { print $t_pd + $c - $b }")
done
printf 'backup of %d tenants (%d appointments each), release build, 3 rounds:\n' "$T" "$A"
awk -v tt="$t_tt" -v pd="$t_pd" -v t="$T" -v s="$S" 'BEGIN {
    per_pd = pd / 3 / s
    printf "  theratime backup --all-tenants --jobs 2 : %8.2f s (%.1f ms/tenant)\n", tt / 3, tt / 3 / t * 1000
    printf "  pg_dump -n -Fc loop (timed on %d tenants, extrapolated to %d): %8.2f s (%.1f ms/tenant)\n", s, t, per_pd * t, per_pd * 1000
    printf "  ratio theratime/pg_dump loop            : %8.3fx (target <= 0.1x)\n", (tt / 3) / (per_pd * t)
}'
