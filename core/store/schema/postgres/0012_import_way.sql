-- SkillLadder schema version 12 on PostgreSQL (issue 14): the way 'import' of
-- ../0012_import_way.sql. PostgreSQL changes a CHECK in place (its name is the one PostgreSQL
-- gives a column's CHECK), so the table keeps its rows, ids and references untouched.
ALTER TABLE certification DROP CONSTRAINT certification_way_check;
ALTER TABLE certification ADD CONSTRAINT certification_way_check CHECK (way IN ('regular',
    'direct', 'direct-high', 'exceptional', 'competition', 'import'));
