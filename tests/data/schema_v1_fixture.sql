-- Fixture: a database of the first released schema (version 1) with data, frozen.
-- Never edit: newer schemas must upgrade it with the data intact.
-- Kurator schema 1: the whole entity set of the target model (docs/data-model.md).
-- Portable subset of SQLite and PostgreSQL: dates are ISO text (YYYY-MM-DD), flags are 0/1,
-- every table carries org_id so that one server can hold many schools.

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL DEFAULT 'school',
    municipality TEXT,
    address TEXT
);

CREATE TABLE academic_year (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    start_year INTEGER NOT NULL,
    UNIQUE (org_id, start_year)
);

CREATE TABLE partner_organisation (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    agreement_number TEXT,
    agreement_date TEXT,
    contact_person TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    notes TEXT
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT,
    name_key TEXT NOT NULL,
    birth_date TEXT,
    sex TEXT,
    category TEXT NOT NULL,
    class_name TEXT,
    position TEXT,
    pedagogical_since TEXT,
    workplace TEXT,
    partner_id INTEGER REFERENCES partner_organisation(id),
    graduation_year INTEGER,
    phone TEXT,
    email TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX person_name_key ON person (name_key);
CREATE INDEX person_category ON person (category, status);

CREATE TABLE person_tag (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (person_id, tag)
);

CREATE TABLE legal_representative (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    minor_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    representative_id INTEGER NOT NULL REFERENCES person(id),
    relation TEXT,
    UNIQUE (minor_id, representative_id),
    CHECK (minor_id <> representative_id)
);
CREATE INDEX legal_representative_rep ON legal_representative (representative_id);

CREATE TABLE consent (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    signer_person_id INTEGER REFERENCES person(id),
    signed_on TEXT NOT NULL,
    scope TEXT,
    valid_until TEXT,
    withdrawn_on TEXT,
    document_ref TEXT
);
CREATE INDEX consent_person ON consent (person_id);

CREATE TABLE mentoring_form (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    mentor_category TEXT,
    mentee_category TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (org_id, code)
);

CREATE TABLE role_model (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    form_id INTEGER NOT NULL REFERENCES mentoring_form(id) ON DELETE CASCADE,
    title TEXT NOT NULL
);

CREATE TABLE mentee_profile (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    request TEXT,
    problems TEXT,
    interests TEXT,
    desired_form_id INTEGER REFERENCES mentoring_form(id),
    entered_on TEXT,
    completed_on TEXT,
    results TEXT,
    case_link TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    UNIQUE (person_id, academic_year_id)
);

CREATE TABLE mentor_profile (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    competencies TEXT,
    achievements TEXT,
    interests TEXT,
    desired_age_from INTEGER,
    desired_age_to INTEGER,
    time_resource TEXT,
    schedule TEXT,
    capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 0),
    training_done INTEGER NOT NULL DEFAULT 0,
    training_date TEXT,
    form_id INTEGER REFERENCES mentoring_form(id),
    entered_on TEXT,
    completed_on TEXT,
    results TEXT,
    case_link TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    UNIQUE (person_id, academic_year_id)
);

CREATE TABLE questionnaire_template (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    definition TEXT NOT NULL
);

CREATE TABLE questionnaire_response (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    template_id INTEGER REFERENCES questionnaire_template(id),
    kind TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    submitted_on TEXT,
    source TEXT,
    imported_at TEXT
);

CREATE TABLE questionnaire_answer (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    response_id INTEGER NOT NULL REFERENCES questionnaire_response(id) ON DELETE CASCADE,
    question_key TEXT NOT NULL,
    answer TEXT
);

CREATE TABLE matching_run (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    created_at TEXT NOT NULL,
    criteria TEXT NOT NULL,
    constraints_json TEXT,
    mode TEXT NOT NULL,
    min_score REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'proposed',
    approved_at TEXT,
    previous_run_id INTEGER REFERENCES matching_run(id),
    notes TEXT
);

