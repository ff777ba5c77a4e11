-- Merchant tier assessment: the store's merchant type, the assessment models
-- (versioned by effective month), monthly indicator values entered by hand or
-- imported, and the tiers the platform actually published.

-- '' : follow the orders (the fulfillment model with most orders that month).
ALTER TABLE stores ADD COLUMN merchant_type TEXT NOT NULL DEFAULT ''
    CHECK (merchant_type IN ('', 'full_managed', 'semi_managed', 'pop'));

-- One assessment model per row, as SellerDesk's JSON (sd::TierModel). The model
-- in force for a month is the newest row whose effective month is not after it.
CREATE TABLE tier_models (
    id              INTEGER PRIMARY KEY,
    effective_month TEXT    NOT NULL CHECK (effective_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    body            TEXT    NOT NULL,
    origin          TEXT    NOT NULL CHECK (origin IN ('default', 'user')),
    created_utc     INTEGER NOT NULL,
    created_by      TEXT    NOT NULL
);
CREATE INDEX tier_models_month ON tier_models (effective_month, id);

-- A value that wins over the computed one: typed in ('manual') or read from a file
-- ('imported'). Percent values are millionths (8 % = 80000), counts are plain
-- integers, money is minor units of `currency`.
CREATE TABLE tier_indicator_values (
    id          INTEGER PRIMARY KEY,
    store_id    INTEGER NOT NULL REFERENCES stores (id),
    month       TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    indicator   TEXT    NOT NULL CHECK (length(indicator) > 0),
    value       INTEGER NOT NULL,
    currency    TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL CHECK (source IN ('manual', 'imported')),
    note        TEXT    NOT NULL DEFAULT '',
    updated_utc INTEGER NOT NULL,
    updated_by  TEXT    NOT NULL,
    UNIQUE (store_id, month, indicator)
);

-- The tier (and service level) the platform published for a store and month.
CREATE TABLE tier_actuals (
    id            INTEGER PRIMARY KEY,
    store_id      INTEGER NOT NULL REFERENCES stores (id),
    month         TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    tier          TEXT    NOT NULL CHECK (tier IN ('S', 'A', 'B', 'C')),
    service_level TEXT    NOT NULL DEFAULT '' CHECK (service_level IN
                      ('', 'excellent', 'good', 'qualified', 'unqualified')),
    note          TEXT    NOT NULL DEFAULT '',
    recorded_utc  INTEGER NOT NULL,
    recorded_by   TEXT    NOT NULL,
    UNIQUE (store_id, month)
);

-- The tier indicators count orders by shipping month (by payment month:
-- orders_store_paid).
CREATE INDEX orders_store_shipped ON orders (store_id, shipped_utc);
