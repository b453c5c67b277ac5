-- SkillLadder schema version 22: honours, studios and projects (issue 17, DOMAIN.md §5, sections
-- 三, 八 and 十五). Rows are only added: a mistaken honour, member or result is withdrawn with a
-- reason (the columns left empty for it are filled once, with their own audit event), and a
-- project's progress is a new project_update row (the latest counts).
-- level, for honours and studios: 'national', 'provincial', 'municipal', 'industry',
-- 'enterprise' (in that order of rank, as DOMAIN.md lists them).
CREATE TABLE honour (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    name TEXT NOT NULL CHECK (name <> ''),
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'industry',
                                         'enterprise')),
    awarded_on TEXT NOT NULL,
    body TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    withdrawn_event_id INTEGER REFERENCES audit_event(id),
    withdraw_reason TEXT
);
CREATE INDEX honour_worker ON honour(worker_id, awarded_on);
CREATE INDEX honour_level ON honour(level, awarded_on);

-- kind: 技能大师工作室 'master', 劳模和工匠人才创新工作室 'innovation'.
CREATE TABLE studio (
    id %AUTO_ID%,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('master', 'innovation')),
    level TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'municipal', 'industry',
                                         'enterprise')),
    leader_id INTEGER NOT NULL REFERENCES worker(id),
    occupation_id INTEGER REFERENCES occupation(id),
    founded_on TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

CREATE TABLE studio_member (
    id %AUTO_ID%,
    studio_id INTEGER NOT NULL REFERENCES studio(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    joined_on TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    left_on TEXT,
    left_event_id INTEGER REFERENCES audit_event(id),
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX studio_member_studio ON studio_member(studio_id, worker_id);
CREATE INDEX studio_member_worker ON studio_member(worker_id);

-- kind: a patent 'patent', a process improvement 'process', apprentices trained 'apprentices'
-- (quantity: how many), anything else 'other'.
CREATE TABLE studio_result (
    id %AUTO_ID%,
    studio_id INTEGER NOT NULL REFERENCES studio(id),
    kind TEXT NOT NULL CHECK (kind IN ('patent', 'process', 'apprentices', 'other')),
    title TEXT NOT NULL CHECK (title <> ''),
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    achieved_on TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    withdrawn_event_id INTEGER REFERENCES audit_event(id),
    withdraw_reason TEXT
);
CREATE INDEX studio_result_studio ON studio_result(studio_id, achieved_on);

-- kind: 揭榜领题 'challenge', 技师+工程师 team 'team'.
CREATE TABLE project (
    id %AUTO_ID%,
    title TEXT NOT NULL CHECK (title <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('challenge', 'team')),
    lead_id INTEGER NOT NULL REFERENCES worker(id),
    started_on TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX project_lead ON project(lead_id);

CREATE TABLE project_member (
    id %AUTO_ID%,
    project_id INTEGER NOT NULL REFERENCES project(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    withdrawn_event_id INTEGER REFERENCES audit_event(id),
    withdraw_reason TEXT
);
CREATE INDEX project_member_project ON project_member(project_id, worker_id);
CREATE INDEX project_member_worker ON project_member(worker_id);

-- status: 'open' (published, 揭榜), 'in_progress', 'finished', 'abandoned'. outcome: what came of
-- it; a finished project with an outcome can be the ground 'technical-problem' of a 破格 proposal.
CREATE TABLE project_update (
    id %AUTO_ID%,
    project_id INTEGER NOT NULL REFERENCES project(id),
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'finished', 'abandoned')),
    outcome TEXT,
    on_date TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX project_update_project ON project_update(project_id, id);

-- The honour or the project an exceptional promotion (破格晋升) rests on: ground 'award' links an
-- honour at provincial level or above, ground 'technical-problem' a finished project.
ALTER TABLE certification ADD COLUMN honour_id INTEGER REFERENCES honour(id);
ALTER TABLE certification ADD COLUMN project_id INTEGER REFERENCES project(id);