CREATE TABLE matching_proposal (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    run_id INTEGER NOT NULL REFERENCES matching_run(id) ON DELETE CASCADE,
    mentor_id INTEGER REFERENCES person(id),
    mentee_id INTEGER NOT NULL REFERENCES person(id),
    score REAL,
    breakdown TEXT,
    origin TEXT NOT NULL DEFAULT 'auto',
    curator_change TEXT,
    unmatched_reason TEXT
);

CREATE TABLE mentoring_order (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    number TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    title TEXT,
    body TEXT
);

CREATE TABLE programme (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    title TEXT NOT NULL,
    target_audience TEXT,
    period_from TEXT,
    period_to TEXT,
    form_id INTEGER REFERENCES mentoring_form(id),
    goals TEXT,
    tasks TEXT,
    mentor_selection TEXT,
    mentor_training TEXT,
    monitoring TEXT,
    motivation TEXT,
    expected_results TEXT,
    partners TEXT,
    actual_results TEXT,
    publication_link TEXT
);

CREATE TABLE mentoring_pair (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    kind TEXT NOT NULL DEFAULT 'pair',
    title TEXT,
    form_id INTEGER REFERENCES mentoring_form(id),
    role_model_id INTEGER REFERENCES role_model(id),
    programme_id INTEGER REFERENCES programme(id),
    order_id INTEGER REFERENCES mentoring_order(id),
    matching_run_id INTEGER REFERENCES matching_run(id),
    started_on TEXT,
    planned_end_on TEXT,
    ended_on TEXT,
    status TEXT NOT NULL DEFAULT 'forming',
    end_reason TEXT,
    results TEXT,
    case_link TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX mentoring_pair_year ON mentoring_pair (academic_year_id, status);

CREATE TABLE pair_member (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    pair_id INTEGER NOT NULL REFERENCES mentoring_pair(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id),
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    joined_on TEXT,
    left_on TEXT,
    UNIQUE (pair_id, person_id)
);
CREATE INDEX pair_member_person ON pair_member (person_id);

CREATE TABLE individual_plan (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    pair_id INTEGER NOT NULL REFERENCES mentoring_pair(id) ON DELETE CASCADE,
    goal TEXT,
    gaps TEXT,
    template_code TEXT,
    created_on TEXT
);

CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    plan_id INTEGER NOT NULL REFERENCES individual_plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section TEXT,
    activity TEXT NOT NULL,
    deadline TEXT,
    expected_result TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    done_on TEXT,
    comment TEXT
);
CREATE INDEX plan_item_plan ON plan_item (plan_id);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    pair_id INTEGER REFERENCES mentoring_pair(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    planned_on TEXT,
    held_on TEXT,
    duration_min INTEGER,
    topic TEXT,
    outcome TEXT,
    next_on TEXT
);
CREATE INDEX meeting_pair ON meeting (pair_id);

CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    present INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE survey_template (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    satisfied_threshold REAL NOT NULL DEFAULT 7
);

CREATE TABLE survey_question (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    template_id INTEGER NOT NULL REFERENCES survey_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    answer_type TEXT NOT NULL CHECK (answer_type IN ('scale', 'yesno', 'choice', 'text')),
    choices TEXT
);

