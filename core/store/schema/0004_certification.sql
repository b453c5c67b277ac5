-- SkillLadder schema version 4: grade certification (issue #5, DOMAIN.md §3 and §6).
-- A certification is proposed, then approved or rejected by another person, and may later be
-- revoked; every step is an audit event. Approval writes the grade_award the statistics read and
-- the certificate with its number. Nothing here is ever deleted.

-- Skill competitions (职业技能竞赛, section 十四) and their results per worker.
CREATE TABLE competition (
    id %AUTO_ID%,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('world', 'national', 'provincial', 'municipal',
                                         'industry', 'enterprise')),
    organiser TEXT NOT NULL,
    held_on TEXT NOT NULL,
    occupation_id INTEGER REFERENCES occupation(id),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

-- placing: gold / silver / bronze medal, excellence (优胜奖), or a bare rank. Quoted: PLACING is
-- a reserved word of PostgreSQL (a qualified r.placing needs no quotes).
CREATE TABLE competition_result (
    id %AUTO_ID%,
    competition_id INTEGER NOT NULL REFERENCES competition(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    "placing" TEXT NOT NULL CHECK ("placing" IN ('gold', 'silver', 'bronze', 'excellence', 'rank')),
    rank INTEGER CHECK (rank IS NULL OR rank > 0),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    UNIQUE (competition_id, worker_id)
);

-- An assessment round or a competition's results: certifications approved and printed together.
CREATE TABLE assessment_round (
    id %AUTO_ID%,
    name TEXT NOT NULL UNIQUE,
    competition_id INTEGER UNIQUE REFERENCES competition(id),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

-- One way to a grade (DOMAIN.md §3). from_grade is the grade the worker held in the occupation
-- when it was proposed (NULL: none). The decision and revocation columns are written once each.
CREATE TABLE certification (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    occupation_id INTEGER NOT NULL REFERENCES occupation(id),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 7),
    from_grade INTEGER CHECK (from_grade BETWEEN 0 AND 7),
    way TEXT NOT NULL CHECK (way IN ('regular', 'direct', 'direct-high', 'exceptional',
                                     'competition')),
    ground TEXT CHECK (ground IN ('technical-problem', 'award', 'mentoring')),
    evidence TEXT,
    effective_date TEXT NOT NULL,
    round_id INTEGER REFERENCES assessment_round(id),
    competition_result_id INTEGER REFERENCES competition_result(id),
    external_number TEXT,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'revoked')),
    proposed_by TEXT NOT NULL,
    proposed_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    decided_by TEXT,
    decision_reason TEXT,
    decided_event_id INTEGER REFERENCES audit_event(id),
    revoked_by TEXT,
    revoke_reason TEXT,
    revoked_event_id INTEGER REFERENCES audit_event(id),
    grade_award_id INTEGER REFERENCES grade_award(id)
);
CREATE INDEX certification_worker ON certification(worker_id, status);
CREATE INDEX certification_round ON certification(round_id, status);
CREATE INDEX certification_status ON certification(status, effective_date);

-- The certificate of an approved certification; number follows DOMAIN.md §6 and never repeats.
-- The printed fields are kept as issued: a later correction of the roster does not change a
-- certificate already handed over (nor make it fail verification).
CREATE TABLE certificate (
    id %AUTO_ID%,
    certification_id INTEGER NOT NULL UNIQUE REFERENCES certification(id),
    number TEXT NOT NULL UNIQUE,
    issue_date TEXT NOT NULL,
    body_name TEXT NOT NULL,
    worker_name TEXT NOT NULL,
    id_number TEXT,
    occupation TEXT NOT NULL,
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

-- The last serial used per number prefix (all of a number but its serial).
CREATE TABLE certificate_serial (
    prefix TEXT PRIMARY KEY,
    last_serial INTEGER NOT NULL
);

-- Every printing; all but the first of a certificate are duplicates (补发).
CREATE TABLE certificate_print (
    id %AUTO_ID%,
    certificate_id INTEGER NOT NULL REFERENCES certificate(id),
    duplicate INTEGER NOT NULL CHECK (duplicate IN (0, 1)),
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX certificate_print_certificate ON certificate_print(certificate_id);

-- The key of the digest in the certificate's QR code; made once, kept in the database so that
-- any copy of it verifies its own certificates.
CREATE TABLE verification_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_hex TEXT NOT NULL
);

-- Images printed on certificates: the company's seal, workers' photos (PNG or JPEG bytes).
CREATE TABLE company_image (
    kind TEXT PRIMARY KEY,
    data %BLOB% NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

CREATE TABLE worker_photo (
    worker_id INTEGER PRIMARY KEY REFERENCES worker(id),
    data %BLOB% NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

ALTER TABLE grade_award ADD COLUMN certification_id INTEGER REFERENCES certification(id);
