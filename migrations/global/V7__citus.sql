-- Citus schema-based sharding (DESIGN §9). On a Citus cluster the global tables that
-- the tenant tables' triggers read become reference tables, with a copy on every node,
-- referenced tables before the tables whose foreign keys point at them; the global
-- functions are distributed, so that a trigger runs on the worker that holds the
-- tenant's shard. On plain PostgreSQL this migration only creates the function: after
-- `CREATE EXTENSION citus` on an existing database, `SELECT theratime.citus_setup()`
-- does the rest (`theratime doctor` says so). Idempotent.
--
-- The same-tenant check locks the user's row (FOR SHARE) so that a concurrent move or
-- deactivation of the user waits. On a worker, FOR SHARE on the reference table goes
-- through Citus's shard locks, which deadlock between concurrent bookings; on Citus the
-- check locks the row of the reference table's placement on the node it runs on, which
-- a change of the user (written to every placement) must wait for all the same.
CREATE FUNCTION theratime.citus_setup() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
    f regprocedure;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RETURN;
    END IF;
    FOREACH t IN ARRAY ARRAY['theratime.tenants', 'theratime.users', 'theratime.tenant_migrations'] LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition p
                       WHERE p.logicalrelid = t::regclass AND p.partmethod = 'n' AND p.repmodel = 't') THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.create_reference_table(%L)', t);
        END IF;
    END LOOP;
    CREATE OR REPLACE FUNCTION theratime.check_tenant_user(p_tenant bigint, p_user bigint, p_role text)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
    DECLARE
        u record;
        n bigint;
        placement regclass := (SELECT pg_catalog.to_regclass('theratime.users_' || s.shardid)
                               FROM pg_catalog.pg_dist_shard s WHERE s.logicalrelid = 'theratime.users'::regclass);
    BEGIN
        IF placement IS NULL THEN
            SELECT tenant_id, role, active INTO u FROM theratime.users WHERE id = p_user FOR SHARE;
        ELSE
            EXECUTE pg_catalog.format('SELECT tenant_id, role, active FROM %s WHERE id OPERATOR(pg_catalog.=) $1 FOR SHARE', placement)
            INTO u USING p_user;
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 THEN
            RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = pg_catalog.format('user %s does not exist', p_user);
        END IF;
        IF u.tenant_id IS DISTINCT FROM p_tenant THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = pg_catalog.format('user %s belongs to another tenant, not to tenant %s', p_user, p_tenant);
        END IF;
        IF u.role <> p_role THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = pg_catalog.format('user %s has the role %s, not %s', p_user, u.role, p_role);
        END IF;
        IF NOT u.active THEN
            RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = pg_catalog.format('user %s is deactivated', p_user);
        END IF;
    END
    $fn$;
    -- The functions the triggers call, on every node (those of btree_gist come with
    -- the extension).
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'theratime'::regnamespace AND p.proname <> 'citus_setup'
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_dist_object o
                               WHERE o.classid = 'pg_catalog.pg_proc'::regclass AND o.objid = p.oid)
    LOOP
        EXECUTE pg_catalog.format('SELECT pg_catalog.create_distributed_function(%L)', f::text);
    END LOOP;
END
$$;

SELECT theratime.citus_setup();
