-- Which SellerDesk migrated the workspace, from which schema version to which, and when
CREATE TABLE schema_history (
    id            INTEGER PRIMARY KEY,
    from_version  INTEGER NOT NULL,
    to_version    INTEGER NOT NULL,
    app_version   TEXT NOT NULL,
    migrated_utc  TEXT NOT NULL
);
