-- SkillLadder schema version 21: the lifelong training e-archive (终身职业技能培训电子档案, issue 17,
-- DOMAIN.md §5, section 七). One row per training a worker took, kept for life. A record is never
-- deleted: a correction writes the record's values as they were into training_record_replaced,
-- with the event that wrote them and the event that replaced them, and then updates the row.
-- kind: 岗位培训 'post', 技能研修 'study', 继续教育 'continuing', 学徒培训 'apprentice',
-- 安全培训 'safety', 特种作业 'special', 其他 'other'. hours are held in tenths (7.5 h is 75),
-- cost in fen. expires: the last day a lapsing licence (特种作业操作证) is valid, NULL for none.
CREATE TABLE training_record (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    course TEXT NOT NULL CHECK (course <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('post', 'study', 'continuing', 'apprentice', 'safety',
                                       'special', 'other')),
    hours_tenths INTEGER NOT NULL CHECK (hours_tenths >= 0),
    provider TEXT NOT NULL,
    cost_fen INTEGER NOT NULL CHECK (cost_fen >= 0),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    result TEXT NOT NULL,
    certificate_no TEXT,
    expires TEXT,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    CHECK (end_date >= start_date)
);
CREATE INDEX training_record_worker ON training_record(worker_id, course, end_date);
CREATE INDEX training_record_start ON training_record(start_date);
CREATE INDEX training_record_expires ON training_record(expires) WHERE expires IS NOT NULL;

CREATE TABLE training_record_replaced (
    id %AUTO_ID%,
    record_id INTEGER NOT NULL REFERENCES training_record(id),
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    course TEXT NOT NULL,
    kind TEXT NOT NULL,
    hours_tenths INTEGER NOT NULL,
    provider TEXT NOT NULL,
    cost_fen INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    result TEXT NOT NULL,
    certificate_no TEXT,
    expires TEXT,
    reason TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX training_record_replaced_record ON training_record_replaced(record_id);
