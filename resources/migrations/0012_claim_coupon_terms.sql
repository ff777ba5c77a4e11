-- A coupon's terms on the claim it settled: the last day it can be used and the smallest order it applies to
ALTER TABLE claims ADD COLUMN coupon_expiry TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN coupon_min_spend_minor INTEGER;
