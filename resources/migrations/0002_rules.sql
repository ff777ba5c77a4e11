-- Dated platform rules
-- Each row is one value of one rule from its effective date on. Editing a rule adds
-- a row; rows are never updated or deleted, so the history stays.

CREATE TABLE rules (
    id             INTEGER PRIMARY KEY,
    key            TEXT    NOT NULL,
    value          TEXT    NOT NULL,
    unit           TEXT    NOT NULL,
    effective_from TEXT    NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source         TEXT    NOT NULL,
    origin         TEXT    NOT NULL CHECK (origin IN ('default', 'user')),
    created_utc    INTEGER NOT NULL,
    created_by     TEXT    NOT NULL
);
CREATE INDEX rules_key_date ON rules (key, effective_from, id);

CREATE TRIGGER rules_no_update BEFORE UPDATE ON rules
BEGIN
    SELECT RAISE(ABORT, 'rules are append-only: add a dated value instead');
END;

CREATE TRIGGER rules_no_delete BEFORE DELETE ON rules
BEGIN
    SELECT RAISE(ABORT, 'rules are append-only: add a dated value instead');
END;
