-- Disputes with their proposals and timeline, card chargebacks, the Alipay ledger
-- with appeals, files attached as evidence, and workspace settings.
-- Amounts are INTEGER minor units of the row's currency; instants INTEGER seconds UTC.

-- A dispute ("issue") links to its order by store + order id, so that a dispute
-- imported before its order is linked as soon as the order arrives.
CREATE TABLE disputes (
    id                INTEGER PRIMARY KEY,
    store_id          INTEGER NOT NULL REFERENCES stores (id),
    issue_id          TEXT    NOT NULL,
    order_id          TEXT    NOT NULL DEFAULT '',
    child_id          TEXT    NOT NULL DEFAULT '',
    buyer_login       TEXT    NOT NULL DEFAULT '',
    reason            TEXT    NOT NULL DEFAULT '',
    opened_utc        INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('processing', 'canceled_issue', 'finish')),
    currency          TEXT    NOT NULL CHECK (length(currency) = 3),
    refund_max_minor  INTEGER NOT NULL CHECK (refund_max_minor >= 0),
    return_tracking   TEXT    NOT NULL DEFAULT '',
    escalated_utc     INTEGER,
    outcome           TEXT    NOT NULL DEFAULT '' CHECK (outcome IN
                          ('', 'refunded', 'return_refunded', 'rejected', 'cancelled')),
    refunded_minor    INTEGER CHECK (refunded_minor IS NULL OR refunded_minor >= 0),
    seller_cost       INTEGER NOT NULL DEFAULT 0 CHECK (seller_cost IN (0, 1)),
    closed_utc        INTEGER,
    -- Derived from the proposals and the rules (sd::DisputeDeadlines); kept in the row
    -- so that the list sorts and filters on an index. NULL: no response owed.
    response_due_utc  INTEGER,
    platform_due_utc  INTEGER,
    UNIQUE (store_id, issue_id)
);
CREATE INDEX disputes_order ON disputes (store_id, order_id);
CREATE INDEX disputes_response_due ON disputes (response_due_utc) WHERE response_due_utc IS NOT NULL;
CREATE INDEX disputes_opened ON disputes (opened_utc);

CREATE TABLE dispute_proposals (
    id            INTEGER PRIMARY KEY,
    dispute_ref   INTEGER NOT NULL REFERENCES disputes (id) ON DELETE CASCADE,
    owner         TEXT    NOT NULL CHECK (owner IN ('buyer', 'seller', 'platform')),
    solution_type TEXT    NOT NULL CHECK (solution_type IN ('refund', 'return_and_refund')),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
    status        TEXT    NOT NULL CHECK (status IN
                      ('wait_buyer_and_seller_accept', 'wait_buyer_accept', 'wait_seller_accept',
                       'reached', 'buyer_refused', 'seller_accept_and_buyer_refused',
                       'reach_cancle', 'perform')),
    proposed_utc  INTEGER NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    UNIQUE (dispute_ref, owner, proposed_utc)
);

-- What happened to a dispute, chargeback or ledger entry, in order: the timeline.
CREATE TABLE case_events (
    id        INTEGER PRIMARY KEY,
    entity    TEXT    NOT NULL CHECK (entity IN ('disputes', 'chargebacks', 'ledger_entries')),
    entity_id INTEGER NOT NULL,
    at_utc    INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX case_events_entity ON case_events (entity, entity_id, at_utc);

-- Files copied into the workspace's attachment folder, named by their SHA-256, so
-- that moving or deleting the original loses nothing.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL,
    file_name  TEXT    NOT NULL,
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    mime_type  TEXT    NOT NULL,
    added_utc  INTEGER NOT NULL,
    added_by   TEXT    NOT NULL,
    UNIQUE (entity, entity_id, sha256)
);
CREATE INDEX attachments_entity ON attachments (entity, entity_id);

CREATE TABLE chargebacks (
    id              INTEGER PRIMARY KEY,
    store_id        INTEGER NOT NULL REFERENCES stores (id),
    case_id         TEXT    NOT NULL,
    order_id        TEXT    NOT NULL DEFAULT '',
    filed_utc       INTEGER NOT NULL,
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    frozen_minor    INTEGER NOT NULL CHECK (frozen_minor >= 0),
    reason_code     TEXT    NOT NULL DEFAULT '',
    defence_due_utc INTEGER,
    submitted_utc   INTEGER,
    outcome         TEXT    NOT NULL DEFAULT '' CHECK (outcome IN ('', 'won', 'lost', 'partial')),
    recovered_minor INTEGER CHECK (recovered_minor IS NULL OR recovered_minor >= 0),
    note            TEXT    NOT NULL DEFAULT '',
    UNIQUE (store_id, case_id)
);
CREATE INDEX chargebacks_order ON chargebacks (store_id, order_id);
CREATE INDEX chargebacks_defence_due ON chargebacks (defence_due_utc) WHERE outcome = '';

-- The international Alipay account: payouts ("loans") and deductions as the statement
-- states them, and the appeal of a deduction marked unfair.
CREATE TABLE ledger_entries (
    id                   INTEGER PRIMARY KEY,
    store_id             INTEGER NOT NULL REFERENCES stores (id),
    entry_id             TEXT    NOT NULL,
    at_utc               INTEGER NOT NULL,
    kind                 TEXT    NOT NULL CHECK (kind IN ('payout', 'deduction')),
    currency             TEXT    NOT NULL CHECK (length(currency) = 3),
    amount_minor         INTEGER NOT NULL CHECK (amount_minor >= 0),
    reason               TEXT    NOT NULL DEFAULT '',
    order_id             TEXT    NOT NULL DEFAULT '',
    issue_id             TEXT    NOT NULL DEFAULT '',
    chargeback_case_id   TEXT    NOT NULL DEFAULT '',
    unfair               INTEGER NOT NULL DEFAULT 0 CHECK (unfair IN (0, 1)),
    appeal_submitted_utc INTEGER,
    appeal_due_utc       INTEGER,
    appeal_status        TEXT    NOT NULL DEFAULT '' CHECK (appeal_status IN
                             ('', 'pending', 'won', 'partly_won', 'lost')),
    recovered_minor      INTEGER CHECK (recovered_minor IS NULL OR recovered_minor >= 0),
    UNIQUE (store_id, entry_id)
);
CREATE INDEX ledger_entries_time ON ledger_entries (store_id, at_utc);
CREATE INDEX ledger_entries_unfair ON ledger_entries (unfair, appeal_status) WHERE unfair = 1;

-- Settings of this workspace (not of one computer): shared by the GUI and the CLI.
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
