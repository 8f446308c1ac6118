# Shared by the benchmark scripts: a release build, a throwaway local cluster, the
# tenant-create DDL as a psql script, and timing helpers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release -q
BIN=$PWD/target/release/theratime
export THERATIME_DATA_DIR
THERATIME_DATA_DIR=$(mktemp -d /tmp/theratime-bench-XXXXXX)
chmod 755 "$THERATIME_DATA_DIR"
WORK=$(mktemp -d /tmp/theratime-bench-work-XXXXXX)
trap '"$BIN" local destroy --yes -q >/dev/null 2>&1 || true; rm -rf "$THERATIME_DATA_DIR" "$WORK"' EXIT
URL=$("$BIN" local start -q)
export THERATIME_DATABASE_URL=$URL
"$BIN" migrate -q >/dev/null

# What `theratime tenant create` does, as a psql script (slug in :'slug'), recording
# the same checksums as a tenant made by theratime (read off a reference tenant): every
# tenant migration, V2 making the tenant's role and its grants.
REF_ID=$("$BIN" tenant create bench-reference --name reference -q)
APPLIED=$(psql -X -At -d "$URL" -c "SELECT applied FROM theratime.tenant_migrations WHERE tenant_id = $REF_ID")
TENANT_VERSION=$(psql -X -At -d "$URL" -c "SELECT version FROM theratime.tenant_migrations WHERE tenant_id = $REF_ID")
TENANT_SQL=$WORK/tenant.sql
{
    echo "INSERT INTO theratime.tenants (slug, name, time_zone) VALUES (:'slug', :'slug', 'UTC') RETURNING id AS tid \\gset"
    echo 'CREATE SCHEMA tenant_:tid;'
    echo 'SET LOCAL search_path TO tenant_:tid;'
    echo 'CREATE TABLE IF NOT EXISTS refinery_schema_history (version int4 PRIMARY KEY, name varchar(255), applied_on varchar(255), checksum varchar(255));'
    for f in $(ls migrations/tenant/V*__*.sql | sort -V); do
        base=$(basename "$f" .sql); v=${base%%__*}; v=${v#V}; name=${base#*__}
        checksum=$(psql -X -At -d "$URL" -c "SELECT checksum FROM tenant_$REF_ID.refinery_schema_history WHERE version = $v")
        cat "$f"
        echo ";"
        echo "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES ($v, '$name', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '$checksum');"
    done
    echo "INSERT INTO theratime.tenant_migrations (tenant_id, version, applied, last_status, last_target, last_duration_ms) VALUES (:tid, $TENANT_VERSION, '$APPLIED', 'ok', $TENANT_VERSION, 0);"
    echo "SELECT theratime.audit_append(current_user, 'tenant create', :tid, :'slug', :'slug', 'created', NULL, '{}', NULL, NULL);"
} > "$TENANT_SQL"

# db_url NAME: the URL of another database of the cluster.
db_url() { echo "${URL/\/theratime\?//$1?}"; }

# make_tenants URL PREFIX N: N tenants through one psql session, one transaction each.
make_tenants() {
    local url=$1 prefix=$2 n=$3 f=$WORK/make-$2.sql
    : > "$f"
    for i in $(seq 1 "$n"); do
        { echo "\\set slug $prefix-$i"; echo 'BEGIN;'; cat "$TENANT_SQL"; echo 'COMMIT;'; } >> "$f"
    done
    psql -X -q -v ON_ERROR_STOP=1 -d "$url" -f "$f" >/dev/null
}

now() { date +%s.%N; }
secs() { awk "BEGIN { printf \"%.3f\", $2 - $1 }"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
