-- Global functions run with a pinned search_path and qualify what they call, so that
-- a caller's search_path (`SET search_path = evil, pg_catalog`) or a session's
-- temporary objects can never stand in for a built-in they use.

CREATE OR REPLACE FUNCTION theratime.tenant_of_schema(schema_name name) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.substring(schema_name, '^tenant_([0-9]+)$')::bigint
$$;

CREATE OR REPLACE FUNCTION theratime.check_tenant_user(p_tenant bigint, p_user bigint, p_role text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    u record;
BEGIN
    -- FOR SHARE: a concurrent move or deactivation of this user waits for us.
    SELECT tenant_id, role, active INTO u FROM theratime.users WHERE id = p_user FOR SHARE;
    IF NOT FOUND THEN
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
$$;

CREATE OR REPLACE FUNCTION theratime.lock_therapist_schedule(p_therapist bigint) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.pg_advisory_xact_lock(1414025549, (p_therapist % 2147483647)::integer)
$$;

CREATE OR REPLACE FUNCTION theratime.appointment_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tid bigint := theratime.tenant_of_schema(TG_TABLE_SCHEMA);
    clash boolean;
BEGIN
    IF tid IS NULL THEN
        RAISE EXCEPTION 'appointments must live in a tenant_<id> schema, not in %', TG_TABLE_SCHEMA;
    END IF;
    IF TG_OP = 'INSERT'
       OR NEW.therapist_id IS DISTINCT FROM OLD.therapist_id
       OR NEW.client_id IS DISTINCT FROM OLD.client_id
       OR NEW.starts_at IS DISTINCT FROM OLD.starts_at
       OR NEW.ends_at IS DISTINCT FROM OLD.ends_at THEN
        PERFORM theratime.check_tenant_user(tid, NEW.therapist_id, 'therapist');
        PERFORM theratime.check_tenant_user(tid, NEW.client_id, 'client');
        IF NEW.status <> 'cancelled' THEN
            PERFORM theratime.lock_therapist_schedule(NEW.therapist_id);
            EXECUTE pg_catalog.format(
                'SELECT EXISTS (SELECT 1 FROM %I.calendar_blocks '
                'WHERE therapist_id OPERATOR(pg_catalog.=) $1 '
                'AND pg_catalog.tstzrange(starts_at, ends_at, ''[)'') OPERATOR(pg_catalog.&&) pg_catalog.tstzrange($2, $3, ''[)''))',
                TG_TABLE_SCHEMA)
            INTO clash USING NEW.therapist_id, NEW.starts_at, NEW.ends_at;
            IF clash THEN
                RAISE EXCEPTION USING ERRCODE = '23P01', CONSTRAINT = 'appointments_no_block_overlap',
                    MESSAGE = pg_catalog.format('the time overlaps a calendar block of therapist %s', NEW.therapist_id);
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION theratime.block_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tid bigint := theratime.tenant_of_schema(TG_TABLE_SCHEMA);
    clash_id bigint;
    clash_at timestamptz;
BEGIN
    IF tid IS NULL THEN
        RAISE EXCEPTION 'calendar blocks must live in a tenant_<id> schema, not in %', TG_TABLE_SCHEMA;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.therapist_id IS DISTINCT FROM OLD.therapist_id THEN
        PERFORM theratime.check_tenant_user(tid, NEW.therapist_id, 'therapist');
    END IF;
    PERFORM theratime.lock_therapist_schedule(NEW.therapist_id);
    EXECUTE pg_catalog.format(
        'SELECT id, starts_at FROM %I.appointments WHERE therapist_id OPERATOR(pg_catalog.=) $1 '
        'AND status OPERATOR(pg_catalog.<>) ''cancelled'' '
        'AND pg_catalog.tstzrange(starts_at, ends_at, ''[)'') OPERATOR(pg_catalog.&&) pg_catalog.tstzrange($2, $3, ''[)'') '
        'ORDER BY starts_at, id LIMIT 1',
        TG_TABLE_SCHEMA)
    INTO clash_id, clash_at USING NEW.therapist_id, NEW.starts_at, NEW.ends_at;
    IF clash_id IS NOT NULL THEN
        -- Names the appointment (id, start in UTC) so the caller can say which one.
        RAISE EXCEPTION USING ERRCODE = '23P01', CONSTRAINT = 'calendar_blocks_no_appointment_overlap',
            MESSAGE = pg_catalog.format('the block overlaps appointment %s (starting %s) of therapist %s',
                clash_id, pg_catalog.to_char(clash_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                NEW.therapist_id),
            DETAIL = pg_catalog.format('appointment_id=%s starts_at=%s', clash_id,
                pg_catalog.to_char(clash_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    END IF;
    RETURN NEW;
END
$$;
