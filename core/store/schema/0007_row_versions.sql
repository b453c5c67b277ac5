-- SkillLadder schema version 7: row versions (issue #12 §2). Two windows, or a window and the
-- command line, must never undo each other's work: an edit saves only when the row is still the
-- version it read. The trigger bumps the version on every UPDATE of a worker row, whoever writes
-- it, so no store can forget to (recursive triggers are off: its own UPDATE does not fire it
-- again). The trigger body stays on one line: schema files split statements at line-ending ";".
ALTER TABLE worker ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER worker_row_version AFTER UPDATE ON worker FOR EACH ROW WHEN NEW.row_version = OLD.row_version BEGIN UPDATE worker SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END;
