-- SkillLadder schema version 1: company, units, occupations, workers, grade history, audit.
-- Portable SQL: %AUTO_ID% and the like are filled in by SqlDialect (core/store/sqldialect.cpp).
-- Dates are ISO text (YYYY-MM-DD); flags are INTEGER 0/1; money, when it comes, is INTEGER fen.

CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

-- Who did what and when. Append-only records (workers' creation, grade awards) point to the event
-- that created them; changes to mutable fields are audit_change rows with old and new value.
CREATE TABLE audit_event (
    id %AUTO_ID%,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL
);

CREATE TABLE audit_change (
    id %AUTO_ID%,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_change_entity ON audit_change(entity, entity_id);

CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    province_code INTEGER NOT NULL,
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

-- Enterprise-editable, effective-dated policy values (DOMAIN.md: defaults, never constants).
CREATE TABLE policy_value (
    key TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    value TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (key, effective_from)
);

CREATE TABLE site (
    id %AUTO_ID%,
    name TEXT NOT NULL UNIQUE,
    province_code INTEGER,
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

CREATE TABLE workshop (
    id %AUTO_ID%,
    site_id INTEGER REFERENCES site(id),
    name TEXT NOT NULL,
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE UNIQUE INDEX workshop_site_name ON workshop(COALESCE(site_id, 0), name);

-- highest_grade: the top rank the occupation's standard has (7 = 首席技师); 特级技师 and
-- 首席技师 need at least 高级技师 (5).
CREATE TABLE occupation (
    id %AUTO_ID%,
    name TEXT NOT NULL UNIQUE,
    highest_grade INTEGER NOT NULL DEFAULT 7 CHECK (highest_grade BETWEEN 0 AND 7),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

CREATE TABLE worker (
    id %AUTO_ID%,
    employee_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('M', 'F')),
    id_number TEXT,
    birth_date TEXT,
    hire_date TEXT NOT NULL,
    leave_date TEXT,
    site_id INTEGER REFERENCES site(id),
    workshop_id INTEGER REFERENCES workshop(id),
    occupation_id INTEGER REFERENCES occupation(id),
    frontline INTEGER NOT NULL DEFAULT 0 CHECK (frontline IN (0, 1)),
    team_leader INTEGER NOT NULL DEFAULT 0 CHECK (team_leader IN (0, 1)),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    CHECK (leave_date IS NULL OR leave_date >= hire_date)
);
CREATE UNIQUE INDEX worker_id_number ON worker(id_number) WHERE id_number IS NOT NULL;
-- Covers the "in service on D, by unit" scan of the target report.
CREATE INDEX worker_unit ON worker(site_id, workshop_id, hire_date, leave_date);
CREATE INDEX worker_occupation ON worker(occupation_id);

-- Grade history: append-only, effective-dated; a correction revokes, never edits.
-- occupation_id is NULL when the source did not say in which occupation the grade was awarded.
CREATE TABLE grade_award (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    occupation_id INTEGER REFERENCES occupation(id),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 7),
    effective_date TEXT NOT NULL,
    way TEXT NOT NULL,
    revoked_date TEXT,
    revoked_event_id INTEGER REFERENCES audit_event(id),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX grade_award_worker ON grade_award(worker_id, occupation_id, effective_date);
