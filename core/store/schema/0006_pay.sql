-- SkillLadder schema version 6: pay tiers and parity (issue #6, sections 八 and 九, DOMAIN.md §4
-- and §6). Money is INTEGER fen a month; everything is effective-dated and never overwritten.

-- Salary bands: track 'grade' (level = grade rank 0 学徒工 … 7 首席技师) or 'title' (level =
-- professional title level 1 助理级, 2 中级, 3 副高级, 4 正高级), monthly base pay.
CREATE TABLE salary_band (
    track TEXT NOT NULL CHECK (track IN ('grade', 'title')),
    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 7),
    effective_from TEXT NOT NULL,
    min_fen INTEGER NOT NULL,
    mid_fen INTEGER NOT NULL,
    max_fen INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (track, level, effective_from),
    CHECK (0 <= min_fen AND min_fen <= mid_fen AND mid_fen <= max_fen)
);

-- A worker's base pay from a day on, as agreed: mode 月薪 'monthly', 年薪制 'annual' (amount a
-- year), 协议工资制 'negotiated' and 特岗特酬 'special_post' (a month). monthly_fen is the amount
-- normalised to a month for comparison (an annual salary ÷ 12, rounded half up).
CREATE TABLE pay_record (
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    effective_from TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('monthly', 'annual', 'negotiated', 'special_post')),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    monthly_fen INTEGER NOT NULL CHECK (monthly_fen >= 0),
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (worker_id, effective_from)
) %WITHOUT_ROWID%;

-- The professional title level of professional-technical staff (the engineers the grades are
-- compared with, section 九), from a day on.
CREATE TABLE professional_title (
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    effective_from TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (worker_id, effective_from)
) %WITHOUT_ROWID%;

-- Wage-price reference (工资价位信息): market pay percentiles a month by occupation and grade.
CREATE TABLE wage_reference (
    year INTEGER NOT NULL,
    occupation TEXT NOT NULL,
    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 7),
    p10_fen INTEGER NOT NULL,
    p25_fen INTEGER NOT NULL,
    p50_fen INTEGER NOT NULL,
    p75_fen INTEGER NOT NULL,
    p90_fen INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (year, occupation, grade),
    CHECK (p10_fen <= p25_fen AND p25_fen <= p50_fen AND p50_fen <= p75_fen AND p75_fen <= p90_fen)
);
