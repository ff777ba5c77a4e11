// The monthly store report: ReportBuilder::buildMonthly.

#include "reportbuilder.h"

#include "calc/subsidysummary.h"
#include "disputes/chargebackrepository.h"
#include "disputes/disputeterms.h"
#include "ledger/ledgerrepository.h"
#include "orders/orderterms.h"
#include "orders/productkey.h"
#include "rules/rulerepository.h"
#include "store/siblingconnection.h"
#include "stores/storerepository.h"
#include "tier/tierreport.h"
#include "time/utctime.h"

#include <QMap>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

using namespace reportcells;

struct ProductMonth
{
    QString storeName;
    QString currency;
    ProductKey key;
    QString name;
    qint64 units = 0;
    qint64 sales = 0;
    qint64 commission = 0;
    qint64 refunds = 0;
    qint64 earnings() const { return sales - commission - refunds; }
};

struct ProductRefunds
{
    QString storeName;
    ProductKey key;
    QString name;
    qint64 shipped = 0;
    qint64 refunded = 0;
};

// The projected tier of each store, or nullopt when the tier cannot be computed.
using TierMonths = QHash<qint64, std::optional<TierMonth>>;

TierMonths tierMonths(const QSqlDatabase &db, const QList<Store> &stores, const QDate &first, qint64 nowUtc)
{
    TierMonths out;
    const TierReport report(db);
    for (const Store &s : stores)
        out.insert(s.id, report.month(s.id, first, nowUtc));
    return out;
}

} // namespace

