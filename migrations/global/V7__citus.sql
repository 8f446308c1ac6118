-- Citus schema-based sharding (DESIGN §9). On a Citus cluster the global tables that
-- the tenant tables' triggers and the tenant roles read become reference tables, with a
-- copy on every node, referenced tables before the tables whose foreign keys point at
-- them (tenants, users, user_links, tenant_migrations); the global functions are
-- distributed, so that a trigger runs on the worker that holds the tenant's shard. On
-- plain PostgreSQL this migration only creates the function: after
-- `CREATE EXTENSION citus` on an existing database, `SELECT theratime.citus_setup()`
-- does the rest (`theratime doctor` says so). Idempotent.
--
-- The same-tenant check locks the user's row (FOR SHARE) so that a concurrent move or
-- deactivation of the user waits. On a worker, FOR SHARE on the reference table goes
-- through Citus's shard locks, which deadlock between concurrent bookings; on Citus the
-- check locks the row of the reference table's placement on the node it runs on, which
-- a change of the user (written to every placement) must wait for all the same. It is
-- replaced with CREATE OR REPLACE, which keeps what V6 gave it (no EXECUTE for PUBLIC);
-- the guards that call it stay SECURITY DEFINER.
--
-- Tenant roles (V6) on Citus:
-- - Citus opens its connections to the workers as the current role, so a tenant's data
--   work (`SET LOCAL ROLE theratime_tenant_<id>`, then statements that Citus routes to
--   the tenant's worker) connects to the worker as the tenant role, which must be able
--   to log in there (a NOLOGIN role is refused: citus#7719). On Citus the tenant roles
--   are LOGIN, without a password (ensure_tenant_role makes them so; this function
--   turns existing ones). Citus propagates CREATE/ALTER/GRANT/DROP ROLE, GRANT on
--   distributed schemas, tables and sequences and DROP OWNED BY to every node in the
--   same transaction, and copies a table's privileges to its shards (default
--   privileges are not propagated, and need not be: a table a later migration adds
--   gets its privileges on the coordinator, and its shard gets them from there).
-- - V6's policy on users reads user_links in a subquery; Citus refuses subqueries in
--   the policies of its tables (a shard's policy cannot name another table). On Citus
--   the policy calls theratime.linked_user(id) instead, which reads the user_links
--   placement on the node the statement runs on, as the tenant role (whose own policy
--   on user_links shows it its own links only). What a tenant role sees of users is the
--   same as on one server: its own users and the users its rows name.
-- - V6's trigger users_moved (a user who leaves a tenant whose rows name them stays
--   visible to it) would fire on every placement of users, on every node, and a
--   trigger on a worker cannot write a reference table or read a tenant on another
--   worker: on Citus it is dropped and `user assign` calls
--   theratime.link_moved_user itself, on the coordinator.
CREATE FUNCTION theratime.citus_setup() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
    f regprocedure;
    r name;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_trigger
               WHERE tgrelid = 'theratime.users'::regclass AND tgname = 'users_moved') THEN
        DROP TRIGGER users_moved ON theratime.users;
    END IF;
    -- Before users joins Citus's metadata: Citus checks the policies of every table it
    -- takes over, and this one has a subquery (made again below without it).
    DROP POLICY IF EXISTS users_of_the_tenant ON theratime.users;
    FOREACH t IN ARRAY ARRAY['theratime.tenants', 'theratime.users', 'theratime.user_links',
                             'theratime.tenant_migrations'] LOOP
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
    -- Whether user p_user is linked to the tenant of the current (tenant) role, read on
    -- the node the statement runs on (the user_links placement there, under its own
    -- policy), for the policy on users: a shard's policy may call a function but not
    -- hold a subquery, and a query of the reference table from inside a statement that
    -- Citus runs on a worker would be a nested distributed query, which Citus refuses.
    CREATE OR REPLACE FUNCTION theratime.linked_user(p_user bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
    DECLARE
        placement regclass := (SELECT pg_catalog.to_regclass('theratime.user_links_' || s.shardid)
                               FROM pg_catalog.pg_dist_shard s WHERE s.logicalrelid = 'theratime.user_links'::regclass);
        tenant bigint := theratime.tenant_of_role(current_user);
        found boolean;
    BEGIN
        IF tenant IS NULL THEN
            RETURN false;
        END IF;
        IF placement IS NULL THEN
            RETURN EXISTS (SELECT FROM theratime.user_links
                           WHERE tenant_id = tenant AND user_id = p_user);
        END IF;
        EXECUTE pg_catalog.format('SELECT EXISTS (SELECT FROM %s WHERE tenant_id OPERATOR(pg_catalog.=) $1 '
                                  'AND user_id OPERATOR(pg_catalog.=) $2)', placement)
        INTO found USING tenant, p_user;
        RETURN found;
    END
    $fn$;
    -- Tenant roles log in on Citus (see above); those made before are turned.
    FOR r IN SELECT a.rolname FROM pg_catalog.pg_roles a
             JOIN theratime.tenants tn ON a.rolname = 'theratime_tenant_' || tn.id
             WHERE NOT a.rolcanlogin LOOP
        EXECUTE pg_catalog.format('ALTER ROLE %I LOGIN', r);
    END LOOP;
    -- The functions the triggers call, on every node (those of btree_gist come with
    -- the extension). The audit trail's functions stay on the coordinator with its
    -- tables: theratime calls them there, in the command's transaction.
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'theratime'::regnamespace AND p.proname <> 'citus_setup'
               AND p.proname NOT LIKE 'audit\_%'
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_dist_object o
                               WHERE o.classid = 'pg_catalog.pg_proc'::regclass AND o.objid = p.oid)
    LOOP
        EXECUTE pg_catalog.format('SELECT pg_catalog.create_distributed_function(%L)', f::text);
    END LOOP;
    -- The policy's functions exist on every node now.
    CREATE POLICY users_of_the_tenant ON theratime.users FOR SELECT TO theratime_tenants
        USING (tenant_id = theratime.tenant_of_role(current_user) OR theratime.linked_user(id));
END
$$;

SELECT theratime.citus_setup();
