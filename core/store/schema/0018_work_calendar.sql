-- SkillLadder schema version 18: the working-day calendar (issue 16). The State Council's days
-- for 2025 and 2026 ship with the program (WorkCalendar::shipped); this table holds what an admin
-- entered: later years, corrections, and 'plain' for a day given back to the plain week. The
-- latest row for a day counts; rows are only added, each with its audit event.
CREATE TABLE work_calendar_day (
    id %AUTO_ID%,
    day TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'plain')),
    name TEXT NOT NULL DEFAULT '',
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX work_calendar_day_day ON work_calendar_day(day, id);
