#!/usr/bin/env bash
# Benchmark of tenant roles at scale (issue #12): one `theratime book` process (as the
# tenant's role) with 10 tenants (10 tenant roles) and again with BIG tenants (BIG
# roles on the cluster), and `tenant list` / `migrate status` at BIG tenants. The
# scheduling, tenant create and fleet figures with roles come from bench/schedule.sh,
# bench/tenant_create.sh and bench/fleet.sh, whose psql sides run the same role DDL.
# Usage: bench/roles.sh [BOOKINGS] [BIG]   (release build; defaults 50 and 10000)
source "$(dirname "$0")/lib.sh"
N=${1:-50}
BIG=${2:-10000}

ID=$("$BIN" tenant create bench-roles --name "roles" -q)
psql -X -q -d "$URL" -c "INSERT INTO theratime.users (tenant_id, email, display_name, role)
    VALUES ($ID, 'rt@bench.test', 'T', 'therapist'), ($ID, 'rc@bench.test', 'C', 'client')" >/dev/null
make_tenants "$URL" few 8

# book_ms DAY0: mean ms of N single bookings (each its own process) from day DAY0 on.
book_ms() {
    local total=0 a b day hour at
    for i in $(seq 1 "$N"); do
        day=$(( $1 + (i - 1) / 8 )); hour=$(( 9 + (i - 1) % 8 ))
        at=$(date -u -d "2030-01-01 + $day days" +%Y-%m-%d)
        a=$(now); "$BIN" -t bench-roles book --therapist rt@bench.test --client rc@bench.test --at "$at ${hour}:00" --duration 30m -q >/dev/null; b=$(now)
        total=$(awk "BEGIN { print $total + $b - $a }")
    done
    awk "BEGIN { printf \"%.2f\", $total * 1000 / $N }"
}

few=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM theratime.tenants")
book_few=$(book_ms 0)
echo "creating $BIG tenants (and their roles) ..." >&2
make_tenants "$URL" many "$((BIG - few))"
roles=$(psql -X -At -d "$URL" -c "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'theratime\\_tenant\\_%'")
book_many=$(book_ms 1000)
a=$(now); "$BIN" tenant list -o json >/dev/null; b=$(now)
"$BIN" migrate status -o json >/dev/null; c=$(now)

echo "tenant roles (release build, same server):"
echo "  book with $few tenants: ${book_few} ms; with $BIG tenants ($roles tenant roles): ${book_many} ms; ratio $(ratio "$book_many" "$book_few")x (target <= 1.1x)"
echo "  $BIG tenants: tenant list $(secs "$a" "$b") s (target <= 0.5 s), migrate status $(secs "$b" "$c") s (target <= 3 s)"
