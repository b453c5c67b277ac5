-- SkillLadder schema version 11: the tamper-evident audit trail (issue 13). Every audit event is
-- sealed by a SHA-256 hash chained to the previous event's seal and covering the event's own
-- fields and all its change rows (core/store/auditchain.cpp says how), so that an event or a
-- change row edited or deleted with another tool no longer matches its seal.
-- A seal is written when the transaction that wrote its event commits (Transaction::commit), as
-- a write may still add change rows or set the summary after it began the event. prev_hash and
-- change_count repeat what the seal covered, so that "audit verify" can say what was altered.
CREATE TABLE audit_seal (
    event_id INTEGER PRIMARY KEY REFERENCES audit_event(id),
    prev_event_id INTEGER,
    prev_hash TEXT,
    change_count INTEGER NOT NULL,
    changes_digest TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- The events waiting for their seal: a trigger adds every new event here, sealing removes it.
-- Its key must name a seal by the time the transaction commits (a deferred foreign key), so that
-- no path can commit an event without sealing it: a commit that skipped the seal fails, and an
-- event written outside a transaction fails at once.
CREATE TABLE audit_seal_due (
    event_id INTEGER PRIMARY KEY REFERENCES audit_seal(event_id) DEFERRABLE INITIALLY DEFERRED
);

-- How far opening a file has checked the chain (so that opening checks only the events added
-- since), and the first broken event found, which every later opening reports until a full
-- "audit verify" finds the chain whole again. broken_problem is AuditBreak::Problem's key.
CREATE TABLE audit_chain_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_event_id INTEGER NOT NULL,
    checked_hash TEXT,
    checked_at TEXT,
    broken_event_id INTEGER,
    broken_problem TEXT,
    broken_at TEXT,
    broken_actor TEXT
);
INSERT INTO audit_chain_state (id, checked_event_id) VALUES (1, 0);

-- Sealing and verifying read an event's change rows in id order.
CREATE INDEX audit_change_event ON audit_change(event_id, id);