std::optional<ReportDocument> ReportBuilder::buildMonthly(const ReportRequest &r, QString *error) const
{
    const QDate first(r.month.year(), r.month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    ReportDocument doc;
    doc.periodLabel = first.toString(u"yyyy-MM"_s);
    doc.timeZoneNote = tr("Each store's month in its own time zone. Orders count in the month they were paid; "
                          "refunds in the month the order shipped.");

    QList<Store> stores;
    for (const Store &s : StoreRepository(m_db).all(true)) {
        if (r.storeId == 0 ? !s.archived : s.id == r.storeId)
            stores.append(s);
    }

    ReportSection summary;
    summary.key = u"summary"_s;
    summary.title = tr("Summary");
    summary.columns = {{tr("Store"), Cell::Kind::Text, 14},
                       {tr("Orders"), Cell::Kind::Integer, 0},
                       {tr("GMV"), Cell::Kind::Money, 0},
                       {tr("Commission charged"), Cell::Kind::Money, 0},
                       {tr("Commission waived"), Cell::Kind::Money, 0},
                       {tr("Subsidies captured"), Cell::Kind::Money, 0},
                       {tr("Refunded"), Cell::Kind::Money, 0},
                       {tr("Refund rate"), Cell::Kind::Percent, 0},
                       {tr("Disputes opened"), Cell::Kind::Integer, 0},
                       {tr("Chargebacks"), Cell::Kind::Integer, 0},
                       {tr("Net received"), Cell::Kind::Money, 0},
                       {tr("Projected tier"), Cell::Kind::Text, 10}};

    ReportSection byModel;
    byModel.key = u"orders_by_model"_s;
    byModel.title = tr("Orders and GMV by fulfillment model");
    byModel.note = tr("GMV is the product total of the orders paid in the month. Commission waived is what "
                      "the same orders would have paid as POP orders, less what they paid.");
    byModel.columns = {{tr("Store"), Cell::Kind::Text, 14},
                       {tr("Fulfillment model"), Cell::Kind::Text, 24},
                       {tr("Orders"), Cell::Kind::Integer, 0},
                       {tr("Units"), Cell::Kind::Integer, 0},
                       {tr("GMV"), Cell::Kind::Money, 0},
                       {tr("Commission charged"), Cell::Kind::Money, 0},
                       {tr("Commission waived"), Cell::Kind::Money, 0}};
    byModel.emptyText = tr("No order was paid in the month.");

    ReportSection perDay;
    perDay.key = u"orders_per_day"_s;
    perDay.title = tr("Orders per day");
    perDay.columns = {{tr("Day"), Cell::Kind::Date, 12}};
    for (const QString &model : OrderTerms::modelCodes())
        perDay.columns.append({OrderTerms::modelLabel(model), Cell::Kind::Integer, 0});
    perDay.columns.append({tr("All"), Cell::Kind::Integer, 0});
    const int days = int(first.daysTo(last)) + 1;
    QList<QList<qint64>> dayCounts(days, QList<qint64>(OrderTerms::modelCodes().size(), 0));

    ReportSection subsidies;
    subsidies.key = u"subsidies"_s;
    subsidies.title = tr("Subsidies captured");
    subsidies.note = tr("Commission saved by semi-managed orders and warehouse fees waived, from the rules in "
                        "force at the end of the month. POP commission that warehousing would waive is what "
                        "the POP orders paid that semi-managed (warehouse) would not have.");
    subsidies.columns = {{tr("Store"), Cell::Kind::Text, 14},
                         {tr("Commission saved"), Cell::Kind::Money, 0},
                         {tr("Warehouse fees waived"), Cell::Kind::Money, 0},
                         {tr("Captured"), Cell::Kind::Money, 0},
                         {tr("Advance payment eligible"), Cell::Kind::Money, 0},
                         {tr("POP commission warehousing would waive"), Cell::Kind::Money, 0}};

    ReportSection refunds;
    refunds.key = u"refunds"_s;
    refunds.title = tr("Refunds");
    refunds.note = tr("Line items of the orders shipped in the month; a line item counts as refunded when any "
                      "amount of it was refunded.");
    refunds.columns = {{tr("Store"), Cell::Kind::Text, 14},
                       {tr("Line items shipped"), Cell::Kind::Integer, 0},
                       {tr("Line items refunded"), Cell::Kind::Integer, 0},
                       {tr("Refund rate"), Cell::Kind::Percent, 0},
                       {tr("Amount refunded"), Cell::Kind::Money, 0}};

    ReportSection disputes;
    disputes.key = u"disputes"_s;
    disputes.title = tr("Disputes and their outcomes");
    disputes.note = tr("Disputes opened in the month, by outcome so far.");
    disputes.columns = {{tr("Store"), Cell::Kind::Text, 14},
                        {tr("Outcome"), Cell::Kind::Text, 24},
                        {tr("Disputes"), Cell::Kind::Integer, 0},
                        {tr("Escalated"), Cell::Kind::Integer, 0},
                        {tr("At the seller's cost"), Cell::Kind::Integer, 0},
                        {tr("Refunded"), Cell::Kind::Money, 0}};
    disputes.emptyText = tr("No dispute was opened in the month.");

    ReportSection chargebacks;
    chargebacks.key = u"chargebacks"_s;
    chargebacks.title = tr("Chargebacks");
    chargebacks.note = tr("Chargebacks filed in the month, by outcome so far.");
    chargebacks.columns = {{tr("Store"), Cell::Kind::Text, 14},
                           {tr("Outcome"), Cell::Kind::Text, 16},
                           {tr("Chargebacks"), Cell::Kind::Integer, 0},
                           {tr("Frozen"), Cell::Kind::Money, 0},
                           {tr("Recovered"), Cell::Kind::Money, 0}};
    chargebacks.emptyText = tr("No chargeback was filed in the month.");

    ReportSection ledger;
    ledger.key = u"ledger"_s;
    ledger.title = tr("Ledger reconciliation");
    ledger.note = tr("The Alipay ledger against the orders: what the orders paid in the month should bring "
                     "(product total less commission and refunds) and what the account received. Payouts "
                     "follow orders by the settlement period, so a month rarely matches to the cent.");
    ledger.columns = {{tr("Store"), Cell::Kind::Text, 14},
                      {tr("Payouts"), Cell::Kind::Money, 0},
                      {tr("Deductions"), Cell::Kind::Money, 0},
                      {tr("Recovered on appeal"), Cell::Kind::Money, 0},
                      {tr("Net received"), Cell::Kind::Money, 0},
                      {tr("Orders should bring"), Cell::Kind::Money, 0},
                      {tr("Difference"), Cell::Kind::Money, 0}};

    ReportSection deductionReasons;
    deductionReasons.key = u"deductions_by_reason"_s;
    deductionReasons.title = tr("Deductions by reason");
    deductionReasons.columns = {{tr("Store"), Cell::Kind::Text, 14},
                                {tr("Reason"), Cell::Kind::Text, 36},
                                {tr("Deducted"), Cell::Kind::Money, 0}};
    deductionReasons.emptyText = tr("Nothing was deducted in the month.");

    ReportSection tier;
    tier.key = u"tier"_s;
    tier.title = tr("Projected tier and indicators");
    tier.columns = {{tr("Store"), Cell::Kind::Text, 14},
                    {tr("Indicator"), Cell::Kind::Text, 36},
                    {tr("Value"), Cell::Kind::Text, 14},
                    {tr("Level"), Cell::Kind::Text, 8},
                    {tr("Next level at"), Cell::Kind::Text, 14},
                    {tr("Source"), Cell::Kind::Text, 12}};

    ReportSection topEarnings;
    topEarnings.key = u"top_products_earnings"_s;
    topEarnings.title = tr("Top products by earnings");
    topEarnings.note = tr("Sales less their share of the order's commission and less refunds, for the orders paid "
                          "in the month; product costs are not in the workspace, so this is before cost. "
                          "Products are told apart by product ID, else by SKU code, else by name.");
    topEarnings.columns = {{tr("Store"), Cell::Kind::Text, 14},
                           {tr("Product ID"), Cell::Kind::Text, 18},
                           {tr("SKU code"), Cell::Kind::Text, 16},
                           {tr("Product"), Cell::Kind::Text, 26},
                           {tr("Units"), Cell::Kind::Integer, 0},
                           {tr("Sales"), Cell::Kind::Money, 0},
                           {tr("Commission"), Cell::Kind::Money, 0},
                           {tr("Refunds"), Cell::Kind::Money, 0},
                           {tr("Earnings"), Cell::Kind::Money, 0}};
    topEarnings.emptyText = tr("No product was sold in the month.");

    ReportSection topRefunds;
    topRefunds.key = u"top_products_refund_rate"_s;
    topRefunds.title = tr("Top products by refund rate");
    topRefunds.columns = {{tr("Store"), Cell::Kind::Text, 14},
                          {tr("Product ID"), Cell::Kind::Text, 18},
                          {tr("SKU code"), Cell::Kind::Text, 16},
                          {tr("Product"), Cell::Kind::Text, 26},
                          {tr("Line items shipped"), Cell::Kind::Integer, 0},
                          {tr("Line items refunded"), Cell::Kind::Integer, 0},
                          {tr("Refund rate"), Cell::Kind::Percent, 0}};

    const RuleRepository rules(m_db);
    const int minSample = rules.countAt(u"refund.product_rate_min_sample"_s, last).value_or(20);
    topRefunds.note = tr("Products with at least %1 line items shipped in the month (the refund-rate rule's "
                         "minimum sample).")
                              .arg(minSample);
    topRefunds.emptyText = tr("No product shipped %1 line items in the month.").arg(minSample);

    QList<ProductMonth> products;
    QList<ProductRefunds> refundProducts;
    const SubsidySummary subsidySummary(m_db);
    const LedgerRepository ledgerRepo(m_db);
    // The tier indicators (three months of passes over the orders, for the service window)
    // are read on a sibling connection in a worker thread while this one reads the rest.
    // Both read committed data; a concurrent import may land between them.
    QFuture<std::optional<TierMonths>> tierFuture =
            QtConcurrent::run([db = m_db.connectionName(), stores, first, now = r.nowUtc]() -> std::optional<TierMonths> {
                const SiblingConnection sibling(db);
                if (!sibling.isOpen())
                    return std::nullopt;
                return tierMonths(sibling.database(), stores, first, now);
            });
    // An early return still waits, so no worker reads the workspace after the report is done.
    const auto joinTier = qScopeGuard([&tierFuture] { tierFuture.waitForFinished(); });

    std::optional<TierMonths> tiers;

    for (const Store &store : std::as_const(stores)) {
        const QTimeZone zone = StoreRepository(m_db).zoneOf(store.id);
        const qint64 from = utc::toStore(first.startOfDay(zone));
        const qint64 to = utc::toStore(first.addMonths(1).startOfDay(zone));
        const QString cur = store.currency;

        const auto subsidy = subsidySummary.month(store.id, first, SubsidySummary::Detail::Totals);
        if (!subsidy) {
            *error = tr("the store %1 cannot be read").arg(store.name);
            return std::nullopt;
        }
        qint64 orders = 0, gmv = 0, waivedTotal = 0;
        for (const SubsidyMonth::Model &m : subsidy->models) {
            const qint64 waived = m.commissionIfPop.minorUnits() - m.commissionCharged.minorUnits();
            orders += m.orders;
            gmv += m.gross.minorUnits();
            waivedTotal += waived;
            byModel.rows.append({text(store.name), text(OrderTerms::modelLabel(m.model)), count(m.orders),
                                 count(m.units), money(m.gross.minorUnits(), cur),
                                 money(m.commissionCharged.minorUnits(), cur), money(waived, cur)});
        }
        subsidies.rows.append({text(store.name), money(subsidy->commissionSaved.minorUnits(), cur),
                               money(subsidy->feesWaived.minorUnits(), cur),
                               money(subsidy->captured().minorUnits(), cur),
                               money(subsidy->advanceEligible.minorUnits(), cur),
                               money(subsidy->leftOnTable.minorUnits(), cur)});

        // Orders per local day and model, counted in quarter-hour slots.
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!run(q, u"SELECT o.fulfillment_model, (o.paid_utc - ?) / ?, count(*) FROM orders o "
                        "WHERE o.store_id = ? AND o.paid_utc >= ? AND o.paid_utc < ? GROUP BY 1, 2"_s,
                     {from, utc::SlotSeconds, store.id, from, to}, error))
                return std::nullopt;
            const QList<qint64> dayStarts = utc::dayStarts(first, days, zone);
            while (q.next()) {
                const int model = int(OrderTerms::modelCodes().indexOf(q.value(0).toString()));
                const int day = utc::dayOfSlot(dayStarts, from, q.value(1).toLongLong());
                if (model >= 0 && day >= 0)
                    dayCounts[day][model] += q.value(2).toLongLong();
            }
        }

        // Per product: sales, commission share and refunds of the orders paid in the month.
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            // Seller-center rows carry no product ID: they are told apart by SKU code or name.
            if (!run(q, u"SELECT "_s + ProductKey::kindSql() + u", "_s + ProductKey::valueSql()
                                + u", max(i.product_name), sum(i.quantity), "
                                  "sum(i.unit_price_minor * i.quantity), "
                                  "sum(CASE WHEN o.product_total_minor > 0 THEN COALESCE(o.commission_minor, 0) * "
                                  "  (i.unit_price_minor * i.quantity) / o.product_total_minor ELSE 0 END), "
                                  "sum(i.refund_minor) "
                                  "FROM orders o JOIN order_items i ON i.order_ref = o.id "
                                  "WHERE o.store_id = ? AND o.paid_utc >= ? AND o.paid_utc < ? AND o.currency = ? "
                                  "AND "_s
                                + ProductKey::namedSql() + u" GROUP BY 1, 2"_s,
                     {store.id, from, to, cur}, error))
                return std::nullopt;
            while (q.next())
                products.append({store.name, cur,
                                 ProductKey{ProductKey::Kind(q.value(0).toInt()), q.value(1).toString()},
                                 q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                                 q.value(5).toLongLong(), q.value(6).toLongLong()});
        }

        // Refunds: line items of the orders shipped in the month.
        qint64 shippedItems = 0, refundedItems = 0, refundedAmount = 0;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!run(q, u"SELECT "_s + ProductKey::kindSql() + u", "_s + ProductKey::valueSql()
                                + u", max(i.product_name), count(*), sum(i.refund_minor > 0), "
                                  "sum(i.refund_minor), "_s
                                + ProductKey::namedSql()
                                + u" FROM orders o JOIN order_items i ON i.order_ref = o.id "
                                  "WHERE o.store_id = ? AND o.shipped_utc >= ? AND o.shipped_utc < ? "
                                  "AND o.currency = ? GROUP BY 1, 2"_s,
                     {store.id, from, to, cur}, error))
                return std::nullopt;
            while (q.next()) {
                shippedItems += q.value(3).toLongLong();
                refundedItems += q.value(4).toLongLong();
                refundedAmount += q.value(5).toLongLong();
                if (q.value(6).toBool() && q.value(3).toLongLong() >= minSample)
                    refundProducts.append({store.name,
                                           ProductKey{ProductKey::Kind(q.value(0).toInt()), q.value(1).toString()},
                                           q.value(2).toString(), q.value(3).toLongLong(),
                                           q.value(4).toLongLong()});
            }
        }
        refunds.rows.append({text(store.name), count(shippedItems), count(refundedItems),
                             rate(refundedItems, shippedItems), money(refundedAmount, cur)});

        // Disputes opened in the month, by outcome.
        qint64 disputesOpened = 0;
        {
            QSqlQuery q(m_db);
            if (!run(q, u"SELECT d.outcome, d.currency, count(*), sum(d.escalated_utc IS NOT NULL), "
                        "sum(d.seller_cost), sum(COALESCE(d.refunded_minor, 0)) FROM disputes d "
                        "WHERE d.store_id = ? AND d.opened_utc >= ? AND d.opened_utc < ? "
                        "GROUP BY 1, 2 ORDER BY 1, 2"_s,
                     {store.id, from, to}, error))
                return std::nullopt;
            while (q.next()) {
                const QString outcome = q.value(0).toString();
                disputesOpened += q.value(2).toLongLong();
                disputes.rows.append({text(store.name),
                                      text(outcome.isEmpty() ? tr("Open") : DisputeTerms::outcomeLabel(outcome)),
                                      count(q.value(2).toLongLong()), count(q.value(3).toLongLong()),
                                      count(q.value(4).toLongLong()),
                                      money(q.value(5).toLongLong(), q.value(1).toString())});
            }
        }

        qint64 chargebackCount = 0;
        {
            QSqlQuery q(m_db);
            if (!run(q, u"SELECT c.outcome, c.currency, count(*), sum(c.frozen_minor), "
                        "sum(COALESCE(c.recovered_minor, 0)) FROM chargebacks c "
                        "WHERE c.store_id = ? AND c.filed_utc >= ? AND c.filed_utc < ? "
                        "GROUP BY 1, 2 ORDER BY 1, 2"_s,
                     {store.id, from, to}, error))
                return std::nullopt;
            while (q.next()) {
                chargebackCount += q.value(2).toLongLong();
                chargebacks.rows.append({text(store.name),
                                         text(ChargebackRepository::outcomeLabel(q.value(0).toString())),
                                         count(q.value(2).toLongLong()),
                                         money(q.value(3).toLongLong(), q.value(1).toString()),
                                         money(q.value(4).toLongLong(), q.value(1).toString())});
            }
        }

        // The ledger against what the month's orders should bring.
        qint64 shouldBring = 0;
        {
            QSqlQuery q(m_db);
            if (!run(q, u"SELECT COALESCE(sum(o.product_total_minor - COALESCE(o.commission_minor, 0) - "
                        "o.refunded_minor), 0) "
                        "FROM orders o WHERE o.store_id = ? AND o.paid_utc >= ? AND o.paid_utc < ? "
                        "AND o.currency = ?"_s,
                     {store.id, from, to, cur}, error))
                return std::nullopt;
            shouldBring = q.next() ? q.value(0).toLongLong() : 0;
        }
        qint64 netReceived = 0;
        bool ledgerInCurrency = false;
        for (const LedgerMonth &lm : ledgerRepo.months(store.id, first, first)) {
            const QString lc = lm.currency.code();
            const bool main = lc == cur;
            ledgerInCurrency |= main;
            if (main)
                netReceived = lm.net();
            ledger.rows.append({text(store.name), money(lm.payouts, lc), money(lm.deductions, lc),
                                money(lm.recovered, lc), money(lm.net(), lc),
                                main ? money(shouldBring, cur) : Cell::empty(),
                                main ? money(lm.net() - shouldBring, cur) : Cell::empty()});
            for (auto it = lm.deductionsByReason.cbegin(); it != lm.deductionsByReason.cend(); ++it)
                deductionReasons.rows.append({text(store.name),
                                              text(it.key().isEmpty() ? tr("(no reason given)") : it.key()),
                                              money(it.value(), lc)});
        }
        if (!ledgerInCurrency)
            ledger.rows.append({text(store.name), money(0, cur), money(0, cur), money(0, cur), money(0, cur),
                                money(shouldBring, cur), money(-shouldBring, cur)});

        // The projected tier (to date when the month is not over).
        QString tierText;
        if (!tiers) {
            tiers = tierFuture.result();
            if (!tiers)
                tiers = tierMonths(m_db, stores, first, r.nowUtc);
        }
        if (const std::optional<TierMonth> &tm = tiers->value(store.id)) {
            const TierAssessment &a = tm->assessment;
            tierText = a.scored ? tiers::code(a.tier) : tr("Not scored");
            tier.rows.append({text(store.name), text(tr("Projected tier")), text(tierText),
                              text(a.scored ? TierAssessment::formatScore(a.score) : QString()),
                              text(a.nextTier ? tiers::code(*a.nextTier) : QString()), text(QString())});
            for (const TierAssessment::Indicator &ind : a.indicators) {
                const TierModel::Indicator *def = tm->model.model.indicator(ind.key);
                const TierIndicatorValue v = tm->values.value(ind.key);
                tier.rows.append(
                        {text(store.name), text(def ? def->name.text() : ind.key),
                         text(TierReport::formatValue(tm->model.model, ind.key, ind.value, tm->currency)),
                         text(ind.graded ? tiers::code(ind.level) : QString()),
                         text(ind.thresholdNext ? TierReport::formatValue(tm->model.model, ind.key,
                                                                          ind.thresholdNext, tm->currency)
                                                : QString()),
                         text(v.source)});
            }
        }

        const qint64 charged = subsidy->commissionCharged.minorUnits();
        summary.rows.append({text(store.name), count(orders), money(gmv, cur), money(charged, cur),
                             money(waivedTotal, cur), money(subsidy->captured().minorUnits(), cur),
                             money(refundedAmount, cur), rate(refundedItems, shippedItems), count(disputesOpened),
                             count(chargebackCount), money(netReceived, cur), text(tierText)});
    }

    // Orders per day, every store together.
    QList<qint64> modelTotals(OrderTerms::modelCodes().size(), 0);
    for (int d = 0; d < days; ++d) {
        QList<Cell> row{Cell::ofDate(first.addDays(d))};
        qint64 all = 0;
        for (qsizetype m = 0; m < dayCounts[d].size(); ++m) {
            row.append(count(dayCounts[d][m]));
            all += dayCounts[d][m];
            modelTotals[m] += dayCounts[d][m];
        }
        row.append(count(all));
        perDay.rows.append(row);
    }
    ReportChart dayChart;
    dayChart.type = ReportChart::Type::StackedBar;
    dayChart.title = tr("Orders per day by fulfillment model");
    dayChart.valueTitle = tr("Orders");
    for (int d = 0; d < days; ++d)
        dayChart.categories.append(first.addDays(d).toString(u"d"_s));
    for (qsizetype m = 0; m < modelTotals.size(); ++m) {
        if (modelTotals[m] == 0)
            continue; // a model without orders would only crowd the legend
        ReportChart::Series series{OrderTerms::modelLabel(OrderTerms::modelCodes().at(m)), {}};
        for (int d = 0; d < days; ++d)
            series.values.append(dayCounts[d][m]);
        dayChart.series.append(series);
        dayChart.seriesColumns.append(int(m) + 1);
    }
    if (!dayChart.series.isEmpty())
        perDay.chart = dayChart;

    // GMV by model, for one store: its table has one row per model, which the XLSX
    // chart points at.
    if (stores.size() == 1 && !byModel.rows.isEmpty()) {
        const QString cur = stores.first().currency;
        ReportChart gmvChart;
        gmvChart.type = ReportChart::Type::Bar;
        gmvChart.title = tr("GMV by fulfillment model (%1)").arg(cur);
        gmvChart.valueTitle = cur;
        gmvChart.decimals = Currency::of(cur).minorDigits();
        ReportChart::Series series{tr("GMV"), {}};
        for (const QList<Cell> &row : std::as_const(byModel.rows)) {
            gmvChart.categories.append(row.at(1).text);
            series.values.append(row.at(4).integer);
        }
        gmvChart.series.append(series);
        gmvChart.categoryColumn = 1;
        gmvChart.seriesColumns = {4};
        byModel.chart = gmvChart;
    }

    std::stable_sort(products.begin(), products.end(), [](const ProductMonth &a, const ProductMonth &b) {
        if (a.earnings() != b.earnings())
            return a.earnings() > b.earnings();
        return a.key.kind != b.key.kind ? a.key.kind < b.key.kind : a.key.value < b.key.value;
    });
    for (const ProductMonth &p : std::as_const(products).first(qMin<qsizetype>(TopProducts, products.size())))
        topEarnings.rows.append({text(p.storeName), text(p.key.productId()), text(p.key.skuCode()),
                                 text(p.name), count(p.units),
                                 money(p.sales, p.currency), money(p.commission, p.currency),
                                 money(p.refunds, p.currency), money(p.earnings(), p.currency)});

    std::stable_sort(refundProducts.begin(), refundProducts.end(),
                     [](const ProductRefunds &a, const ProductRefunds &b) {
                         // a.refunded / a.shipped > b.refunded / b.shipped, exactly
                         const qint64 l = a.refunded * b.shipped, rr = b.refunded * a.shipped;
                         if (l != rr)
                             return l > rr;
                         return a.key.kind != b.key.kind ? a.key.kind < b.key.kind : a.key.value < b.key.value;
                     });
    for (const ProductRefunds &p :
         std::as_const(refundProducts).first(qMin<qsizetype>(TopProducts, refundProducts.size())))
        topRefunds.rows.append({text(p.storeName), text(p.key.productId()), text(p.key.skuCode()),
                                text(p.name), count(p.shipped),
                                count(p.refunded), rate(p.refunded, p.shipped)});

    doc.sections = {summary, byModel, perDay, subsidies, refunds, disputes, chargebacks,
                    ledger, deductionReasons, tier, topEarnings, topRefunds};
    return doc;
}

} // namespace sd
