-- Indexes that let the Orders page answer from an index at a million orders

-- Sorting one store's orders by total or by handover deadline reads the first
-- page straight from these instead of sorting every order of the store.
CREATE INDEX orders_store_total ON orders (store_id, order_total_minor);
CREATE INDEX orders_store_due ON orders (store_id, handover_due_utc);

-- The country filter lists the distinct countries by hopping through these
-- (one look-up per country) instead of reading every order.
CREATE INDEX orders_country ON orders (country);
CREATE INDEX orders_store_country ON orders (store_id, country);

-- Statistics for the new indexes, so that the planner weighs them with the others.
ANALYZE orders;
