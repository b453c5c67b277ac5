-- SkillLadder schema version 20: the documents of an assessment round (issue 16), filed in one of
-- the five volumes of its dossier: the filing letter (备案), sign-in and attendance sheets (过程
-- 管理), the papers and score sheets as scanned (试卷及成绩), … A document may concern one
-- candidate and one part. The bytes are kept as uploaded, with their SHA-256; nothing is changed
-- or deleted: a document filed by mistake is withdrawn with its reason and leaves the dossier.
CREATE TABLE round_document (
    id %AUTO_ID%,
    round_id INTEGER NOT NULL REFERENCES assessment_round(id),
    volume INTEGER NOT NULL CHECK (volume BETWEEN 1 AND 5),
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    worker_id INTEGER REFERENCES worker(id),
    part TEXT CHECK (part IN ('theory', 'practical', 'review')),
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data %BLOB% NOT NULL,
    event_id INTEGER NOT NULL REFERENCES audit_event(id),
    withdrawn_reason TEXT,
    withdrawn_event_id INTEGER REFERENCES audit_event(id)
);
CREATE INDEX round_document_round ON round_document(round_id, volume);
