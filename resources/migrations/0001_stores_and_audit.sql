-- Stores and the audit log
-- Append-only: never edit a step once released; add a new one instead.

CREATE TABLE stores (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    account_id   TEXT    NOT NULL DEFAULT '',
    currency     TEXT    NOT NULL CHECK (length(currency) = 3),
    time_zone    TEXT    NOT NULL,
    created_utc  INTEGER NOT NULL,
    archived_utc INTEGER
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at_utc    INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    store_id  INTEGER,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    field     TEXT    NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_store_time ON audit_log (store_id, at_utc);
