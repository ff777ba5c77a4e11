-- Per-order totals of the line items, kept on the order by triggers, so that monthly figures
-- (units for the subsidy calculator, refunds for the ledger reconciliation, warehoused and
-- refunded orders for the tier indicators) read one row per order instead of a subquery
-- over order_items per order. Every writer of order_items (importer, demo data, tests)
-- keeps them right without knowing about them.

ALTER TABLE orders ADD COLUMN units INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN refunded_items INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN refunded_minor INTEGER NOT NULL DEFAULT 0;
-- Line items sent by the platform warehouse, and line items with any sender recorded.
ALTER TABLE orders ADD COLUMN warehouse_items INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN operator_items INTEGER NOT NULL DEFAULT 0;

UPDATE orders SET (units, refunded_items, refunded_minor, warehouse_items, operator_items) =
    (SELECT COALESCE(sum(i.quantity), 0), COALESCE(sum(i.refund_minor > 0), 0),
            COALESCE(sum(i.refund_minor), 0),
            COALESCE(sum(i.send_goods_operator = 'WAREHOUSE_SEND_GOODS'), 0),
            COALESCE(sum(i.send_goods_operator <> ''), 0)
     FROM order_items i WHERE i.order_ref = orders.id);

CREATE TRIGGER order_items_totals_insert AFTER INSERT ON order_items
BEGIN
    UPDATE orders SET units = units + NEW.quantity,
                      refunded_items = refunded_items + (NEW.refund_minor > 0),
                      refunded_minor = refunded_minor + NEW.refund_minor,
                      warehouse_items = warehouse_items + (NEW.send_goods_operator = 'WAREHOUSE_SEND_GOODS'),
                      operator_items = operator_items + (NEW.send_goods_operator <> '')
    WHERE id = NEW.order_ref;
END;

CREATE TRIGGER order_items_totals_delete AFTER DELETE ON order_items
BEGIN
    UPDATE orders SET units = units - OLD.quantity,
                      refunded_items = refunded_items - (OLD.refund_minor > 0),
                      refunded_minor = refunded_minor - OLD.refund_minor,
                      warehouse_items = warehouse_items - (OLD.send_goods_operator = 'WAREHOUSE_SEND_GOODS'),
                      operator_items = operator_items - (OLD.send_goods_operator <> '')
    WHERE id = OLD.order_ref;
END;

CREATE TRIGGER order_items_totals_update
AFTER UPDATE OF order_ref, quantity, refund_minor, send_goods_operator ON order_items
BEGIN
    UPDATE orders SET units = units - OLD.quantity,
                      refunded_items = refunded_items - (OLD.refund_minor > 0),
                      refunded_minor = refunded_minor - OLD.refund_minor,
                      warehouse_items = warehouse_items - (OLD.send_goods_operator = 'WAREHOUSE_SEND_GOODS'),
                      operator_items = operator_items - (OLD.send_goods_operator <> '')
    WHERE id = OLD.order_ref;
    UPDATE orders SET units = units + NEW.quantity,
                      refunded_items = refunded_items + (NEW.refund_minor > 0),
                      refunded_minor = refunded_minor + NEW.refund_minor,
                      warehouse_items = warehouse_items + (NEW.send_goods_operator = 'WAREHOUSE_SEND_GOODS'),
                      operator_items = operator_items + (NEW.send_goods_operator <> '')
    WHERE id = NEW.order_ref;
END;
