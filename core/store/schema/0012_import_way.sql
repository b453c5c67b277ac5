-- SkillLadder schema version 12: the way 'import' (issue 13). A roster import never changes the
-- grade in force of an existing worker; a grade it brings becomes a proposed certification of
-- way 'import' (certified elsewhere: no time rule, its certificate number kept) for an approver.
-- SQLite cannot alter a CHECK constraint, so the table is rebuilt the way SQLite documents
-- (https://sqlite.org/lang_altertable.html, "otheralter"): Migrations runs this step with
-- foreign keys off and checks them all before it commits. Ids are copied, so the certificates,
-- grade awards and audit rows that name a certification still name it; the indexes are made
-- again under their names.
CREATE TABLE certification_new (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    occupation_id INTEGER NOT NULL REFERENCES occupation(id),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 7),
    from_grade INTEGER CHECK (from_grade BETWEEN 0 AND 7),
    way TEXT NOT NULL CHECK (way IN ('regular', 'direct', 'direct-high', 'exceptional',
                                     'competition', 'import')),
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
INSERT INTO certification_new (id, worker_id, occupation_id, grade, from_grade, way, ground,
    evidence, effective_date, round_id, competition_result_id, external_number, status,
    proposed_by, proposed_event_id, decided_by, decision_reason, decided_event_id, revoked_by,
    revoke_reason, revoked_event_id, grade_award_id)
SELECT id, worker_id, occupation_id, grade, from_grade, way, ground, evidence, effective_date,
    round_id, competition_result_id, external_number, status, proposed_by, proposed_event_id,
    decided_by, decision_reason, decided_event_id, revoked_by, revoke_reason, revoked_event_id,
    grade_award_id
FROM certification;
DROP TABLE certification;
ALTER TABLE certification_new RENAME TO certification;
CREATE INDEX certification_worker ON certification(worker_id, status);
CREATE INDEX certification_round ON certification(round_id, status);
CREATE INDEX certification_status ON certification(status, effective_date);
