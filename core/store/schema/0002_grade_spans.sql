-- SkillLadder schema version 2: the highest grade in force per worker, derived from grade_award
-- (DOMAIN.md §1-§2) so that the target report reads it instead of replaying every history.
-- The span that still holds is kept on the worker row (current_grade since
-- current_grade_since), where the report's covering index reaches it; the closed spans before it
-- are in grade_span. A new worker with one grade has no closed span at all.
-- Both are rebuilt by the migration's data step and kept in step on every award.
ALTER TABLE worker ADD COLUMN current_grade INTEGER CHECK (current_grade BETWEEN 0 AND 7);
ALTER TABLE worker ADD COLUMN current_grade_since TEXT;

-- valid_until is the first day the span no longer holds.
CREATE TABLE grade_span (
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 7),
    PRIMARY KEY (worker_id, valid_from)
) %WITHOUT_ROWID%;

-- The target report's scan: in service on D, grade on D, by unit, without touching the table.
DROP INDEX worker_unit;
CREATE INDEX worker_unit ON worker(site_id, workshop_id, hire_date, leave_date, current_grade_since,
                                   current_grade);
