-- SkillLadder schema version 13: the officers behind certifications (issue 13). Four eyes compares
-- officers, not names: a login typed differently, an environment variable or a second window
-- cannot pass for another person. Rows from before officers keep only their text columns
-- (proposed_by, decided_by, revoked_by), which go on naming who acted.
ALTER TABLE certification ADD COLUMN proposed_officer_id INTEGER REFERENCES officer(id);
ALTER TABLE certification ADD COLUMN decided_officer_id INTEGER REFERENCES officer(id);
ALTER TABLE certification ADD COLUMN revoked_officer_id INTEGER REFERENCES officer(id);
