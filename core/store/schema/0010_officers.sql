-- SkillLadder schema version 10: officers, their roles and workshops (issue 13). A password is
-- kept only as an Argon2id string. login_key is the login case-folded, so that "Wang" and "wang"
-- are one officer. A role is held from the day it was granted until the day it was taken away:
-- an approval checks the role held on the day of the decision, and neither day can be backdated.
CREATE TABLE officer (
    id %AUTO_ID%,
    login TEXT NOT NULL,
    login_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id)
);

CREATE TABLE officer_role (
    id %AUTO_ID%,
    officer_id INTEGER NOT NULL REFERENCES officer(id),
    role TEXT NOT NULL CHECK (role IN ('admin', 'hr', 'approver', 'payroll', 'workshop-head', 'auditor')),
    granted_on TEXT NOT NULL,
    granted_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    revoked_on TEXT,
    revoked_event_id INTEGER REFERENCES audit_event(id)
);
CREATE INDEX officer_role_officer ON officer_role(officer_id);

CREATE TABLE officer_workshop (
    officer_id INTEGER NOT NULL REFERENCES officer(id),
    workshop_id INTEGER NOT NULL REFERENCES workshop(id),
    created_event_id INTEGER NOT NULL REFERENCES audit_event(id),
    PRIMARY KEY (officer_id, workshop_id)
);

-- The officer behind each event from now on; events before officers keep their actor text.
ALTER TABLE audit_event ADD COLUMN officer_id INTEGER REFERENCES officer(id);
