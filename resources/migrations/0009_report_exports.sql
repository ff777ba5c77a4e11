-- Reports written by the GUI or the CLI, for the Reports page's list of recent exports.
-- Instants are INTEGER seconds UTC.

CREATE TABLE report_exports (
    id          INTEGER PRIMARY KEY,
    at_utc      INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('daily', 'monthly', 'claims')),
    period      TEXT    NOT NULL,
    store_label TEXT    NOT NULL,
    format      TEXT    NOT NULL CHECK (format IN ('pdf', 'xlsx', 'csv')),
    path        TEXT    NOT NULL,
    files       INTEGER NOT NULL DEFAULT 1 CHECK (files >= 1),
    by_user     TEXT    NOT NULL,
    via         TEXT    NOT NULL CHECK (via IN ('gui', 'cli'))
);
CREATE INDEX report_exports_time ON report_exports (at_utc);
