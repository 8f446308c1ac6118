-- A role per tenant (issue #12). Each tenant has a NOLOGIN role
-- "theratime_tenant_<id>" (made by tenant migration V2 through
-- theratime.ensure_tenant_role), with privileges on its own schema only, and is a
-- member of the group role "theratime_tenants", which holds what every tenant needs of
-- the global schema and no more: USAGE on the schema, EXECUTE on theratime.audit_append
-- (the hash-chained append; no privilege on audit_log itself),
-- and SELECT on the rows of users that belong to the tenant (row-level security).
--
-- Roles are cluster-wide, schemas are per database: tenant_1 of every database of the
-- cluster shares the role theratime_tenant_1, and other databases may create, grant or
-- drop the same roles at the same moment. Every statement on roles below tolerates
-- that (create if missing, otherwise reuse; a lost race is not an error).

DO $$
BEGIN
    IF pg_catalog.to_regrole('theratime_tenants') IS NULL THEN
        BEGIN
            CREATE ROLE theratime_tenants NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database's migration created it at the same moment
        END;
    END IF;
END
$$;

-- The tenant whose role this is: theratime_tenant_42 -> 42 (NULL for any other role).
CREATE FUNCTION theratime.tenant_of_role(role_name name) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.substring(role_name::text, '^theratime_tenant_([0-9]+)$')::bigint
$$;

-- Users of other tenants that a tenant's rows still name: a user who moved away with
-- `user assign` after appointments with this tenant, or an existing user a restore
-- linked by email. The tenant's role may read these users too (names in lists and
-- exports, its backups), and nothing else of other tenants' users.
CREATE TABLE theratime.user_links (
    tenant_id  bigint NOT NULL REFERENCES theratime.tenants (id) ON DELETE CASCADE,
    user_id    bigint NOT NULL REFERENCES theratime.users (id) ON DELETE CASCADE,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX user_links_user_id_idx ON theratime.user_links (user_id);

-- The user columns of a tenant schema's tables: an explicit list, the same as
-- backups use (USER_REFERENCES in src/backup.rs), never a naming convention — a
-- column such as `external_user_id` holds another system's ids, and linking by it
-- would show another tenant's user to this one.
CREATE FUNCTION theratime.tenant_user_columns(p_tenant bigint) RETURNS TABLE (relname name, attname name)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT c.relname, a.attname
    FROM (VALUES ('appointments', 'therapist_id'), ('appointments', 'client_id'),
                 ('calendar_blocks', 'therapist_id')) r(relname, attname)
    JOIN pg_namespace n ON n.nspname = 'tenant_' || p_tenant
    JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind = 'r' AND c.relname = r.relname::name
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = r.attname::name
                        AND a.attnum > 0 AND NOT a.attisdropped
$$;

-- Whether tenant p_tenant's rows name user p_user.
CREATE FUNCTION theratime.tenant_references_user(p_tenant bigint, p_user bigint) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    col record;
    found boolean;
BEGIN
    FOR col IN SELECT relname, attname FROM theratime.tenant_user_columns(p_tenant) LOOP
        EXECUTE pg_catalog.format('SELECT EXISTS (SELECT FROM %I.%I WHERE %I OPERATOR(pg_catalog.=) $1)',
                                  'tenant_' || p_tenant, col.relname, col.attname)
        INTO found USING p_user;
        IF found THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;

-- Link every user of another tenant that tenant p_tenant's rows name (a restore, and
-- this migration for tenants made before it); returns how many links were added.
CREATE FUNCTION theratime.link_referenced_users(p_tenant bigint) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    col record;
    added bigint := 0;
    n bigint;
BEGIN
    FOR col IN SELECT relname, attname FROM theratime.tenant_user_columns(p_tenant) LOOP
        EXECUTE pg_catalog.format(
            'INSERT INTO theratime.user_links (tenant_id, user_id)
             SELECT DISTINCT $1, u.id FROM %I.%I x JOIN theratime.users u ON u.id OPERATOR(pg_catalog.=) x.%I
             WHERE u.tenant_id OPERATOR(pg_catalog.<>) $1
             ON CONFLICT DO NOTHING',
            'tenant_' || p_tenant, col.relname, col.attname)
        USING p_tenant;
        GET DIAGNOSTICS n = ROW_COUNT;
        added := added + n;
    END LOOP;
    RETURN added;
