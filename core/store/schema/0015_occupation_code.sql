-- SkillLadder schema version 15: the national occupation code of an occupation (国家职业分类代码,
-- e.g. 6-18-01-01 for 车工, issue 15), set in the reference-data editor. Optional; one occupation
-- per code when it is set. The same statements serve both engines.
ALTER TABLE occupation ADD COLUMN national_code TEXT;
CREATE UNIQUE INDEX occupation_national_code ON occupation(national_code)
    WHERE national_code IS NOT NULL;
