-- SkillLadder schema version 5: allowances (issue #6, section 八, DOMAIN.md §4). Money is
-- INTEGER fen. Rates, roles and agreements are effective-dated records; a monthly run keeps the
-- inputs it used and its lines, and once approved its month is locked.

-- Rates per month: 技能津贴 by grade (0 学徒工 … 7 首席技师), 班组长津贴 and 带徒津贴 (per
-- apprentice) with grade -1.
CREATE TABLE allowance_rate (
    kind TEXT NOT NULL CHECK (kind IN ('skill', 'team_leader', 'mentoring')),
    grade INTEGER NOT NULL CHECK (grade BETWEEN -1 AND 7),
    effective_from TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (kind, grade, effective_from)
);

-- Team-leader periods: both days included; valid_to NULL while still in the role.
CREATE TABLE team_leader_period (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX team_leader_period_worker ON team_leader_period(worker_id, valid_from);

-- Master-apprentice agreements (师带徒): start and end both included; end_date NULL while ongoing.
CREATE TABLE mentorship (
    id %AUTO_ID%,
    mentor_id INTEGER NOT NULL REFERENCES worker(id),
    apprentice_id INTEGER NOT NULL REFERENCES worker(id),
    occupation_id INTEGER NOT NULL REFERENCES occupation(id),
    start_date TEXT NOT NULL,
    planned_end TEXT,
    end_date TEXT,
    outcome_grade INTEGER CHECK (outcome_grade BETWEEN 0 AND 7),
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    CHECK (mentor_id <> apprentice_id),
    CHECK (planned_end IS NULL OR planned_end >= start_date),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX mentorship_mentor ON mentorship(mentor_id, start_date);
CREATE INDEX mentorship_apprentice ON mentorship(apprentice_id, occupation_id);

-- A monthly allowance run (YYYY-MM): who computed it when (the event), the rates and policy it
-- used (JSON), and per worker paid anything one line. Runs are never changed; approving one locks
-- its month.
CREATE TABLE allowance_run (
    id %AUTO_ID%,
    month TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
    inputs TEXT NOT NULL,
    workers INTEGER NOT NULL,
    total_fen INTEGER NOT NULL,
    computed_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    approved_event_id INTEGER REFERENCES audit_event(id)
);
CREATE INDEX allowance_run_month ON allowance_run(month, id);
CREATE UNIQUE INDEX allowance_run_locked ON allowance_run(month) WHERE status = 'approved';

-- grade: the highest in force on the month's last day of service (for totals by grade).
CREATE TABLE allowance_line (
    run_id INTEGER NOT NULL REFERENCES allowance_run(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    grade INTEGER CHECK (grade BETWEEN 0 AND 7),
    skill_fen INTEGER NOT NULL,
    team_leader_fen INTEGER NOT NULL,
    mentoring_fen INTEGER NOT NULL,
    total_fen INTEGER NOT NULL,
    PRIMARY KEY (run_id, worker_id)
) %WITHOUT_ROWID%;
