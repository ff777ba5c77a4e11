<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AuditLog</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CliApp</name>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is at schema version %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup before migration: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores, %2 orders.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 is older than %3; run &quot;sellerdesk-cli init&quot; to migrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 is newer than this SellerDesk (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (schema version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stores yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: --at needs a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: &quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in force on %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>the file is neither UTF-8 nor UTF-16, and this build cannot read GB18030: save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid %1: it ends in half a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (the quote opens here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoSeeder</name>
    <message>
        <source>the workspace already has stores; the demo is only added to an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Handover</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Migrator</name>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start migration step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration step %1 could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Money</name>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no digits in the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign or currency around the number is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency SellerDesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount has no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount has two decimal marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; in the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thousands separators are misplaced (if &apos;,&apos; is the decimal mark here, import with the comma decimal mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thousands separators are misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 has at most %n decimal place</numerusform>
            <numerusform>%1 has at most %n decimal places</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderTerms</name>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting amount confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk control (24 h hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP (self-operated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed, warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed, JIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas managed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Rate</name>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal place(s)</source>
        <translation>
            <numerusform>more than %n decimal place</numerusform>
            <numerusform>more than %n decimal places</numerusform>
        </translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::RuleCatalog</name>
    <message>
        <source>POP price below which semi-managed is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP products priced below this must adopt semi-managed fulfillment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the POP under-threshold transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until this date POP shipping timelines remain acceptable for products under the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: commission waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the transaction commission waived for semi-managed products that enter the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed JIT: commission reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the transaction commission waived for JIT shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: pickup fee waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the door-to-door pickup fee waived for warehoused semi-managed products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: operation fee waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the in-warehouse operation fee waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: warehouse rent waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the warehouse rent waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular warehoused products: advance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the amount paid in advance for popular warehoused semi-managed products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT handover to the Cainiao pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after payment within which a JIT order must be collected by the Cainiao pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT self-delivery to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after payment within which a self-delivered JIT order must reach the named warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-control hold after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours an order stays in risk control (RISK_CONTROL) after the buyer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP delivery-time limit for new products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery assessment time limit for POP products online for less than the new-product window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-product window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after going online during which a product counts as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice &quot;Under&quot; price band upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice products priced under this are in the lowest band (&quot;Under $5&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice &quot;Above&quot; price band lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice products priced above this are in the highest band (&quot;Above $15&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice free-shipping threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice orders above this amount ship free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default category commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction commission used when a product&apos;s category rate is unknown (typically 5-8 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest affiliate commission a seller may set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate commission is charged on confirmed receipt, pro rata on partial refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest affiliate commission a seller may set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute: buyer may open after full shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after full shipment from which a buyer may open a dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute: seller response window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the seller has to respond to the buyer&apos;s latest proposal before it executes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute: platform steps in after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of negotiation after which the platform steps in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback: usual filing window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the transaction within which a buyer may file a chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback: longest filing window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest window some card schemes allow for a chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level assessment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly service level is assessed over this many past days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully managed tier: warehouse indicators&apos; weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse-related indicators account for more than this share of the fully managed merchant tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product refund-rate warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products refunded more often than this are flagged. The platform does not publish its threshold: set your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::RuleHistoryModel</name>
    <message>
        <source>SellerDesk default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::RuleRepository</name>
    <message>
        <source>&quot;%1&quot; is not a percentage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % is outside the allowed range %2 % to %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rule is in %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effective date must be a date between 2000 and 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where the value comes from (an announcement, a page, a person): at least 3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source note is longer than 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in rule defaults are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::RulesModel</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::StoreRepository</name>
    <message>
        <source>Give the store a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a store called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency SellerDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use a name such as Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::StoresModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>%1: no workspace at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SellerDesk workspace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace failed its integrity check and was not opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SellerDesk (schema version %2; this version knows up to %3). It was left untouched: open it with a newer SellerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a SellerDesk workspace; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no migration was run because the backup before it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot seed the rule defaults: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::XlsxReader</name>
    <message>
        <source>cannot read the workbook part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook part %1 unpacks to %2 MB, over the %3 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the file is not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an .xlsx workbook (xl/workbook.xml is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell refers to a shared string that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::AboutPage</name>
    <message>
        <source>SellerDesk is a desktop operations console for AliExpress cross-border sellers. It keeps your stores&apos; orders, disputes, claims and the platform&apos;s dated rules in one local file, works fully offline from seller-center exports, and never sends your buyers&apos; data anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is readable only by your user account on macOS and Linux. Keep backups somewhere equally private: they hold buyers&apos; names and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores, %2 orders, %3 rule values, %4 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>SellerDesk — demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk workspace (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::PageRegistry</name>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::RulesPage</name>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this value comes from: announcement, page, person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in force on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (the value in bold is in force today):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform policy numbers change without notice. Each is kept with the date it takes effect and its source; calculators and deadlines use the value in force on the day in question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Earlier values stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::Screenshots</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::StoreDialog</name>
    <message>
        <source>Add store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears in the seller center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cn1521873042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::StoresPage</name>
    <message>
        <source>&amp;Add store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each seller account you run is a store. Every order, dispute and claim belongs to one; choose a store in the toolbar to see only its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Its records stay in the workspace and it can be unarchived at any time; it is hidden from the store picker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
