-- SkillLadder schema version 16: how a master-apprentice agreement ended (issue 15). The grade
-- reached (outcome_grade) cannot tell 未出师 (not completed) from 中止 (broken off early); both
-- end without one. NULL: ongoing, or recorded before this version (then outcome_grade, when
-- set, means completed).
ALTER TABLE mentorship ADD COLUMN outcome TEXT
    CHECK (outcome IN ('completed', 'not_completed', 'terminated'));
