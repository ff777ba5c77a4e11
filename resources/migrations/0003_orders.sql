-- Orders, line items and their status history
-- Amounts are INTEGER minor units of the order's currency; rates are INTEGER
-- millionths (8 % = 80000); instants are INTEGER seconds UTC; dates ISO text.

CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    store_id            INTEGER NOT NULL REFERENCES stores (id),
    order_id            TEXT    NOT NULL,
    fulfillment_model   TEXT    NOT NULL CHECK (fulfillment_model IN
                            ('pop', 'semi_warehouse', 'semi_jit', 'full_managed', 'overseas')),
    order_status        TEXT    NOT NULL,
    logistics_status    TEXT    NOT NULL DEFAULT '',
    buyer_name          TEXT    NOT NULL DEFAULT '',
    buyer_login         TEXT    NOT NULL DEFAULT '',
    country             TEXT    NOT NULL DEFAULT '',
    currency            TEXT    NOT NULL CHECK (length(currency) = 3),
    product_total_minor INTEGER NOT NULL DEFAULT 0,
    shipping_minor      INTEGER NOT NULL DEFAULT 0,
    discount_minor      INTEGER NOT NULL DEFAULT 0,
    order_total_minor   INTEGER NOT NULL DEFAULT 0,
    commission_rate_ppm INTEGER,
    commission_minor    INTEGER,
    affiliate_rate_ppm  INTEGER,
    created_utc         INTEGER NOT NULL,
    paid_utc            INTEGER,
    shipped_utc         INTEGER,
    received_utc        INTEGER,
    carrier             TEXT    NOT NULL DEFAULT '',
    tracking_no         TEXT    NOT NULL DEFAULT '',
    staff_note          TEXT    NOT NULL DEFAULT '',
    reviewed_on         TEXT,
    UNIQUE (store_id, order_id)
);
CREATE INDEX orders_store_created ON orders (store_id, created_utc);
CREATE INDEX orders_status ON orders (order_status, store_id);
CREATE INDEX orders_model_paid ON orders (fulfillment_model, paid_utc);

CREATE TABLE order_items (
    id                  INTEGER PRIMARY KEY,
    order_ref           INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    child_id            TEXT    NOT NULL,
    product_id          TEXT    NOT NULL DEFAULT '',
    sku_code            TEXT    NOT NULL DEFAULT '',
    product_name        TEXT    NOT NULL DEFAULT '',
    quantity            INTEGER NOT NULL CHECK (quantity >= 0),
    unit_price_minor    INTEGER NOT NULL,
    item_status         TEXT    NOT NULL DEFAULT '',
    send_goods_operator TEXT    NOT NULL DEFAULT '',
    UNIQUE (order_ref, child_id)
);
CREATE INDEX order_items_product ON order_items (product_id);

CREATE TABLE order_status_history (
    id        INTEGER PRIMARY KEY,
    order_ref INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at_utc    INTEGER NOT NULL,
    field     TEXT    NOT NULL,
    old_value TEXT,
    new_value TEXT    NOT NULL,
    source    TEXT    NOT NULL
);
CREATE INDEX order_status_history_order ON order_status_history (order_ref, at_utc);