CREATE TABLE survey_response (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    template_id INTEGER NOT NULL REFERENCES survey_template(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    pair_id INTEGER REFERENCES mentoring_pair(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    answered_on TEXT NOT NULL
);

CREATE TABLE survey_answer (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    response_id INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_question(id),
    value_number REAL,
    value_text TEXT
);

CREATE TABLE achievement (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    achieved_on TEXT,
    kind TEXT NOT NULL,
    level TEXT,
    title TEXT NOT NULL
);

CREATE TABLE roadmap (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    title TEXT NOT NULL,
    source TEXT
);

CREATE TABLE roadmap_item (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    roadmap_id INTEGER NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number_label TEXT,
    section TEXT,
    activity TEXT NOT NULL,
    deadline_text TEXT,
    deadline_from TEXT,
    deadline_to TEXT,
    recurrence TEXT,
    deadline_unparsed INTEGER NOT NULL DEFAULT 0,
    owners TEXT,
    expected_result TEXT,
    kpi_text TEXT,
    kpi_target REAL,
    kpi_unit TEXT,
    kpi_comparison TEXT,
    kpi_code TEXT,
    kpi_actual_manual REAL,
    status TEXT NOT NULL DEFAULT 'planned',
    evidence TEXT,
    notes TEXT
);

CREATE TABLE kpi_definition (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    numerator TEXT NOT NULL,
    denominator TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '%',
    comparison TEXT NOT NULL DEFAULT '>=',
    parameters TEXT,
    UNIQUE (org_id, code)
);

CREATE TABLE kpi_target (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    kpi_id INTEGER NOT NULL REFERENCES kpi_definition(id) ON DELETE CASCADE,
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    target_value REAL NOT NULL,
    UNIQUE (kpi_id, academic_year_id)
);

CREATE TABLE contingent (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    academic_year_id INTEGER NOT NULL REFERENCES academic_year(id),
    code TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    UNIQUE (academic_year_id, code)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    details TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TABLE app_setting (
    org_id INTEGER NOT NULL DEFAULT 1 REFERENCES organisation(id),
    key TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (org_id, key)
);

-- The organisation this file belongs to; a curator renames it in the settings.
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2024-09-01T10:00:00Z');
INSERT INTO organisation (id, name, kind) VALUES (1, 'МБОУ СОШ № 3', 'school');
INSERT INTO academic_year (id, start_year) VALUES (1, 2024);
INSERT INTO partner_organisation (id, name, name_key, kind, agreement_number, agreement_date)
  VALUES (1, 'ООО «Вектор»', 'ооо «вектор»', 'enterprise', '12/24', '2024-08-20');
INSERT INTO person (id, last_name, first_name, patronymic, name_key, birth_date, category, class_name, status, created_at, updated_at)
  VALUES (1, 'Семёнова', 'Алёна', 'Игоревна', 'семенова алена игоревна', '2011-03-05', 'pupil', '7Б', 'active', '2024-09-01T10:00:00Z', '2024-09-01T10:00:00Z');
INSERT INTO person (id, last_name, first_name, patronymic, name_key, birth_date, category, position, pedagogical_since, status, created_at, updated_at)
  VALUES (2, 'Ершов', 'Пётр', 'Ильич', 'ершов петр ильич', '1975-11-30', 'teacher', 'учитель физики', '1998-09-01', 'active', '2024-09-01T10:00:00Z', '2024-09-01T10:00:00Z');
INSERT INTO person (id, last_name, first_name, patronymic, name_key, category, status, created_at, updated_at)
  VALUES (3, 'Семёнов', 'Игорь', 'Петрович', 'семенов игорь петрович', 'parent', 'active', '2024-09-01T10:00:00Z', '2024-09-01T10:00:00Z');
INSERT INTO legal_representative (minor_id, representative_id, relation) VALUES (1, 3, 'отец');
INSERT INTO consent (person_id, signer_person_id, signed_on, valid_until) VALUES (1, 3, '2024-09-02', '2025-08-31');
INSERT INTO mentee_profile (person_id, academic_year_id, request, entered_on) VALUES (1, 1, 'подтянуть физику', '2024-10-01');
INSERT INTO mentor_profile (person_id, academic_year_id, competencies, capacity) VALUES (2, 1, 'физика, олимпиады', 2);
INSERT INTO mentoring_pair (id, academic_year_id, kind, started_on, status, created_at) VALUES (1, 1, 'pair', '2024-10-01', 'active', '2024-10-01T09:00:00Z');
INSERT INTO pair_member (pair_id, person_id, role) VALUES (1, 2, 'mentor');
INSERT INTO pair_member (pair_id, person_id, role) VALUES (1, 1, 'mentee');
INSERT INTO audit_log (at, user_name, entity, entity_id, action) VALUES ('2024-09-01T10:00:00Z', 'curator', 'person', 1, 'create');
