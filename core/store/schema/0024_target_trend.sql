-- SkillLadder schema version 24: the dashboard's trend kept (issue 19). How the company's three
-- counts change month by month (core/reports/targettrend.h), computed once from the whole roster
-- and kept with the audit trail's state they were computed at: every write makes an audit event
-- and events are never removed, so while the events up to the newest recorded here are as many
-- as recorded, and every later one is an act that changes no worker's dates, grades or existence
-- (core/store/targettrendstore.cpp), the months are exact; any other write makes the trend compute
-- them again.
-- Writes that keep the months in step (grade awards) move the recorded state with their events.
CREATE TABLE target_trend_month (
    month_index INTEGER PRIMARY KEY,
    employees INTEGER NOT NULL,
    skilled INTEGER NOT NULL,
    high_skilled INTEGER NOT NULL
);
-- No row: no months kept yet.
CREATE TABLE target_trend_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    newest_event_id INTEGER NOT NULL,
    event_count INTEGER NOT NULL
);
