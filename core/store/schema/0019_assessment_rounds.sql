-- SkillLadder schema version 19: assessment rounds (issue 16, DOMAIN.md §3). A round of
-- assessment_round gets its assessment here (competitions' rounds have none); candidates, their
-- examiners and invigilators, the scores, the public notice, the report to the province and the
-- archive hang off it. Rows are only added: a withdrawal, a removal or an override fills the
-- columns left empty for it once, with its own audit event; a corrected score is a new row (the
-- latest counts). The stage of a round is derived from these rows, never stored.
CREATE TABLE round_assessment (
    round_id INTEGER PRIMARY KEY REFERENCES assessment_round(id),
    occupation_id INTEGER NOT NULL REFERENCES occupation(id),
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 7),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    CHECK (end_date >= start_date)
);
CREATE INDEX round_assessment_occupation ON round_assessment(occupation_id, grade, end_date);

-- admission: an alternative condition of registration (a policy code), NULL for the grade and
-- years.
CREATE TABLE round_candidate (
    id %AUTO_ID%,
    round_id INTEGER NOT NULL REFERENCES assessment_round(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    admission TEXT,
    registered_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    withdrawn_event_id INTEGER REFERENCES audit_event(id),
    withdraw_reason TEXT
);
CREATE INDEX round_candidate_round ON round_candidate(round_id, worker_id);
CREATE INDEX round_candidate_worker ON round_candidate(worker_id);
CREATE UNIQUE INDEX round_candidate_once ON round_candidate(round_id, worker_id)
    WHERE withdrawn_event_id IS NULL;

-- An examiner (考评员) of the practical or review panel, or an invigilator (监考人员) of the
-- theory exam (part 'theory').
CREATE TABLE round_staff (
    id %AUTO_ID%,
    round_id INTEGER NOT NULL REFERENCES assessment_round(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    part TEXT NOT NULL CHECK (part IN ('theory', 'practical', 'review')),
    certificate_no TEXT,
    added_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    removed_event_id INTEGER REFERENCES audit_event(id)
);
CREATE INDEX round_staff_round ON round_staff(round_id, part);

-- Scores in tenths (60.0 is 600); examiner_id: the examiner or invigilator who gave it, NULL for
-- the panel.
CREATE TABLE round_score (
    id %AUTO_ID%,
    candidate_id INTEGER NOT NULL REFERENCES round_candidate(id),
    part TEXT NOT NULL CHECK (part IN ('theory', 'practical', 'review')),
    tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),
    examiner_id INTEGER REFERENCES worker(id),
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX round_score_candidate ON round_score(candidate_id, part);

-- The public notice (公示) and an approver's override of its period.
CREATE TABLE round_notice (
    round_id INTEGER PRIMARY KEY REFERENCES assessment_round(id),
    posted_on TEXT NOT NULL,
    posted_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    override_by TEXT,
    override_reason TEXT,
    override_event_id INTEGER REFERENCES audit_event(id)
);

-- The report to the provincial system.
CREATE TABLE round_report (
    round_id INTEGER PRIMARY KEY REFERENCES assessment_round(id),
    reported_on TEXT NOT NULL,
    reference TEXT,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

-- The dossier made after the report: the day the retention periods run from.
CREATE TABLE round_archive (
    round_id INTEGER PRIMARY KEY REFERENCES assessment_round(id),
    archived_on TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
