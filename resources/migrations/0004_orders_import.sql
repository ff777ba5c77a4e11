-- Order imports, handover deadlines, refunds per line item and order search

-- Semi-managed JIT: the store delivers to the warehouse itself (48 h rule)
-- instead of waiting for the Cainiao pickup (24 h rule).
ALTER TABLE stores ADD COLUMN jit_self_delivery INTEGER NOT NULL DEFAULT 0;

-- The handover deadline, derived from the rule in force at payment (see
-- sd::Handover); kept in the row so that due-state filters run on an index.
-- Recomputed when a rule or the store's delivery setting changes.
ALTER TABLE orders ADD COLUMN handover_due_utc INTEGER;
CREATE INDEX orders_handover_due ON orders (handover_due_utc)
    WHERE handover_due_utc IS NOT NULL AND shipped_utc IS NULL;
CREATE INDEX orders_store_paid ON orders (store_id, paid_utc);
CREATE INDEX orders_reviewed ON orders (reviewed_on);
-- Sortable columns of the Orders page across all stores.
CREATE INDEX orders_created ON orders (created_utc);
CREATE INDEX orders_paid ON orders (paid_utc);
CREATE INDEX orders_shipped ON orders (shipped_utc);
CREATE INDEX orders_total ON orders (order_total_minor);
CREATE INDEX orders_order_id ON orders (order_id);

-- Refunded amount of a line item (sub-order), minor units of the order's currency.
ALTER TABLE order_items ADD COLUMN refund_minor INTEGER NOT NULL DEFAULT 0;

-- Full-text search over order id, buyer, products and tracking number.
-- rowid = orders.id; kept by the importer and the demo seeder.
CREATE VIRTUAL TABLE orders_fts USING fts5 (
    order_id, buyer, products, tracking,
    tokenize = 'trigram'
);

CREATE TABLE import_history (
    id          INTEGER PRIMARY KEY,
    at_utc      INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    store_id    INTEGER REFERENCES stores (id),
    file_name   TEXT    NOT NULL,
    file_sha256 TEXT    NOT NULL,
    rows_read   INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    actor       TEXT    NOT NULL
);
CREATE INDEX import_history_time ON import_history (at_utc);

-- Saved column mappings for other layouts: field -> header, as JSON.
CREATE TABLE column_mappings (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,
    name        TEXT    NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    mapping     TEXT    NOT NULL,
    created_utc INTEGER NOT NULL,
    UNIQUE (kind, name)
);
