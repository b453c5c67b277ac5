-- SkillLadder schema version 7 on PostgreSQL (issue 14): the row versions of
-- ../0007_row_versions.sql. A BEFORE trigger bumps the version in the row being written, which
-- SQLite's triggers cannot do; the rule is the same: an UPDATE that leaves row_version as it was
-- moves it on by one, whoever writes it.
ALTER TABLE worker ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION worker_row_version() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.row_version = OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER worker_row_version BEFORE UPDATE ON worker FOR EACH ROW
    EXECUTE FUNCTION worker_row_version();
