-- Kurator on a municipal PostgreSQL server: what the schema's migrations stand on there.
-- Run by the server's administrator (the owner of the database) before the migrations, every time;
-- each statement can run again.

-- Who may sign in and as whom: a curator belongs to one school, a coordinator sees all of them.
CREATE TABLE IF NOT EXISTS kurator_account (
    role_name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('curator', 'coordinator')),
    org_id INTEGER,
    CHECK ((kind = 'curator') = (org_id IS NOT NULL))
);

-- The school a session works in. A curator's is fixed by the account, whatever the session sets. A
-- coordinator and the administrator work in the municipality itself (organisation 1) unless they
-- choose a school with SET kurator.school = N, or every school at once with 0 (NULL here: the
-- consolidated figures). Anybody else sees none (0). session_user, not current_user: SET ROLE to a
-- group role must not change the school.
CREATE OR REPLACE FUNCTION kurator_org() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account record;
    chosen integer;
BEGIN
    SELECT kind, org_id INTO account FROM kurator_account WHERE role_name = session_user;
    IF FOUND AND account.kind = 'curator' THEN
        RETURN account.org_id;
    END IF;
    IF FOUND OR session_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'kurator_account')
       OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        chosen := COALESCE(NULLIF(current_setting('kurator.school', true), '')::integer, 1);
        RETURN NULLIF(chosen, 0);
    END IF;
    RETURN 0;
END
$$;

-- The organisation a new row belongs to: the session's school, or the municipality itself (1) for the
-- coordinator's and administrator's own rows.
CREATE OR REPLACE FUNCTION kurator_home_org() RETURNS integer
LANGUAGE sql STABLE AS $$ SELECT COALESCE(kurator_org(), 1) $$;

-- SQLite gives a row inserted with a NULL id the next one; PostgreSQL's identity columns take their
-- default only when the column is left out. The repositories bind NULL for "new" (and a known id to
-- restore an undone deletion), so a trigger does what SQLite does.
CREATE OR REPLACE FUNCTION kurator_fill_id() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(pg_get_serial_sequence(quote_ident(TG_TABLE_NAME), 'id'));
    END IF;
    RETURN NEW;
END
$$;

-- The planner's statistics of the tables an upload has grown: before autovacuum gets to them, the
-- consolidated figures would be planned for near-empty tables and take seconds instead of a moment.
-- A table is analysed when it has grown by a fifth since its last statistics (its pages against
-- those the statistics counted), so that a large server is not re-analysed for every school.
-- ANALYZE is the owner's; the function lets a curator's upload ask for it.
CREATE OR REPLACE FUNCTION kurator_refresh_statistics() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'
               AND pg_relation_size(c.oid) / current_setting('block_size')::integer > 1.2 * c.relpages + 4
    LOOP
        EXECUTE format('ANALYZE %I', t.relname);
    END LOOP;
END
$$;

-- Which server row came from which row of which school file, and what it held at the last upload or
-- download (SchoolTransfer): a second upload adds only what is new, updates what changed in the file
-- alone, and reports a row changed on both sides instead of overwriting it.
CREATE TABLE IF NOT EXISTS kurator_origin (
    org_id INTEGER NOT NULL DEFAULT kurator_home_org(),
    source TEXT NOT NULL,
    table_name TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    server_id INTEGER NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (org_id, source, table_name, local_id)
);
