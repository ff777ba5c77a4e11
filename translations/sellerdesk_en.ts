<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace as it was before is kept as the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged workspace is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a healthy backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No healthy backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk can restore the newest healthy backup, written %1 (%2). The damaged workspace is kept next to it under another name. What was recorded after the backup was written is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AttachmentStore</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; files up to %3 can be attached (a setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image or a PDF (it looks like %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; images up to %4 megapixels can be attached</source>
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
    <name>sd::BackupCatalog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk workspace (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SellerDesk workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SellerDesk (schema version %2; this version knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1, written %2; restore it in SellerDesk or with &quot;sellerdesk-cli restore FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily backup %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in SellerDesk, sellerdesk-cli or another program (a window, a process, a scheduled job). Close it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup of the current workspace could not be written, so nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into place, so nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into place, so nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared for the restore; nothing was restored, and the current workspace was also saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2. Nothing was restored; the workspace is unchanged and was also saved as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved aside to %2; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1 (a new workspace was created there meanwhile?); the backup %2 is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1 (a new workspace was created there meanwhile?); the backup %2 is unchanged and the damaged workspace is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::BatchCalculator</name>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header needs a product_id column and a price or supply_price column (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an amount of 0 or more in %2 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a percentage from 0 to 100 such as 8 or 12.5 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price or a supply price is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a whole number of 1 or more was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not read, %n cell(s) have problems; nothing was calculated</source>
        <translation>
            <numerusform>%1: not read, %n cell have problems; nothing was calculated</numerusform>
            <numerusform>%1: not read, %n cells have problems; nothing was calculated</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: write a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CaseImporter</name>
    <message>
        <source>the refund is more than refund_money_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispute still in progress has no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal is more than refund_money_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defence deadline is before the chargeback was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more is recovered than was frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payout cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CaseMetrics</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rate = disputes opened in the last %1 days ÷ orders shipped in the same days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration rate = disputes escalated to the platform in the last %1 days ÷ orders shipped in the same days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller-responsibility rate = disputes closed at the seller&apos;s cost (lost, or refunded by the seller) in the last %1 days ÷ orders shipped in the same days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CasesTableModel</name>
    <message>
        <source>With the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s response to the buyer&apos;s proposal is due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform steps in %1 unless the dispute is settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback defence is due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the buyer can get back (refund_money_max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount frozen by the chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next deadline: amber within 24 hours, red when past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ChargebackRepository</name>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chargeback needs its case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount frozen, more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter when the chargeback was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defence deadline is before the chargeback was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store already has chargeback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback recorded: %1 frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence document attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chargeback is already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defence was already submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach the defence documents (proof of delivery, tracking, messages) before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose won, lost or partly won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be in %1, the chargeback&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partly won chargeback recovers more than 0 and less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount recovered must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1, %2 recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ClaimRepository</name>
    <message>
        <source>the claim needs its store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim needs the time the buyer opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim needs the currency of its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity affected must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cause of damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carton fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is in %2; the claim&apos;s amounts must be too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has no line item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line item %1 has %n unit(s); the claim cannot affect more</source>
        <translation>
            <numerusform>line item %1 has %n unit; the claim cannot affect more</numerusform>
            <numerusform>line item %1 has %n units; the claim cannot affect more</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim opened for order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed claim cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo: the buyer&apos;s photos are images (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform verifies the buyer&apos;s photos: add at least one photo before submitting the claim for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the claim was resolved: full refund, partial refund, reship, coupon or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund needs its amount in %1, more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a refund resolution has a refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon needs its code and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coupon&apos;s value must be in %1, more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon needs both its code and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejected claim has no refund and no coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partial refund is less than the line item&apos;s %1; choose Full refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the claim is rejected: the buyer will ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tracking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written without a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 v%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied for sending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon needs the last day it can be used: the buyer is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coupon expires before the claim was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon needs its minimum spend in %1, more than zero: the buyer is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a coupon has an expiry date and a minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, coupon %1 worth %2 on orders of %3 or more, valid until %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ClaimTerms</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under platform review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sized to the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large (goods moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small (goods pressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bubble wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crumpled paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed claim cannot change; open a new claim if the buyer writes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim cannot go back to New once work on it has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a resolved claim can be closed: resolve it first (refund, reship, coupon or reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolved claim can only be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim that is %1 can go to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ClaimsTableModel</name>
    <message>
        <source>The claim changed since the buyer last heard from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %n photo</numerusform>
            <numerusform>%1 · %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source> + coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
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
        <source>backup: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1
</source>
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
    <message>
        <source>import orders: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import orders: which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import orders: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import orders: unknown time zone &quot;%1&quot; (use an IANA name such as America/Los_Angeles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not imported, %n row(s) have problems; nothing was written</source>
        <translation>
            <numerusform>%1: not imported, %n row has problems; nothing was written</numerusform>
            <numerusform>%1: not imported, %n rows have problems; nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 (nothing written): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: say what to export: export orders --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: --format is csv or xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: &quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export orders: there is no store named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders (%2 rows) written to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: the subcommand is &quot;due&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1): %2
Due within 12 h (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: unknown time zone &quot;%2&quot; (use an IANA name such as America/Los_Angeles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1: there is no store named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputes: the subcommand is &quot;due&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response overdue (%1): %2
Response due today (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger: the subcommand is &quot;month YYYY-MM&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger month: --store needs a store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger month: which month? (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger month: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger month: &quot;%1&quot; is not a month such as 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger month: there is no store named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay account, %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts:    %1
Deductions: %2
Appealed:   %3
Recovered:  %4
Net:        %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --at needs a time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time such as 2026-03-01T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: say what to import: orders, disputes, chargebacks, ledger or tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: which store? (--store NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: &quot;%1&quot; is not a month such as 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: there is no store named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: cannot assess &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quickest way to %1: %2 %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2%3: projected tier %4, score %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no indicator has a value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant type: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tier: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier model export: give the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the model in force since %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier model import: which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the tier model from %1 as a new version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier model: the subcommand is &quot;export --out FILE&quot; or &quot;import FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims: the state is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims: there is no store named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims: cannot read the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	reply owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: which claim? (--claim ID, see &quot;claims&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: there is no claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sign with --agent NAME, or set your name on the Templates page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: template %1 (%2) cannot be sent for claim %3: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2  %3  [%4]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates export: give the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1
</source>
        <translation>
            <numerusform>Wrote %n template to %1
</numerusform>
            <numerusform>Wrote %n templates to %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>templates import: which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated (a new version each), %4 unchanged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: &quot;%1&quot; is not a currency code such as USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: %1 &quot;%2&quot;: a percentage from 0 to 100 such as 8 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: --qty &quot;%1&quot; is not a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: --date &quot;%1&quot; is not a date such as 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: give --model MODEL (%1) or --compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: &quot;%1&quot; is not a model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: give the selling price (--price) or the supply price (--supply-price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model could be computed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc batch: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc batch: give the file to write with --out FILE (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc batch: give a product list FILE, or --from-orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc batch: --date &quot;%1&quot; is not a date such as 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calc batch: there is no store named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n product(s) under every model to %1
</source>
        <translation>
            <numerusform>Wrote %n product under every model to %1
</numerusform>
            <numerusform>Wrote %n products under every model to %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>report: say which report: daily, monthly or claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the report is daily, monthly or claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report daily: the day is given with --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report daily: --date is YYYY-MM-DD, today or yesterday, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report monthly: the month is given with --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report monthly: --month is YYYY-MM, this or last, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report claims: the period is given with --from and --to (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report claims: --from and --to are YYYY-MM-DD, today or yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --format is pdf, xlsx or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: say the format with --format pdf|xlsx|csv or a file name ending in .pdf, .xlsx, .csv or .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --page is a4 or letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: there is no store named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: --out needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: --daily writes into the backup folder; leave out --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s daily backup is already there: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the old daily backup %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1, newest first:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: which backup? (restore FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2 (schema version %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace as it was is kept as %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged workspace is kept as %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk updates it to schema version %1 the next time it opens it (after writing a backup).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: say what to purge: purge personal-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge personal-data: --older-than-months needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge personal-data: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge personal-data: --older-than-months must be a whole number of months, 1 or more (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders, %2 disputes, %3 damage claims and %4 replies from before %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers&apos; personal data erased from %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hold buyers&apos; personal data. Nothing was changed: add --yes to erase it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores: unknown subcommand &quot;%1&quot; (add, rename, archive, unarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: --currency needs a currency code such as USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: --tz needs a time zone such as Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: --account needs the AliExpress account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: --jit needs self or pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: give the store&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: give the store&apos;s currency (--currency) and time zone (--tz): they decide how its amounts and days are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores add: --jit is self (the store delivers to the warehouse, 48 h) or pickup (the Cainiao pickup, 24 h), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; added (%2, %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores rename: give the store&apos;s name and its new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is now &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stores %1: give the store&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; archived.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is back in the lists.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import orders: --model &quot;%1&quot; is not a fulfillment model; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not imported; nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  a new shipped wording is offered: &quot;templates restore %1&quot; uses it, &quot;templates keep %1&quot; keeps yours
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates %1: which template? (its key, see &quot;templates&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your wording stays in use; this shipped wording is not offered again
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shipped wording is version %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates: the subcommand is &quot;export --out FILE&quot;, &quot;import FILE&quot;, &quot;restore KEY&quot; or &quot;keep KEY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 more not listed
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ColumnMappingRepository</name>
    <message>
        <source>there is no saved column mapping named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the mapping a name</source>
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
    <message>
        <source>the record has more than %1 fields (the limit in Workspace Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field holds the control character U+%1, which has no place in a field (is this a text export?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DamageRateReport</name>
    <message>
        <source>the damage-rate rules (damage.product_rate_*) have no value in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoSeeder</name>
    <message>
        <source>the workspace already has stores; the demo is only added to an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the warehousing invitations list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo photo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DisputeDeadlines</name>
    <message>
        <source>there is no such dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DisputeRepository</name>
    <message>
        <source>there is no such dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute needs its issue id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund maximum must be an amount of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store already has dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be in %1, the dispute&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 is more than the most the buyer can get back, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain the offer to the buyer in at least %1 characters (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is %1 characters; the platform takes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute is no longer in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the buyer&apos;s or the platform&apos;s proposal to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the %1 proposal: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose refund only or return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-proposal: %1, %2. &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute is already with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose how the dispute ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount refunded to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at the seller&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DisputeTerms</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted, the buyer refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned and refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: no refund</source>
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
    <name>sd::ImportLog</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace refused the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ImportRecord</name>
    <message>
        <source>a date and time is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use 2026-03-01 14:30 or ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is in %1 but the row is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Json</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::LedgerRepository</name>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal partly won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a deduction can be marked unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appeal was filed for this deduction; record its result instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer marked unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the deduction unfair before appealing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal was already filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal cannot be filed before the deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal document attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal&apos;s result is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file the appeal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose won, partly won or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be in %1, the deduction&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partly won appeal recovers more than 0 and less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount recovered must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::LedgerTableModel</name>
    <message>
        <source>Unfair: appeal not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chargeback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
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
        <source>migration step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration to version %1 could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the migration: %1</source>
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
    <name>sd::OrderColumns</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item (child) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer login ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s chosen logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product information (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderExporter</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderImporter</name>
    <message>
        <source>%1: the workspace refused the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store named &quot;%1&quot;; add it on the Stores page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no store; choose the store to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order ID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fulfillment model &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is in %1 but the order is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order time is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line item ID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity &quot;%1&quot; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: price &quot;%2&quot; is not an amount in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 already appears on line %2 with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line item %1 of order %2 already appears on line %3 with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the header has no column for: %3. Map the columns for this layout and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store chosen for the import does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the file has a header but no orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate between 0 and 100 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the file does not say how its orders are fulfilled, and order %3 is new: choose the fulfillment model of its new orders (on the command line: --model %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model &quot;%1&quot; is not a fulfillment model; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; write its ISO code (ES) or its name in English or Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 (&quot;%2&quot;): no quantity that SellerDesk can read; the seller center writes it as &quot;(产品数量:2 piece)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>product %1: the product total %2 leaves %3 for %n unit(s), not a whole amount per unit; check the quantity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the products add up to %1, but the product total is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: the products add up to %2 and the product total is %3; the difference is the discount %4 the file states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>order %1: the product text gives no price for %n of its products, so their unit prices are stored as 0 and only the order&apos;s product total %2 is known</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>order %1 is new, but order %2 is stored: %1 looks like %2 rounded by a spreadsheet to 15 significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 order IDs of 16 digits or more end in zeros past the 15th digit (the first: %3, line %4), as IDs do after a spreadsheet rounded them; import the seller center&apos;s original file, or keep the IDs as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::OrderRepository</name>
    <message>
        <source>the order no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is %1 characters long; keep it under 4000</source>
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
    <name>sd::OrdersTableModel</name>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ProductInfo</name>
    <message>
        <source>product %1: the quantity is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: quantity &quot;%2&quot; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: quantity &quot;%2&quot; is more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: the quantity is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: the product ID is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: the SKU code is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: the price is given twice, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: product ID &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1: no product name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ProfitCalculator</name>
    <message>
        <source>&quot;%1&quot; is not a fulfillment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the supply price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the selling price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices and costs cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not charged: the platform buys at the supply price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered: the product&apos;s category rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commission rate: enter the category&apos;s, or add the rule commission.default_category_rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission before the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the gross revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the waiver, less the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the orders × %2 % commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First mile to the pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First mile to the overseas warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First mile to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse operation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee rule is in %1: enter this product&apos;s fee to value the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse fees charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fees above, less what is waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amounts are too large to compute exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the net revenue, paid when the goods enter the warehouse (products the platform marks popular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The POP price rule is in %1: check this %2 price against %3 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP products priced below %1 must go semi-managed (the transition ended on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priced below %1: POP is allowed only until %2, then semi-managed is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice band: Under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice band: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice band: Above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the %1 free-shipping threshold: the buyer pays for shipping unless the basket reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative margin: this model loses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model could be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only model that could be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 earn the same; %1 is listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earns %2, %3 more than %4, the next best</source>
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
    <name>sd::RecordImporter</name>
    <message>
        <source>%1: the workspace refused the import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the header has no column for: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store chosen for the import does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store named &quot;%1&quot;; add it on the Stores page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which store? The file has no store column; choose the store for the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also on line %2 with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::RecordSource</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, over the import limit of %3 (Workspace Settings); split the file or raise the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReplyDrafter</name>
    <message>
        <source>the template library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template &quot;%1&quot; has no %2 text (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReplyRenderer</name>
    <message>
        <source>The buyer&apos;s name, from the claim or its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product that arrived damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units are affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund, in the buyer&apos;s money format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon code offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon&apos;s value, in the buyer&apos;s money format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number of the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as you sign replies (a setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder SellerDesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} has no value for this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brace that is not part of a placeholder: write {{ or }} for a literal brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest order the coupon applies to, in the buyer&apos;s money format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the coupon can be used, as the buyer writes dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReplyTemplateJson</name>
    <message>
        <source>a template needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is at most 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a key is lower-case letters, digits and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template library is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a SellerDesk template library (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SellerDesk reads template libraries of version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of templates is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library has no templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs an English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs its text in at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds half a character (a lone \uD800 to \uDFFF escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as en, pt, pt_BR or es_419</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReportBuilder</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and times in %1. The claims are those opened in the period, with where they stand now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim was opened in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sent in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was sent in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage rate per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged units (claims for logistics damage, packaging or an unknown cause, not rejected) / units shipped in the period. Over the threshold: above %1 with at least %2 units shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage claim names a product in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products over the damage-rate threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and times in %1. Lists as they stood at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover was overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other handover was due that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers due by the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in risk control or frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products refunded too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded line items / shipped line items over %1 days; listed above %2 with at least %3 shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product was over the refund-rate threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products damaged too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged units / shipped units over %1 days; listed above %2 with at least %3 shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product was over the damage-rate threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes, chargebacks and deductions needing an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispute, chargeback or deduction needed an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute response overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute response due that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback defence due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfair deduction not appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim had its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers done late that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover was late that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes opened or closed that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispute was opened or closed that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims opened or resolved that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim was opened or resolved that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deducted that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in risk control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute responses overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute responses due that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback defences due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfair deductions not appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each store&apos;s month in its own time zone. Orders count in the month they were paid; refunds in the month the order shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and GMV by fulfillment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV is the product total of the orders paid in the month. Commission waived is what the same orders would have paid as POP orders, less what they paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was paid in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission saved by semi-managed orders and warehouse fees waived, from the rules in force at the end of the month. POP commission that warehousing would waive is what the POP orders paid that semi-managed (warehouse) would not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse fees waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance payment eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP commission warehousing would waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items of the orders shipped in the month; a line item counts as refunded when any amount of it was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes opened in the month, by outcome so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the seller&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispute was opened in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargebacks filed in the month, by outcome so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chargeback was filed in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Alipay ledger against the orders: what the orders paid in the month should bring (product total less commission and refunds) and what the account received. Payouts follow orders by the settlement period, so a month rarely matches to the cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered on appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders should bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deducted in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected tier and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products by earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product was sold in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products by refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with at least %1 line items shipped in the month (the refund-rate rule&apos;s minimum sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product shipped %1 line items in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day by fulfillment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV by fulfillment model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily review needs a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly report needs a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claims report needs a first and a last day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claims report starts on %1, after its last day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claims report covers at most five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s time zone is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no store with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales less their share of the order&apos;s commission and less refunds, for the orders paid in the month; product costs are not in the workspace, so this is before cost. Products are told apart by product ID, else by SKU code, else by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReportDocument</name>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly store report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReportExporter</name>
    <message>
        <source>%1: cannot write: no room for temporary files (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries, which this program was built without</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ReportRenderer</name>
    <message>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is too small for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint on the printer or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
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
    <message>
        <source>Product refund rate: window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product&apos;s refund rate counts the line items shipped in this many past days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product refund rate: minimum shipped items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with fewer shipped line items in the window are not flagged: too few to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback: defence due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after a chargeback is filed by which the seller&apos;s defence is due, when the case does not state its own deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction appeal: due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after a deduction within which an appeal should be filed, when the notice does not state its own deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product damage-rate warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products whose damaged units exceed this share of the units shipped are flagged on Today: time to improve their packaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product damage rate: window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product&apos;s damage rate counts the units shipped, and the damage claims opened, in this many past days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product damage rate: minimum shipped units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with fewer units shipped in the window are not flagged: too few to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: pickup fee per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the inbound pickup would cost per unit without the waiver; the calculators show the waiver&apos;s value with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: operation fee per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What handling in the warehouse would cost per unit without the waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehoused semi-managed: rent per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What storage until the sale would cost per unit without the waiver.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&quot;%1&quot; is not a merchant type (full_managed, semi_managed or pop).</source>
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
    <message>
        <source>Self-delivery to warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cainiao pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT handover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TemplateRepository</name>
    <message>
        <source>%1: a template needs an English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a template needs its text in at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 text, line %3, column %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in reply templates are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in templates cannot be archived; edit them, or restore the shipped wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 text appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no new shipped wording of &quot;%1&quot; to decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TierImporter</name>
    <message>
        <source>&quot;%1&quot; is not a month such as 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier (S, A, B or C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service level (excellent, good, qualified or unqualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service level is recorded with the tier: the actual_tier cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TierModel</name>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text or an object with &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage from 0 to 100 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of 0 or more was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is in %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a tier model is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a SellerDesk tier model (&quot;format&quot; must be &quot;sellerdesk-tier-model&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version: this SellerDesk reads tier models of version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a month such as 2024-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a higher level cannot earn fewer points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S needs at least A&apos;s score, and A at least B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model defines no indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is lower-case letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;percent&quot;, &quot;count&quot; or &quot;money&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot; (which is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model must grade this merchant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the model&apos;s indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a graded indicator needs thresholds for S, A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the threshold as text, such as &quot;2.5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;higher is better&quot;: S needs at least A&apos;s value, and A at least B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lower is better&quot;: S needs at most A&apos;s value, and A at most B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage indicator of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent must be at least as strict as Good, and Good as Qualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TierReport</name>
    <message>
        <source>Warehoused orders ÷ orders paid in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders paid in the month that ship from a platform warehouse: a line item sent by the warehouse (WAREHOUSE_SEND_GOODS), or, when the file does not say who sent it, a semi-managed warehouse or fully managed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed JIT orders handed over by their deadline ÷ JIT handovers due in the month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders shipped in the month with a refund on a line item ÷ orders shipped in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes opened in the month ÷ orders shipped in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes escalated to the platform in the month ÷ orders shipped in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes closed at the seller&apos;s cost in the month ÷ orders shipped in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order totals of the orders paid in the month, in the store&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders paid in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed by SellerDesk: enter it by hand or import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders paid</source>
        <translation>
            <numerusform>%Ln order paid</numerusform>
            <numerusform>%Ln orders paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 paid, without %Ln orders in another currency</source>
        <translation>
            <numerusform>%1 paid, without %Ln order in another currency</numerusform>
            <numerusform>%1 paid, without %Ln orders in another currency</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warehoused orders</source>
        <translation>
            <numerusform>%Ln warehoused order</numerusform>
            <numerusform>%Ln warehoused orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 warehoused ÷ %2 paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over on time ÷ %2 JIT handovers due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded ÷ %2 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disputes opened ÷ %2 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalated ÷ %2 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the seller&apos;s cost ÷ %2 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <translation>
            <numerusform>%Ln fewer</numerusform>
            <numerusform>%Ln fewer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TierRepository</name>
    <message>
        <source>&quot;%1&quot; is not a month such as 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Transaction</name>
    <message>
        <source>the workspace is busy: another SellerDesk window or sellerdesk-cli has been writing to it for more than %1 seconds (an import, perhaps). Nothing was changed; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the workspace is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is open read-only (it is on a read-only disk or folder, or the file cannot be written): nothing can be changed.</source>
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
    <message>
        <source>%1: cannot seed the tier model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot add the built-in reply templates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and at schema version %2; this SellerDesk needs version %3 and cannot migrate it there. Open it where it can be written, or with the SellerDesk that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. It is open read-only until space is freed: everything can be looked at, nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (a read-only disk or folder, or no write permission). It is open read-only: everything can be looked at, nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::WriterBase</name>
    <message>
        <source>%1: the export is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the export was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the export is already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3 &quot;%4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cells but the header has %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal has %1 digits after the point; at most %2 can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table has no columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::XlsxBook</name>
    <message>
        <source>%1: the workbook is already written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3 &quot;%4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table has %2 columns; an Excel sheet holds at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the title of column %2 is longer than the %3 characters an Excel cell holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 has %3 cells but the header has %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the view has too many rows for an .xlsx file (an Excel sheet holds %2 rows with the header); export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal has %1 digits after the point; at most %2 can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %1 characters; an Excel cell holds at most %2 (export CSV to keep it whole)</source>
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
    <message>
        <source>the workbook part %1 unpacks to %2, over the limit of %3 (Workspace Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 columns (the limit in Workspace Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds a formula without a computed value: open and save the file in Excel or LibreOffice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the workbook&apos;s shared strings in the temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shared string %2 is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 shared strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shared strings are larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the workbook&apos;s shared strings back from the temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ZipReader</name>
    <message>
        <source>the entry %1 is no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s list of files is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ZipWriter</name>
    <message>
        <source>zip error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output cannot go back to complete an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry can be started now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a zip entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is not open</source>
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
    <message>
        <source>%1, last migrated by SellerDesk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS and Linux the workspace, the buyers&apos; photos and documents kept with it and its backups are readable only by your user account; on Windows they are in your user profile. Keep copies and exports somewhere equally private: they hold buyers&apos; names and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::AttachmentStrip</name>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 KB, added %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::BackupsDialog</name>
    <message>
        <source>Back Up &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily backup is written when SellerDesk opens the workspace and each day while it stays open. Backups are also written before an update of the workspace and before a restore; only the oldest daily backups are ever removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring is available in the SellerDesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup written %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk will close this window and the workspace, check the backup, save the workspace as it is now as a before-restore backup, put the backup in its place and open it again.

What was recorded after %1 will then only be in the before-restore backup, which you can restore in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of daily backups kept was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CalculatorsPage</name>
    <message>
        <source>Rule %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed
warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed
JIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully
managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas
managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a product earns under each fulfillment model, from the platform&apos;s rules in force on a date: commission waived or halved, fees waived, the advance payment. Every line shows the rule behind it in its tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selling price per unit (POP and semi-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supply price per unit (fully managed; overseas: including shipping to the buyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category&apos;s commission rate, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliate commission you set, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of orders that come through affiliates, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the warehouse, to the JIT pickup, or to the overseas warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you pay to ship to the buyer (POP, overseas managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform pays part of a popular warehoused product&apos;s revenue in advance (the advance payment line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules in force on this date apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selling price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pply price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmission (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ffiliate rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate s&amp;hare (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pac&amp;kaging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First mile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping to the &amp;buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount of 0 or more in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First mile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit ÷ revenue: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a selling price or a supply price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open product list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX: product_id, name, price, supply_price, cost, packaging, first_mile, delivery, commission_rate … (English or Chinese headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products sold in the last 90 days, at their average price, without costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by product id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any best model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a product list (CSV or XLSX), or take the products sold in the last 90 days from the orders: every product is computed under all five models, the best one named with its lead over the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown; every product under every model, as of %2.</source>
        <translation>
            <numerusform>%1 of %n product shown; every product under every model, as of %2.</numerusform>
            <numerusform>%1 of %n products shown; every product under every model, as of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a product list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product lists (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product list not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a product list or take the products from the orders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivable commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission these POP orders paid that warehoused semi-managed would waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a store to see its subsidies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (commission saved + fees waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on the table (POP commission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies by month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission saved against POP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse fees waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance payment eligible (popular products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on the table by POP products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in other currencies are not valued.</source>
        <translation>
            <numerusform>%n order in other currencies are not valued.</numerusform>
            <numerusform>%n orders in other currencies are not valued.</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>a date format for a month on the chart&apos;s axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a date format: month and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the o&amp;rders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CaseImportDialog</name>
    <message>
        <source>Import the good rows and set the bad ones aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes (seller center dispute list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargebacks (chargeback list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay account statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the file (store column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file first: every problem is listed with its line and column, and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns read (* required; seller-center and Chinese headers are recognised too):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly tier indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CaseWidgets</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CasesPage</name>
    <message>
        <source>Search case ID, order ID, buyer or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes and chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chargeback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest file that can be attached as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounter-propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the buyer&apos;s or the platform&apos;s proposal (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer another refund, between 0 and the refund maximum, with a note to the buyer (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy photos or PDFs into the workspace as evidence (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform to decide (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the dispute ended (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit defence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of delivery, tracking, messages with the buyer (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the defence was sent, once the documents are attached (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won, lost or partly won, and the amount recovered (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is selected. Import the seller center&apos;s dispute or chargeback list, or record a chargeback by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes &amp; Chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open case, the nearest deadline first: amber within 24 hours, red when past. Answer the buyer before the response window ends, and defend chargebacks before their countdown runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Last %1 days: dispute rate &lt;b&gt;%2&lt;/b&gt; · arbitration rate &lt;b&gt;%3&lt;/b&gt; · seller-responsibility rate &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders shipped: %1 · disputes opened: %2 · escalated: %3 · closed at the seller&apos;s cost: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported yet: linked when it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, escalated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at the seller&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response owed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform steps in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier proposal(s)</source>
        <translation>
            <numerusform>%n earlier proposal</numerusform>
            <numerusform>%n earlier proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Chargeback %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer is refunded as proposed. Accept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you offer and why, as the buyer will read it (%1 to %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the refund you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach defence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform will decide. Why (for the timeline; optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the seller&apos;s cost (counts in the seller-responsibility rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount refunded to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent (for the timeline; optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial win recovers more than 0 and less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a store on the Stores page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13.1 Merchandise not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countdown the chargeback notice shows; prefilled from the defence-window rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the chargeback&apos;s case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount frozen must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defence deadline is before the chargeback was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file that can be attached as evidence or a defence document (MB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esca&amp;late…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ClaimDialog</name>
    <message>
        <source>Claim details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New damage claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number from the seller center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the buyer, country and line items from the order, if it is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters, e.g. BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What arrived damaged, e.g. the vase&apos;s neck is cracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change, e.g. a smaller carton with air bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute&apos;s issue id, if the buyer opened one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carton:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not in the workspace: the claim is linked when it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 × %n</source>
        <translation>
            <numerusform>%1 · %2 × %n</numerusform>
            <numerusform>%1 · %2 × %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a store first (Stores page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the order the claim is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what arrived damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement&apos;s tracking number, when known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;spend (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ClaimsPage</name>
    <message>
        <source>Search order, buyer, product or the buyer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a buyer&apos;s damage claim with its photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a photo at full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;mit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s photos or description (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos are with the platform, which verifies the damage (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund, partial refund, reship, coupon or reject (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to do on this claim (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the platform&apos;s verification found (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was damaged, the cause, the buyer&apos;s language and the packaging used (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim is selected. When a buyer reports an item that arrived damaged, record it with New claim and add the buyer&apos;s photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers&apos; claims for goods that arrived damaged: collect the photos, follow the platform&apos;s verification, settle, and answer the buyer in their language. Claims owed a reply come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported yet: linked when it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unit(s)</source>
        <translation>
            <numerusform>%1 · %n unit</numerusform>
            <numerusform>%1 · %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon %1 worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragile label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fragile label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owed: the claim changed since the buyer last heard from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is recorded; these photos were not added:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the platform&apos;s verification find?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on orders of %1 or more, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its minimum spend and last day are not recorded: Edit details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking not recorded yet: Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s facts, and the settlement&apos;s tracking number or coupon terms (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ColumnMappingDialog</name>
    <message>
        <source>Map columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, to reuse this mapping for the next file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. Fields left out keep what the workspace already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportDialog</name>
    <message>
        <source>Import the good rows; write the bad ones, with reasons, to a CSV beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller-center order export, or a SellerDesk export (.csv, .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store named in each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Pacific (AliExpress API data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (Asia/Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— from the file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller-center export does not say how an order is fulfilled: choose the model of this file&apos;s new orders. Orders already in the workspace keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By header names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a file first to see what it would change; nothing is written until you import. An import goes in completely or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As mapped (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not say how its orders are fulfilled (seller-center exports never do): choose the model of its new orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportSummary</name>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the file can be imported. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the file has problems. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems: fix them, or import the good rows only (the option above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This same file was imported before, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows were written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (the first %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (the first %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::LedgerPage</name>
    <message>
        <source>Mark &amp;unfair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entry ID, reason or order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts and deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions marked unfair whose appeal is not filed yet (first) or not decided yet, the nearest appeal deadline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net = payouts − deductions + recovered. Appealed is the sum of the deductions whose appeal was filed; each month counts the entries dated in it (store time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a deduction unfair, to appeal it (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the appeal was filed, and its deadline (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won, partly won or lost, and the amount recovered (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts and deductions of the international Alipay account. Mark a deduction unfair, appeal it, and see each month reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions by reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the Entries or Appeal queue tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked unfair, not filed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;unfair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the deduction is fair after all (for the timeline; optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the deduction is unfair (for the timeline and the appeal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline the deduction notice states; prefilled from the appeal-window rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partly won appeal recovers more than 0 and less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach appeal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not attached</source>
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
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced; the backup was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::OrdersPage</name>
    <message>
        <source>In dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order ID, buyer, product or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected orders reviewed today (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the team: what was agreed, what to check. Kept when newer exports are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order of the chosen store. Handover deadlines count down from the rule in force when the order was paid; red is overdue, amber is due within 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order to see its line items, status history and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 = products %2 + shipping %3 − discount %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission: %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>%n order written to %1.</numerusform>
            <numerusform>%n orders written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Line item %2 · product %3 · SKU %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Recorded by: %2</source>
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
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes &amp; Chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::PhotoViewer</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ReplyEditor</name>
    <message>
        <source>&amp;Copy for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from where the claim stands; choose another if it fits better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the buyer&apos;s language, else their country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as you sign replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills {agent_name}; saved for your user in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply to the clipboard and save it on the claim&apos;s timeline (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the template again, discarding your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have edited this draft. Replace it with the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name in Sign as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be copied until these are filled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: fill the placeholders marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied at %1 and saved on the claim&apos;s timeline. Paste it into the buyer&apos;s message or the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to claim %1 was copied at %2 and saved on its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund is recorded on this claim: choose a reply that does not promise one, or resolve the claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it on the claim (Resolve…, or Edit details… once resolved), or replace it in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ReportsPage</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files in one .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, one per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte-order mark for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts each CSV file with the UTF-8 byte-order mark, so that Excel reads Chinese and other non-English text correctly. Leave it off for programs that do not expect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report in the chosen format (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily review, the monthly store report and the claims report for managers and accountants, as PDF, Excel or CSV. The command line writes the same files for scheduled jobs (sellerdesk-cli report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
By %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) beside %1</source>
        <translation>
            <numerusform>Saved %n file beside %1</numerusform>
            <numerusform>Saved %n files beside %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not printed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s)</source>
        <translation>
            <numerusform>Preview: %n page</numerusform>
            <numerusform>Preview: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ResolveDialog</name>
    <message>
        <source>Resolve claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional with a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement&apos;s tracking number, when known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the timeline; required when rejecting (why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon &amp;value (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the claim is rejected: the buyer will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the buyer can use the coupon, as the seller center set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the smallest order it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon &amp;minimum spend (%1):</source>
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
    <message>
        <source>items</source>
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
    <name>sd::ui::SettingsDialog</name>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Older Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most fields in one row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest Excel sheet, unpacked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file over a limit is refused before it is read, with a message naming the limit. The unpacked size stops &quot;zip bombs&quot;: small workbooks that unpack to gigabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers&apos; personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep names and logins for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record from before %1 holds buyers&apos; personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From before %1: %2 orders, %3 disputes, %4 damage claims and %5 replies still hold buyers&apos; names or logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the buyers&apos; names and logins from %1 orders, %2 disputes and %3 damage claims from before %4, and the text of %5 replies sent to those buyers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data could not be erased, and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased from %1 orders, %2 disputes, %3 damage claims and %4 replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts, statuses, products and countries stay, so reports still add up. This cannot be undone. Backups written before now still hold the data: daily ones roll over within the days kept; delete older manual and before-update backups from the backup folder if they must go too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::StaffNameDialog</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team sees this name beside your work: on dispute, chargeback and claim timelines, in the audit log and in the import history. It is kept on this computer for your system account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
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
    <message>
        <source>JIT: use Cainiao &amp;pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT: &amp;self-deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-managed JIT orders are collected by the Cainiao pickup: the 24-hour handover rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store delivers semi-managed JIT orders to the warehouse itself: the 48-hour handover rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT handover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::TemplatesPage</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;shipped wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update templates from a library file another team shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the library as a JSON file to share with your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the earlier versions; replies already sent keep the version they used (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the wording SellerDesk ships the newest version again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a template of your own from the library and the reply editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: shown when SellerDesk runs in Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (English, 中文):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description (English, 中文):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replies staff send to buyers, in each buyer&apos;s language. Placeholders in braces are filled from the claim; every saved edit is a new version, and built-in templates can be restored to the shipped wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
v%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short key, lower-case letters, digits and _ (e.g. delay_apology):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing version %1: save to make it the newest version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &quot;%1&quot; from the library? Replies already sent keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template library (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated (each as a new version), %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the template library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shipped wording in the editor, to compare; save it to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the shipped wording the newest version (yours stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your wording; this shipped wording is not offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new wording offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerDesk ships a new wording of this template. Your edited version stays in use until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code (e.g. de, it, pt_BR, es_419):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the new shipped wording: save it to use it, or discard the changes to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::TierPage</name>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;computed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record published tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove published tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the assessment grades this store. &quot;From the orders&quot; uses the fulfillment model with the most orders that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import indicators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly indicators and published tiers from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
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
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next level at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another value to see the tier it would give; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this month&apos;s value by hand; it wins over the computed one (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the value entered or imported, and use the one computed from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the tier the seller center publishes each month (Store Information → Merchant Tiered Assessment). Where it differs from the projection, adjust the model&apos;s weights and thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the weights and thresholds as edited above, in force from a month you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the s&amp;hipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SellerDesk&apos;s default model as a new version, in force from this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each store stands this month in the Merchant Tiered Assessment, and the smallest step to the next tier. The model is SellerDesk&apos;s estimate: calibrate it with the published tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a store on the Stores page to see its tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graded indicator has a value yet: import the month&apos;s indicators or enter them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded as %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service level (last %n month(s)): %1</source>
        <translation>
            <numerusform>Service level (last month): %1</numerusform>
            <numerusform>Service level (last %n months): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: &lt;b&gt;%1&lt;/b&gt; — differs from the projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Smallest step to %1:&lt;/b&gt; %2 %3 (%4 → %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other single steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single indicator reaches %1 alone: improve several (see the gaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S is the highest tier: keep the indicators where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 would bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (computed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Percent, such as 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in the indicator&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: type other values in the last column to see the tier they would give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What if:&lt;/b&gt; no graded indicator has a value (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What if: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;, score %3 (now %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figure comes from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier over the last 12 months: projected and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key indicators over the last 12 months (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ differs by %n tier(s)</source>
        <translation>
            <numerusform>⚠ differs by %n tier</numerusform>
            <numerusform>⚠ differs by %n tiers</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tier, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1 · shipped with SellerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from %1 · saved by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator earns %1 points at its S threshold, %2 at A, %3 at B and %4 below; the score is the weighted mean of the indicators that have a value. Tiers: %5. Percent thresholds are in %, counts in orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service level over %n month(s), thresholds for Excellent / Good / Qualified:</source>
        <translation>
            <numerusform>Service level over %n month, thresholds for Excellent / Good / Qualified:</numerusform>
            <numerusform>Service level over %n months, thresholds for Excellent / Good / Qualified:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 / %3 / %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weight is a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from (earlier months keep their model):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a tier model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier models (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tier model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SellerDesk&apos;s default model as a new version in force from %1? Earlier months keep the model they had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT and POP handovers overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the handover deadline and not shipped: late penalties apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand these to the Cainiao pickup or the warehouse before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In risk control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK_CONTROL: the platform holds the order for 24 hours after payment. Do not ship yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN_FROZEN: the order&apos;s money is frozen; check the dispute or chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products refunded too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refunded line items over shipped ones in the last %n day(s), above %1 % with at least %2 shipped (the refund-rate rules).</source>
        <translation>
            <numerusform>Refunded line items over shipped ones in the last day, above %1 % with at least %2 shipped (the refund-rate rules).</numerusform>
            <numerusform>Refunded line items over shipped ones in the last %n days, above %1 % with at least %2 shipped (the refund-rate rules).</numerusform>
        </translation>
    </message>
    <message>
        <source>No product is over the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day over the last 30 days, by fulfillment model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handovers missed, by the day they were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders nobody has marked reviewed (Ctrl+R on the Orders page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;product:%1:%2&quot;&gt;%3&lt;/a&gt; · %4 % (%5 of %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes, chargebacks and the Alipay account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute responses overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response window has passed: the buyer&apos;s proposal is carried out unless you act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute responses due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept or counter-propose before the response window ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chargeback defences due within %n day(s)</source>
        <translation>
            <numerusform>Chargeback defences due within %n day</numerusform>
            <numerusform>Chargeback defences due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach proof of delivery and submit before the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfair deductions not appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked unfair on the Alipay ledger, with no appeal filed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tier indicators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single indicator reaches %1 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant tier this month (projected):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily review: handovers to make, orders held by the platform, orders nobody has looked at yet, buyers owed a reply and products refunded or damaged too often. Click an item to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim changed since the buyer last heard from you: draft the reply from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every buyer has had an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;damage:%1&quot;&gt;%2&lt;/a&gt; · %3 % (%4 of %5 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products damaged too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Damaged units over units shipped in the last %n day(s), above %1 % with at least %2 shipped (the damage-rate rules). Improve their packaging.</source>
        <translation>
            <numerusform>Damaged units over units shipped in the last %n day, above %1 % with at least %2 shipped (the damage-rate rules). Improve their packaging.</numerusform>
            <numerusform>Damaged units over units shipped in the last %n days, above %1 % with at least %2 shipped (the damage-rate rules). Improve their packaging.</numerusform>
        </translation>
    </message>
</context>
</TS>
