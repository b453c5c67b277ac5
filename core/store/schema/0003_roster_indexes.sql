-- SkillLadder schema version 3: the roster screen (issue #4) sorts and filters a million workers
-- in the database. Every sortable column has an index ending in id, so that a page starts after
-- the last row's (key, id) instead of at an OFFSET; nullable keys are indexed through the same
-- COALESCE expression the queries order by (core/store/rosterquery.cpp).
CREATE INDEX worker_name ON worker(name, id);
CREATE INDEX worker_hire_date ON worker(hire_date, id);
CREATE INDEX worker_grade ON worker(COALESCE(current_grade, -1), id);
CREATE INDEX worker_grade_since ON worker(COALESCE(current_grade_since, ''), id);
-- Search by the last four characters of the ID number, as officers read them off a card.
CREATE INDEX worker_id_last4 ON worker(substr(id_number, 15, 4)) WHERE id_number IS NOT NULL;