END
$$;

-- A user who leaves a tenant whose rows name them stays visible to that tenant: the
-- link, when tenant p_tenant (which p_user leaves) still exists and its rows name them.
CREATE FUNCTION theratime.link_moved_user(p_tenant bigint, p_user bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT FROM theratime.tenants WHERE id OPERATOR(pg_catalog.=) p_tenant)
       AND theratime.tenant_references_user(p_tenant, p_user) THEN
        INSERT INTO theratime.user_links (tenant_id, user_id) VALUES (p_tenant, p_user)
        ON CONFLICT DO NOTHING;
    END IF;
END
$$;

-- On one server, every change of a user's tenant links them (on Citus, V7 drops this
-- trigger and `user assign` calls link_moved_user).
CREATE FUNCTION theratime.user_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM theratime.link_moved_user(OLD.tenant_id, OLD.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER users_moved AFTER UPDATE OF tenant_id ON theratime.users
    FOR EACH ROW WHEN (OLD.tenant_id IS DISTINCT FROM NEW.tenant_id)
    EXECUTE FUNCTION theratime.user_moved();

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM theratime.tenants ORDER BY id LOOP
        PERFORM theratime.link_referenced_users(t.id);
    END LOOP;
END
$$;

-- Membership of p_member in p_role, granted once; a concurrent grant of the same
-- membership by another database is not an error.
CREATE FUNCTION theratime.grant_role_to(p_role name, p_member name) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_auth_members m
                   JOIN pg_roles r ON r.oid OPERATOR(pg_catalog.=) m.roleid
                   JOIN pg_roles u ON u.oid OPERATOR(pg_catalog.=) m.member
                   WHERE r.rolname OPERATOR(pg_catalog.=) p_role AND u.rolname OPERATOR(pg_catalog.=) p_member) THEN
        BEGIN
            EXECUTE pg_catalog.format('GRANT %I TO %I', p_role, p_member);
        EXCEPTION WHEN unique_violation THEN
            NULL; -- granted by another database at the same moment
        END;
    END IF;
END
$$;

-- The tenant's role, created if missing (otherwise reused: another database of the
-- cluster may have made it), with exactly its privileges in this database: USAGE on
-- its schema, SELECT/INSERT/UPDATE/DELETE on its tables (SELECT only on refinery's
-- history), USAGE/SELECT on its sequences, default privileges for tables and
-- sequences that later migrations add, nothing for PUBLIC on the schema. The
-- connecting role becomes a member (a superuser needs no membership to SET ROLE).
-- A schema without a tenant row (doctor's scratch reference schema) gets no role.
-- NOLOGIN, except on Citus (global V7): Citus connects to the workers as the current
-- role, so there the role must be able to log in (it has no password).
CREATE FUNCTION theratime.ensure_tenant_role(p_tenant bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r name := 'theratime_tenant_' || p_tenant;
    s name := 'tenant_' || p_tenant;
    attempt integer := 0;
    citus boolean := EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus');
BEGIN
    IF NOT EXISTS (SELECT FROM theratime.tenants WHERE id OPERATOR(pg_catalog.=) p_tenant) THEN
        RETURN;
    END IF;
    LOOP
        attempt := attempt + 1;
        BEGIN
            IF pg_catalog.to_regrole(pg_catalog.quote_ident(r)) IS NULL THEN
                BEGIN
                    EXECUTE pg_catalog.format('CREATE ROLE %I %s', r, CASE WHEN citus THEN 'LOGIN' ELSE 'NOLOGIN' END);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- created by another database at the same moment: reuse it
                END;
            END IF;
            IF citus AND NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname OPERATOR(pg_catalog.=) r) THEN
                EXECUTE pg_catalog.format('ALTER ROLE %I LOGIN', r);
            END IF;
            PERFORM theratime.grant_role_to('theratime_tenants', r);
            IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname OPERATOR(pg_catalog.=) current_user) THEN
                PERFORM theratime.grant_role_to(r, current_user);
            END IF;
            EXECUTE pg_catalog.format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', s);
            EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA %I TO %I', s, r);
            EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, r);
            IF pg_catalog.to_regclass(pg_catalog.format('%I.refinery_schema_history', s)) IS NOT NULL THEN
                EXECUTE pg_catalog.format('REVOKE INSERT, UPDATE, DELETE ON %I.refinery_schema_history FROM %I', s, r);
            END IF;
            EXECUTE pg_catalog.format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, r);
            EXECUTE pg_catalog.format(
                'ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', s, r);
            EXECUTE pg_catalog.format(
                'ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', s, r);
            RETURN;
        EXCEPTION WHEN undefined_object THEN
            -- Another database dropped the role between our check and our grants
            -- ("role … was concurrently dropped"): everything here rolled back; again.
            IF attempt >= 3 THEN
                RAISE;
            END IF;
        END;
    END LOOP;
