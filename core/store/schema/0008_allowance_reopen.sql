-- SkillLadder schema version 8: reopening a locked allowance month (issue #12). An approver may
-- reopen a month with a written reason; the approved run stays stored as it was, and the month's
-- next run is a correction of it, compared with it and approved in its place.

-- One reopening per approved run: who and when are its audit event, why is the reason.
CREATE TABLE allowance_reopening (
    id %AUTO_ID%,
    month TEXT NOT NULL,
    run_id INTEGER NOT NULL UNIQUE REFERENCES allowance_run(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

-- The approved (and reopened) run a correction run corrects; NULL for a month's first runs.
ALTER TABLE allowance_run ADD COLUMN corrects_run_id INTEGER REFERENCES allowance_run(id);

-- A month is approved once per reopening: its first approval, then one correction of each
-- reopened run. Whether a month is locked now is "an approved run not reopened".
DROP INDEX allowance_run_locked;
CREATE UNIQUE INDEX allowance_run_locked ON allowance_run(month, coalesce(corrects_run_id, 0))
    WHERE status = 'approved';
