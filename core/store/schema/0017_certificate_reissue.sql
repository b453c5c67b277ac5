-- SkillLadder schema version 17: issuing, reprinting and reissuing certificates (issue 15).
-- The first printing of a certificate issues it; a later one prints the same certificate again
-- and is no 补发. A 补发 is a true second issue of a certificate already handed out (lost,
-- damaged), made on purpose with its reason, which is kept here and in the audit trail; every
-- printing after it carries the 补发 mark too. Printings from before version 17 have no reason:
-- their duplicate column says only what the page then showed.
ALTER TABLE certificate_print ADD COLUMN reissue_reason TEXT;
