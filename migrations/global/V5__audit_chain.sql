-- A complete, tamper-evident audit trail.
--
-- Each audit row carries the hash of its own content and of the previous row
-- (prev_id, prev_hash, hash): theratime.audit_hash() is the canonical form, which
-- `theratime audit verify` recomputes on its own (in Rust), so a row changed, inserted
-- or deleted in the middle of the chain is found. theratime.audit_chain_head holds the
-- newest row's id and hash; appending locks it, so concurrent writers never fork the
-- chain, and a deleted newest row is found too.
--
-- Personal values (emails, names, the old and new values of edits, cancel reasons)
-- never enter the hashed content: they live in theratime.audit_personal, which
-- `theratime user erase` blanks. The hashed row keeps only a salted digest of them
-- (personal_digest), which proves them intact while they exist and reveals nothing
-- once the salt is erased with them.

ALTER TABLE theratime.audit_log
    ADD COLUMN details         text,
    ADD COLUMN user_ids        bigint[] NOT NULL DEFAULT '{}',
    ADD COLUMN personal_digest bytea,
    ADD COLUMN prev_id         bigint,
    ADD COLUMN prev_hash       bytea,
    ADD COLUMN hash            bytea;

CREATE TABLE theratime.audit_personal (
    audit_id   bigint PRIMARY KEY REFERENCES theratime.audit_log (id),
    -- Whose values these are (no foreign key: the trail outlives the user).
    user_id    bigint,
    salt       bytea,
    data       text,
    erased_at  timestamptz,
    CONSTRAINT audit_personal_erased CHECK ((erased_at IS NULL) = (data IS NOT NULL AND salt IS NOT NULL))
);
CREATE INDEX audit_personal_user_id_idx ON theratime.audit_personal (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE theratime.audit_chain_head (
    singleton  boolean PRIMARY KEY DEFAULT true CONSTRAINT audit_chain_head_one_row CHECK (singleton),
    last_id    bigint,
    last_hash  bytea
);

-- One field of the canonical form: its length in UTF-8 bytes, ':', the value; '-'
-- for NULL. Length-prefixed, so no value can shift the fields after it.
CREATE FUNCTION theratime.audit_field(v text) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN v IS NULL THEN '-'
                ELSE pg_catalog.octet_length(pg_catalog.convert_to(v, 'UTF8'))::text || ':' || v END
$$;

-- The hash of an audit row: SHA-256 over its content and its link to the previous
-- row. `theratime audit verify` computes the same in Rust (src/audit.rs, row_hash).
CREATE FUNCTION theratime.audit_hash(a theratime.audit_log) RETURNS bytea
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.sha256(pg_catalog.convert_to(
        'theratime-audit-v1'
        || theratime.audit_field(a.id::text)
        || theratime.audit_field(pg_catalog.to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || theratime.audit_field(a.db_user)
        || theratime.audit_field(a.os_user)
        || theratime.audit_field(a.command)
        || theratime.audit_field(a.tenant_id::text)
        || theratime.audit_field(a.tenant_slug)
        || theratime.audit_field(a.target)
        || theratime.audit_field(a.outcome)
        || theratime.audit_field(a.details)
        || theratime.audit_field(pg_catalog.array_to_string(a.user_ids, ','))
        || theratime.audit_field(pg_catalog.encode(a.personal_digest, 'hex'))
        || theratime.audit_field(a.prev_id::text)
        || theratime.audit_field(pg_catalog.encode(a.prev_hash, 'hex')),
        'UTF8'))
$$;

-- Append one audit row in the caller's (READ COMMITTED) transaction: lock the chain
-- head (held until the transaction ends, so appends are serialised and the chain
-- never forks; FOR UPDATE reads the head a concurrent writer just committed), link
-- the row to it, hash it, insert it and its personal values, move the head.
CREATE FUNCTION theratime.audit_append(
    p_os_user text, p_command text, p_tenant_id bigint, p_tenant_slug text, p_target text,
    p_outcome text, p_details text, p_user_ids bigint[], p_personal_user bigint, p_personal text)
RETURNS bigint
LANGUAGE plpgsql
-- SECURITY DEFINER: the only way a tenant role (global V6) writes the trail; it may
-- not read or lock the chain head itself. The search_path is pinned.
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    head theratime.audit_chain_head;
    r theratime.audit_log;
    v_salt bytea;
BEGIN
    SELECT * INTO head FROM theratime.audit_chain_head FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit chain head (theratime.audit_chain_head) is missing; run `theratime audit verify`';
    END IF;
    r.id := pg_catalog.nextval('theratime.audit_log_id_seq'::pg_catalog.regclass);
    r.at := pg_catalog.now();
    r.db_user := session_user;
    r.os_user := p_os_user;
    r.command := p_command;
    r.tenant_id := p_tenant_id;
    r.tenant_slug := p_tenant_slug;
    r.target := p_target;
    r.outcome := p_outcome;
    r.details := p_details;
    r.user_ids := coalesce(p_user_ids, '{}');
    IF p_personal IS NOT NULL THEN
        v_salt := pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid());
        r.personal_digest := pg_catalog.sha256(v_salt || pg_catalog.convert_to(p_personal, 'UTF8'));
    END IF;
    r.prev_id := head.last_id;
    r.prev_hash := head.last_hash;
    r.hash := theratime.audit_hash(r);
    INSERT INTO theratime.audit_log OVERRIDING SYSTEM VALUE VALUES (r.*);
    IF p_personal IS NOT NULL THEN
        INSERT INTO theratime.audit_personal (audit_id, user_id, salt, data)
        VALUES (r.id, p_personal_user, v_salt, p_personal);
    END IF;
    UPDATE theratime.audit_chain_head SET last_id = r.id, last_hash = r.hash;
    RETURN r.id;
END
$$;

REVOKE EXECUTE ON FUNCTION theratime.audit_append(text, text, bigint, text, text, text, text, bigint[], bigint, text) FROM PUBLIC;

-- Rows written before this migration: personal values in their targets (the emails
-- of user commands) move to the side table, the target names the user by id, and
-- every row is chained in id order, so `audit verify` passes on an upgraded database.
INSERT INTO theratime.audit_personal (audit_id, user_id, salt, data)
SELECT a.id, u.id,
       pg_catalog.uuid_send(pg_catalog.gen_random_uuid()) || pg_catalog.uuid_send(pg_catalog.gen_random_uuid()),
       pg_catalog.json_build_object('target', a.target)::text
FROM theratime.audit_log a
LEFT JOIN theratime.users u ON lower(u.email) = lower(pg_catalog.split_part(a.target, ' ', 1))
WHERE a.command IN ('user add', 'user edit', 'user deactivate', 'user assign') AND a.target IS NOT NULL;

UPDATE theratime.audit_log a
SET target = 'user ' || coalesce(p.user_id::text, '?'),
    user_ids = CASE WHEN p.user_id IS NULL THEN '{}' ELSE ARRAY[p.user_id] END,
    personal_digest = pg_catalog.sha256(p.salt || pg_catalog.convert_to(p.data, 'UTF8'))
FROM theratime.audit_personal p
WHERE p.audit_id = a.id;

DO $$
DECLARE
    r theratime.audit_log;
    v_last_id bigint;
    v_last_hash bytea;
BEGIN
    FOR r IN SELECT * FROM theratime.audit_log ORDER BY id LOOP
        r.prev_id := v_last_id;
        r.prev_hash := v_last_hash;
        r.hash := theratime.audit_hash(r);
        UPDATE theratime.audit_log SET prev_id = r.prev_id, prev_hash = r.prev_hash, hash = r.hash
        WHERE id = r.id;
        v_last_id := r.id;
        v_last_hash := r.hash;
    END LOOP;
    INSERT INTO theratime.audit_chain_head (last_id, last_hash) VALUES (v_last_id, v_last_hash);
END
$$;

ALTER TABLE theratime.audit_log ALTER COLUMN hash SET NOT NULL;

-- Append-only: theratime never changes or deletes an audit row, so nothing may by
-- accident (a table owner or superuser can still disable the trigger: `audit verify`
-- is what detects that).
CREATE FUNCTION theratime.audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '55000',
        MESSAGE = pg_catalog.format('theratime.%s is append-only: %s is refused', TG_TABLE_NAME, TG_OP);
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON theratime.audit_log
    FOR EACH ROW EXECUTE FUNCTION theratime.audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON theratime.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION theratime.audit_log_append_only();

-- Personal values may only be erased (data and salt blanked), never changed or deleted.
CREATE FUNCTION theratime.audit_personal_erase_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.audit_id = OLD.audit_id AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
       AND NEW.data IS NULL AND NEW.salt IS NULL AND NEW.erased_at IS NOT NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '55000',
        MESSAGE = pg_catalog.format('theratime.audit_personal can only be erased: %s is refused', TG_OP);
END
$$;
CREATE TRIGGER audit_personal_erase_only BEFORE UPDATE OR DELETE ON theratime.audit_personal
    FOR EACH ROW EXECUTE FUNCTION theratime.audit_personal_erase_only();
CREATE TRIGGER audit_personal_no_truncate BEFORE TRUNCATE ON theratime.audit_personal
    FOR EACH STATEMENT EXECUTE FUNCTION theratime.audit_personal_erase_only();

-- An index for each filter of `theratime audit list` (newest first: id last).
CREATE INDEX audit_log_tenant_id_idx ON theratime.audit_log (tenant_id, id);
CREATE INDEX audit_log_tenant_slug_idx ON theratime.audit_log (tenant_slug, id);
CREATE INDEX audit_log_db_user_idx ON theratime.audit_log (db_user, id);
CREATE INDEX audit_log_os_user_idx ON theratime.audit_log (os_user, id);
CREATE INDEX audit_log_command_idx ON theratime.audit_log (command text_pattern_ops, id);
CREATE INDEX audit_log_target_idx ON theratime.audit_log (target, id);
-- The rows about a user (`user export`).
CREATE INDEX audit_log_user_ids_idx ON theratime.audit_log USING gin (user_ids);
