-- SkillLadder schema version 14: the target report on a server (issue 14). The report looks among
-- a worker's closed grade spans only when some closed span holds on the report's date at all
-- (core/store/workforcetargetstore.cpp); this index answers that in a few pages, since the spans
-- that end after a recent date are few.
CREATE INDEX grade_span_until ON grade_span(valid_until, valid_from);