END
$$;

-- Grant tenant p_tenant's role to p_member (the application's login role); false when
-- the tenant has no role (yet).
CREATE FUNCTION theratime.grant_tenant_role(p_tenant bigint, p_member name) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.to_regrole(pg_catalog.quote_ident('theratime_tenant_' || p_tenant)) IS NULL THEN
        RETURN false;
    END IF;
    PERFORM theratime.grant_role_to(('theratime_tenant_' || p_tenant)::name, p_member);
    RETURN true;
END
$$;

-- `tenant drop`: take back what the tenant's role holds in this database, and drop the
-- role unless another database of the cluster still depends on it (pg_shdepend: its
-- own tenant_<id> there). Returns absent, kept or dropped.
CREATE FUNCTION theratime.drop_tenant_role(p_tenant bigint) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r name := 'theratime_tenant_' || p_tenant;
    role_oid oid := pg_catalog.to_regrole(pg_catalog.quote_ident('theratime_tenant_' || p_tenant));
BEGIN
    IF role_oid IS NULL THEN
        RETURN 'absent';
    END IF;
    EXECUTE pg_catalog.format('DROP OWNED BY %I', r);
    IF EXISTS (SELECT FROM pg_shdepend d
               WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_authid'::regclass
                 AND d.refobjid OPERATOR(pg_catalog.=) role_oid
                 AND d.dbid OPERATOR(pg_catalog.<>) (SELECT oid FROM pg_database
                                                     WHERE datname OPERATOR(pg_catalog.=) pg_catalog.current_database())) THEN
        RETURN 'kept';
    END IF;
    BEGIN
        EXECUTE pg_catalog.format('DROP ROLE %I', r);
    EXCEPTION WHEN dependent_objects_still_exist THEN
        RETURN 'kept'; -- another database granted it something at the same moment
    END;
    RETURN 'dropped';
END
$$;

-- The group's share of the global schema.
GRANT USAGE ON SCHEMA theratime TO theratime_tenants;
GRANT SELECT ON theratime.users, theratime.user_links TO theratime_tenants;
GRANT EXECUTE ON FUNCTION theratime.audit_append(text, text, bigint, text, text, text, text, bigint[], bigint, text) TO theratime_tenants;

ALTER TABLE theratime.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_of_the_tenant ON theratime.users FOR SELECT TO theratime_tenants
    USING (tenant_id = theratime.tenant_of_role(current_user)
           OR id = ANY (ARRAY(SELECT l.user_id FROM theratime.user_links l
                              WHERE l.tenant_id = theratime.tenant_of_role(current_user))));
ALTER TABLE theratime.user_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY links_of_the_tenant ON theratime.user_links FOR SELECT TO theratime_tenants
    USING (tenant_id = theratime.tenant_of_role(current_user));

-- The audit trail names the login role, not the tenant role a statement runs as.
ALTER TABLE theratime.audit_log ALTER COLUMN db_user SET DEFAULT session_user;

-- The same-tenant and schedule guards read users (and the other table of the
-- schedule) whatever role writes the row: they run as their owner. The check they
-- call is theirs alone (it would tell anyone whether a user belongs to a tenant).
ALTER FUNCTION theratime.appointment_guard() SECURITY DEFINER;
ALTER FUNCTION theratime.block_guard() SECURITY DEFINER;
REVOKE EXECUTE ON FUNCTION theratime.check_tenant_user(bigint, bigint, text) FROM PUBLIC;

-- Role administration is the owner's.
REVOKE EXECUTE ON FUNCTION theratime.tenant_user_columns(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.tenant_references_user(bigint, bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.link_referenced_users(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.link_moved_user(bigint, bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.user_moved() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.grant_role_to(name, name) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.ensure_tenant_role(bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.grant_tenant_role(bigint, name) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION theratime.drop_tenant_role(bigint) FROM PUBLIC;
