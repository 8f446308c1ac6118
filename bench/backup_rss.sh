#!/usr/bin/env bash
# Memory check: peak RSS of `theratime backup -t` (and of `restore`) for one tenant
# with N appointments (default 1,000,000; limit 64 MB). The rows are cancelled ones
# so that generating them is quick (the exclusion constraints skip them).
# Usage: bench/backup_rss.sh [N]
source "$(dirname "$0")/_common.sh"
N=${1:-1000000}
ID=$("$BIN" tenant create huge --name huge -q)
psql -X -q -v ON_ERROR_STOP=1 -d "$URL" >/dev/null <<SQL
INSERT INTO theratime.users (tenant_id, email, display_name, role) VALUES ($ID, 'ht@bench.test', 'T', 'therapist'), ($ID, 'hc@bench.test', 'C', 'client');
BEGIN;
SET LOCAL search_path TO tenant_$ID;
INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
SELECT (SELECT id FROM theratime.users WHERE email = 'ht@bench.test'), (SELECT id FROM theratime.users WHERE email = 'hc@bench.test'),
       '2020-01-01Z'::timestamptz + i * interval '1 hour', '2020-01-01Z'::timestamptz + i * interval '1 hour' + interval '50 minutes',
       'cancelled', 'note number ' || i
FROM generate_series(1, $N) i;
COMMIT;
SQL
/usr/bin/time -f '%M' -o "$WORK/rss" "$BIN" backup -t huge --out "$WORK/tt" -q >/dev/null
printf 'backup -t of a tenant with %d appointments: peak RSS %d kB (limit 65536 kB), archive %d bytes\n' \
    "$N" "$(cat "$WORK/rss")" "$(stat -c %s "$WORK"/tt/huge-*.ttbk)"
"$BIN" tenant drop huge --yes -q >/dev/null
/usr/bin/time -f '%M' -o "$WORK/rss" "$BIN" restore "$WORK"/tt/huge-*.ttbk -q >/dev/null
printf 'restore of it: peak RSS %d kB\n' "$(cat "$WORK/rss")"
