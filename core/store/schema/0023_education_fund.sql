-- SkillLadder schema version 23: the employee-education fund (职工教育经费, issue 17, DOMAIN.md §5,
-- section 十八). The fund's figures are computed from the pay records and the training records;
-- only the wage bill of a year may be entered instead, when the pay records do not hold it. Entries
-- are only added, the latest of a year counts; amount_fen NULL takes an entered figure back, so
-- that the pay records count again.
CREATE TABLE wage_bill_entry (
    id %AUTO_ID%,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    note TEXT,
    event_id INTEGER NOT NULL REFERENCES audit_event(id)
);
CREATE INDEX wage_bill_entry_year ON wage_bill_entry(year, id);
