-- SkillLadder schema version 9: values replaced by a later import are kept (issue 12 §4). A row
-- written again for the same key and day still replaces the stored one, so every reader keeps
-- finding one row per key; the replaced row moves here with the event that wrote it and the
-- event that replaced it (audit_event.at says when). The audit log's change rows name the row
-- kept here instead of repeating amounts and images: pay is sensitive personal information and
-- the audit log is read more widely than pay (DOMAIN.md §7).

CREATE TABLE salary_band_replaced (
    id %AUTO_ID%,
    track TEXT NOT NULL,
    level INTEGER NOT NULL,
    effective_from TEXT NOT NULL,
    min_fen INTEGER NOT NULL,
    mid_fen INTEGER NOT NULL,
    max_fen INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX salary_band_replaced_key ON salary_band_replaced(track, level, effective_from);

CREATE TABLE pay_record_replaced (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    effective_from TEXT NOT NULL,
    mode TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    monthly_fen INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX pay_record_replaced_key ON pay_record_replaced(worker_id, effective_from);

CREATE TABLE professional_title_replaced (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    effective_from TEXT NOT NULL,
    level INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX professional_title_replaced_key
    ON professional_title_replaced(worker_id, effective_from);

CREATE TABLE wage_reference_replaced (
    id %AUTO_ID%,
    year INTEGER NOT NULL,
    occupation TEXT NOT NULL,
    grade INTEGER NOT NULL,
    p10_fen INTEGER NOT NULL,
    p25_fen INTEGER NOT NULL,
    p50_fen INTEGER NOT NULL,
    p75_fen INTEGER NOT NULL,
    p90_fen INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX wage_reference_replaced_key ON wage_reference_replaced(year, occupation, grade);

-- Replaced photos and seals, the image itself: a certificate printed before the change shows it.
CREATE TABLE worker_photo_replaced (
    id %AUTO_ID%,
    worker_id INTEGER NOT NULL REFERENCES worker(id),
    data %BLOB% NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX worker_photo_replaced_worker ON worker_photo_replaced(worker_id);

CREATE TABLE company_image_replaced (
    id %AUTO_ID%,
    kind TEXT NOT NULL,
    data %BLOB% NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    replaced_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
