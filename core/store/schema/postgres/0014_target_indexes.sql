-- SkillLadder schema version 14 on PostgreSQL (issue 14): ../0014_target_indexes.sql, and the
-- target report's covering index made covering on PostgreSQL too. SQLite's index entries carry the
-- rowid, which is worker.id; PostgreSQL's carry a heap address, so without id in the index every
-- worker's row was read from the table. With it the report is an index-only scan in unit order
-- once autovacuum has marked the table's pages all-visible.
CREATE INDEX grade_span_until ON grade_span(valid_until, valid_from);
DROP INDEX worker_unit;
CREATE INDEX worker_unit ON worker(site_id, workshop_id, hire_date, leave_date, current_grade_since,
                                   current_grade) INCLUDE (id);
