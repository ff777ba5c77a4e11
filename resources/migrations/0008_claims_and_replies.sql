-- Damage claims with their photos (attachments), timeline (case_events) and the
-- replies sent; the reply template library, every edit kept as a version.
-- Amounts are INTEGER minor units of the claim's currency; instants INTEGER seconds UTC.

-- The timeline now also holds claims. SQLite cannot change a CHECK constraint, so
-- the table is rebuilt with its rows and ids.
CREATE TABLE case_events_new (
    id        INTEGER PRIMARY KEY,
    entity    TEXT    NOT NULL CHECK (entity IN ('disputes', 'chargebacks', 'ledger_entries', 'claims')),
    entity_id INTEGER NOT NULL,
    at_utc    INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL DEFAULT ''
);
INSERT INTO case_events_new (id, entity, entity_id, at_utc, actor, action, detail)
    SELECT id, entity, entity_id, at_utc, actor, action, detail FROM case_events;
DROP TABLE case_events;
ALTER TABLE case_events_new RENAME TO case_events;
CREATE INDEX case_events_entity ON case_events (entity, entity_id, at_utc);

-- A buyer's damage claim. It links to its order by store + order id (and the line
-- item by child id), so a claim entered before the order is imported links later.
CREATE TABLE claims (
    id                INTEGER PRIMARY KEY,
    store_id          INTEGER NOT NULL REFERENCES stores (id),
    order_id          TEXT    NOT NULL DEFAULT '',
    child_id          TEXT    NOT NULL DEFAULT '',
    product_id        TEXT    NOT NULL DEFAULT '',
    product_name      TEXT    NOT NULL DEFAULT '',
    buyer_name        TEXT    NOT NULL DEFAULT '',
    buyer_login       TEXT    NOT NULL DEFAULT '',
    buyer_country     TEXT    NOT NULL DEFAULT '',
    -- ISO 639-1 code of the language the buyer writes in ('es', 'pt', 'ko'); '' unknown.
    buyer_language    TEXT    NOT NULL DEFAULT '',
    opened_utc        INTEGER NOT NULL,
    damaged_item      TEXT    NOT NULL DEFAULT '',
    quantity_affected INTEGER NOT NULL DEFAULT 1 CHECK (quantity_affected >= 1),
    description       TEXT    NOT NULL DEFAULT '',
    cause             TEXT    NOT NULL DEFAULT 'unknown' CHECK (cause IN
                          ('logistics_damage', 'packaging', 'manufacturing_defect', 'wrong_item', 'unknown')),
    verification      TEXT    NOT NULL DEFAULT 'pending' CHECK (verification IN
                          ('pending', 'confirmed', 'not_confirmed')),
    state             TEXT    NOT NULL DEFAULT 'new' CHECK (state IN
                          ('new', 'awaiting_evidence', 'under_review', 'resolved', 'closed')),
    resolution        TEXT    NOT NULL DEFAULT '' CHECK (resolution IN
                          ('', 'full_refund', 'partial_refund', 'reship', 'coupon', 'rejected')),
    currency          TEXT    NOT NULL CHECK (length(currency) = 3),
    refund_minor      INTEGER CHECK (refund_minor IS NULL OR refund_minor >= 0),
    coupon_code       TEXT    NOT NULL DEFAULT '',
    coupon_minor      INTEGER CHECK (coupon_minor IS NULL OR coupon_minor >= 0),
    reship_tracking   TEXT    NOT NULL DEFAULT '',
    -- Packaging used for the shipment (seed 003: cartons sized to the goods, fillers,
    -- fragile labels). '' : not recorded.
    carton_fit        TEXT    NOT NULL DEFAULT '' CHECK (carton_fit IN ('', 'fitted', 'oversized', 'undersized')),
    filler            TEXT    NOT NULL DEFAULT '' CHECK (filler IN
                          ('', 'none', 'air_bags', 'bubble_wrap', 'paper', 'foam')),
    fragile_label     INTEGER CHECK (fragile_label IS NULL OR fragile_label IN (0, 1)),
    packaging_note    TEXT    NOT NULL DEFAULT '',
    dispute_issue_id  TEXT    NOT NULL DEFAULT '',
    state_changed_utc INTEGER NOT NULL,
    resolved_utc      INTEGER,
    closed_utc        INTEGER,
    last_reply_utc    INTEGER
);
CREATE INDEX claims_store_state ON claims (store_id, state, opened_utc);
CREATE INDEX claims_order ON claims (store_id, order_id);
CREATE INDEX claims_product ON claims (store_id, product_id, opened_utc);

-- A template: its key, and whether SellerDesk ships it (built-ins can be restored).
CREATE TABLE reply_templates (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*'),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- Every saved edit is a new version; the newest is the one in use. A version holds
-- its titles and the text in each language.
CREATE TABLE reply_template_versions (
    id             INTEGER PRIMARY KEY,
    template_ref   INTEGER NOT NULL REFERENCES reply_templates (id),
    version        INTEGER NOT NULL CHECK (version >= 1),
    title_en       TEXT    NOT NULL,
    title_zh       TEXT    NOT NULL DEFAULT '',
    description_en TEXT    NOT NULL DEFAULT '',
    description_zh TEXT    NOT NULL DEFAULT '',
    origin         TEXT    NOT NULL CHECK (origin IN ('builtin', 'user', 'imported', 'restored')),
    created_utc    INTEGER NOT NULL,
    created_by     TEXT    NOT NULL,
    UNIQUE (template_ref, version)
);

CREATE TABLE reply_template_texts (
    version_ref INTEGER NOT NULL REFERENCES reply_template_versions (id),
    lang        TEXT    NOT NULL CHECK (length(lang) >= 2),
    body        TEXT    NOT NULL,
    PRIMARY KEY (version_ref, lang)
);

-- A reply as it was copied to send: the text, and the template version it came from.
CREATE TABLE claim_replies (
    id           INTEGER PRIMARY KEY,
    claim_ref    INTEGER NOT NULL REFERENCES claims (id),
    sent_utc     INTEGER NOT NULL,
    sent_by      TEXT    NOT NULL,
    template_key TEXT    NOT NULL DEFAULT '',
    version      INTEGER,
    lang         TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL
);
CREATE INDEX claim_replies_claim ON claim_replies (claim_ref, sent_utc);
