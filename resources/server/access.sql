-- Who reads and writes what on a municipal server, enforced by PostgreSQL itself: a curator's
-- credentials reach only their school's rows, whatever SQL they type; the coordinator reads every
-- school's programme data and figures, never a person's name or contacts, and writes only the
-- municipality's own roadmap. Run by the administrator after every upgrade of the schema (new tables
-- get their policies); each statement can run again.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kurator_curator') THEN
        CREATE ROLE kurator_curator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kurator_coordinator') THEN
        CREATE ROLE kurator_coordinator NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, kurator_curator, kurator_coordinator;
REVOKE ALL ON FUNCTION kurator_org(), kurator_refresh_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kurator_org(), kurator_home_org(), kurator_refresh_statistics() TO kurator_curator, kurator_coordinator;
GRANT USAGE ON SCHEMA public TO kurator_curator, kurator_coordinator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kurator_curator, kurator_coordinator;
GRANT SELECT ON schema_version TO kurator_curator, kurator_coordinator;

-- Every table of a school's data: the curator's school only, both ways.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.columns
             WHERE table_schema = 'public' AND column_name = 'org_id' AND table_name <> 'kurator_account'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        -- Every policy filters by the school: on a server of many, by an index.
        EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I (org_id)', t.table_name || '_org', t.table_name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO kurator_curator', t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS school_only ON %I', t.table_name);
        EXECUTE format('CREATE POLICY school_only ON %I TO kurator_curator USING (org_id = (SELECT kurator_org())) '
                       'WITH CHECK (org_id = (SELECT kurator_org()))', t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS coordinator_reads ON %I', t.table_name);
        EXECUTE format('CREATE POLICY coordinator_reads ON %I FOR SELECT TO kurator_coordinator '
                       'USING ((SELECT kurator_org()) IS NULL OR org_id = (SELECT kurator_org()))', t.table_name);
    END LOOP;
END
$$;

-- On a server, the organisation of the first migration is the municipality itself, not a school.
UPDATE organisation SET kind = 'municipality',
    name = CASE WHEN name = 'Образовательная организация' THEN 'Муниципалитет' ELSE name END
WHERE id = 1 AND kind = 'school';

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
GRANT SELECT, UPDATE ON organisation TO kurator_curator;
GRANT SELECT ON organisation TO kurator_coordinator;
DROP POLICY IF EXISTS school_only ON organisation;
CREATE POLICY school_only ON organisation TO kurator_curator USING (id = (SELECT kurator_org()));
DROP POLICY IF EXISTS coordinator_reads ON organisation;
CREATE POLICY coordinator_reads ON organisation FOR SELECT TO kurator_coordinator USING (true);

-- The coordinator: whole tables of programme data, the people only by what the figures need.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.columns
             WHERE table_schema = 'public' AND column_name = 'org_id'
               AND table_name NOT IN ('kurator_account', 'person', 'questionnaire_answer', 'audit_log', 'mentoring_order')
    LOOP
        EXECUTE format('GRANT SELECT ON %I TO kurator_coordinator', t.table_name);
    END LOOP;
END
$$;
GRANT SELECT (id, org_id, birth_date, sex, category, class_name, position, pedagogical_since, partner_id,
              graduation_year, status, created_at, updated_at) ON person TO kurator_coordinator;
GRANT SELECT (id, org_id, number, issued_on, title) ON mentoring_order TO kurator_coordinator;

-- The municipality's own roadmap and settings (organisation 1): the coordinator's to write. Writing
-- only: a policy FOR ALL would also let every read see the municipality's rows beside a chosen school's.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['academic_year', 'roadmap', 'roadmap_item', 'kpi_definition', 'kpi_target', 'app_setting']
    LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO kurator_coordinator', t);
        EXECUTE format('DROP POLICY IF EXISTS municipality_writes ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS municipality_inserts ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS municipality_updates ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS municipality_deletes ON %I', t);
        EXECUTE format('CREATE POLICY municipality_inserts ON %I FOR INSERT TO kurator_coordinator WITH CHECK (org_id = 1)', t);
        EXECUTE format('CREATE POLICY municipality_updates ON %I FOR UPDATE TO kurator_coordinator USING (org_id = 1) '
                       'WITH CHECK (org_id = 1)', t);
        EXECUTE format('CREATE POLICY municipality_deletes ON %I FOR DELETE TO kurator_coordinator USING (org_id = 1)', t);
    END LOOP;
END
$$;
GRANT INSERT ON audit_log TO kurator_coordinator;
DROP POLICY IF EXISTS municipality_writes ON audit_log;
CREATE POLICY municipality_writes ON audit_log FOR INSERT TO kurator_coordinator WITH CHECK (org_id = 1);
