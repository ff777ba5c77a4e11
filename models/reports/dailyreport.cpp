// The daily review: ReportBuilder::buildDaily.

#include "reportbuilder.h"

#include "claims/claimrepository.h"
#include "claims/claimterms.h"
#include "claims/damagerate.h"
#include "disputes/caseagenda.h"
#include "disputes/disputeterms.h"
#include "ledger/ledgerrepository.h"
#include "orders/orderfilter.h"
#include "orders/orderterms.h"
#include "orders/todayreport.h"
#include "time/utctime.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

using namespace reportcells;

// Adds "first N of M" to a section whose list was cut.
void noteCut(ReportSection &s, qint64 total)
{
    if (total > s.rows.size())
        s.note = ReportBuilder::tr("The first %1 of %2 are listed.").arg(s.rows.size()).arg(total);
}

} // namespace

std::optional<ReportDocument> ReportBuilder::buildDaily(const ReportRequest &r, QString *error) const
{
    const qint64 dayStart = utc::toStore(r.date.startOfDay(r.zone));
    const qint64 dayEnd = utc::toStore(r.date.addDays(1).startOfDay(r.zone));
    // The lists as they stood at the end of the day; for today, now.
    const qint64 asOf = qMin(r.nowUtc, dayEnd);
    const QVariant store = r.storeId;

    ReportDocument doc;
    doc.periodLabel = r.date.toString(Qt::ISODate);
    doc.timeZoneNote = tr("Days and times in %1. Lists as they stood at %2.")
                               .arg(QString::fromUtf8(r.zone.id()),
                                    utc::fromStore(asOf).toTimeZone(r.zone).toString(u"yyyy-MM-dd HH:mm"_s));

    // Handovers: awaiting at `asOf`, or handed over only after it.
    const QString awaiting = u"o.handover_due_utc IS NOT NULL AND o.shipped_utc IS NULL AND "_s
            + OrderQuery::awaitingShipmentSql();
    const QString handoverColumns
            = u"SELECT o.order_id, s.name, o.fulfillment_model, o.paid_utc, o.handover_due_utc "
              "FROM orders o JOIN stores s ON s.id = o.store_id WHERE "_s;
    const QString storeTerm = u" AND (? = 0 OR o.store_id = ?)"_s;
    auto handoverList = [&](const QString &key, const QString &title, const QString &dueTerm,
                            const QVariantList &dueBinds, bool overdue,
                            qint64 *total) -> std::optional<ReportSection> {
        ReportSection s;
        s.key = key;
        s.title = title;
        s.columns = {{tr("Order"), Cell::Kind::Text, 18},
                     {tr("Store"), Cell::Kind::Text, 14},
                     {tr("Fulfillment model"), Cell::Kind::Text, 22},
                     {tr("Paid"), Cell::Kind::DateTime, 0},
                     {tr("Handover deadline"), Cell::Kind::DateTime, 0},
                     {overdue ? tr("Hours overdue") : tr("Hours left"), Cell::Kind::Integer, 0}};
        s.emptyText = overdue ? tr("No handover was overdue.") : tr("No other handover was due that day.");
        QSqlQuery q(m_db);
        QVariantList binds = dueBinds;
        binds << store << store << asOf << asOf;
        binds += dueBinds;
        binds << store << store;
        const QString sql = handoverColumns + awaiting + u" AND "_s + dueTerm + storeTerm
                + u" UNION ALL "_s + handoverColumns
                + u"o.handover_due_utc IS NOT NULL AND o.shipped_utc > ? AND o.paid_utc <= ? AND "_s
                + dueTerm + storeTerm + u" ORDER BY 5, 1"_s;
        if (!run(q, sql, binds, error))
            return std::nullopt;
        *total = 0;
        while (q.next()) {
            ++*total;
            if (s.rows.size() >= ListLimit)
                continue;
            const qint64 due = q.value(4).toLongLong();
            s.rows.append({text(q.value(0).toString()), text(q.value(1).toString()),
                           text(OrderTerms::modelLabel(q.value(2).toString())),
                           time(q.value(3).toLongLong(), r.zone), time(due, r.zone),
                           count(overdue ? (asOf - due) / 3600 : (due - asOf) / 3600)});
        }
        noteCut(s, *total);
        return s;
    };
    qint64 overdueCount = 0, dueCount = 0;
    const auto overdue = handoverList(u"overdue"_s, tr("Handovers overdue"), u"o.handover_due_utc < ?"_s,
                                      {asOf}, true, &overdueCount);
    if (!overdue)
        return std::nullopt;
    const auto due = handoverList(u"due"_s, tr("Handovers due by the end of the day"),
                                  u"o.handover_due_utc >= ? AND o.handover_due_utc < ?"_s,
                                  {asOf, dayEnd}, false, &dueCount);
    if (!due)
        return std::nullopt;

    // Orders held by the platform, as they stand now.
    ReportSection held;
    held.key = u"held"_s;
    held.title = tr("Orders in risk control or frozen");
    held.columns = {{tr("Order"), Cell::Kind::Text, 18},
                    {tr("Store"), Cell::Kind::Text, 14},
                    {tr("Status"), Cell::Kind::Text, 20},
                    {tr("Paid"), Cell::Kind::DateTime, 0},
                    {tr("Order total"), Cell::Kind::Money, 0}};
    held.emptyText = tr("No order was held.");
    qint64 riskCount = 0, frozenCount = 0;
    {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT o.order_id, s.name, o.order_status, o.paid_utc, o.order_total_minor, o.currency "
                    "FROM orders o JOIN stores s ON s.id = o.store_id "
                    "WHERE o.order_status IN ('RISK_CONTROL', 'IN_FROZEN') AND o.created_utc < ? "
                    "AND (? = 0 OR o.store_id = ?) ORDER BY o.order_status DESC, o.paid_utc, o.order_id"_s,
                 {dayEnd, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            const QString status = q.value(2).toString();
            ++(status == u"RISK_CONTROL"_s ? riskCount : frozenCount);
            if (held.rows.size() < ListLimit)
                held.rows.append({text(q.value(0).toString()), text(q.value(1).toString()),
                                  text(OrderTerms::statusLabel(status)), time(q.value(3).toLongLong(), r.zone),
                                  money(q.value(4).toLongLong(), q.value(5).toString())});
        }
        noteCut(held, riskCount + frozenCount);
    }

    qint64 neverReviewed = 0;
    {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT count(*) FROM orders o WHERE o.reviewed_on IS NULL AND o.created_utc < ? "
                    "AND (? = 0 OR o.store_id = ?)"_s,
                 {dayEnd, store, store}, error))
            return std::nullopt;
        neverReviewed = q.next() ? q.value(0).toLongLong() : 0;
    }

    // Products refunded too often (the Today page's rule and window, ending at asOf).
    const TodaySummary today = TodayReport(m_db).compute(r.storeId, asOf);
    ReportSection refunds;
    refunds.key = u"refund_products"_s;
    refunds.title = tr("Products refunded too often");
    refunds.note = tr("Refunded line items / shipped line items over %1 days; listed above %2 with at least "
                      "%3 shipped.")
                           .arg(today.refundWindowDays)
                           .arg(QLocale::c().toString(double(today.refundThresholdPpm) / 10000.0, 'f', 1) + u'%')
                           .arg(today.refundMinSample);
    refunds.columns = {{tr("Store"), Cell::Kind::Text, 14},
                       {tr("Product ID"), Cell::Kind::Text, 18},
                       {tr("SKU code"), Cell::Kind::Text, 16},
                       {tr("Product"), Cell::Kind::Text, 26},
                       {tr("Shipped"), Cell::Kind::Integer, 0},
                       {tr("Refunded"), Cell::Kind::Integer, 0},
                       {tr("Refund rate"), Cell::Kind::Percent, 0}};
    refunds.emptyText = tr("No product was over the refund-rate threshold.");
    for (const TodaySummary::ProductRefunds &p : today.refundProducts)
        refunds.rows.append({text(p.storeName), text(p.productId), text(p.skuCode), text(p.productName),
                             count(p.shipped),
                             count(p.refunded), percent(p.ratePpm)});

    // Products damaged too often.
    const auto damage = DamageRateReport(m_db).compute(r.storeId, asOf, error);
    if (!damage)
        return std::nullopt;
    ReportSection damaged;
    damaged.key = u"damaged_products"_s;
    damaged.title = tr("Products damaged too often");
    damaged.note = tr("Damaged units / shipped units over %1 days; listed above %2 with at least %3 shipped.")
                           .arg(damage->windowDays)
                           .arg(QLocale::c().toString(double(damage->thresholdPpm) / 10000.0, 'f', 1) + u'%')
                           .arg(damage->minSample);
    damaged.columns = {{tr("Store"), Cell::Kind::Text, 14},
                       {tr("Product ID"), Cell::Kind::Text, 18},
                       {tr("Product"), Cell::Kind::Text, 26},
                       {tr("Shipped units"), Cell::Kind::Integer, 0},
                       {tr("Damaged units"), Cell::Kind::Integer, 0},
                       {tr("Damage rate"), Cell::Kind::Percent, 0}};
    damaged.emptyText = tr("No product was over the damage-rate threshold.");
    for (const ProductDamage &p : damage->flagged())
        damaged.rows.append({text(p.storeName), text(p.productId), text(p.productName), count(p.shippedUnits),
                             count(p.damagedUnits), p.ratePpm ? percent(*p.ratePpm) : Cell::empty()});

    // Disputes, chargebacks and deductions that need an answer.
    const CaseAgenda agenda = CaseAgenda::compute(m_db, r.storeId, asOf, r.zone, ListLimit);
    ReportSection cases;
    cases.key = u"cases_due"_s;
    cases.title = tr("Disputes, chargebacks and deductions needing an answer");
    cases.columns = {{tr("What"), Cell::Kind::Text, 30},
                     {tr("Case"), Cell::Kind::Text, 22},
                     {tr("Store"), Cell::Kind::Text, 14},
                     {tr("Due or made"), Cell::Kind::DateTime, 0},
                     {tr("Amount"), Cell::Kind::Money, 0}};
    cases.emptyText = tr("No dispute, chargeback or deduction needed an answer.");
    auto addCases = [&](const CaseAgenda::List &list, const QString &what) {
        for (const CaseAgenda::Item &i : list.items) {
            cases.rows.append({text(what), text(i.caseId), text(i.storeName), time(i.atUtc, r.zone),
                               i.amount.isValid() ? money(i.amount.minorUnits(), i.amount.currency().code())
                                                  : Cell::empty()});
        }
    };
    addCases(agenda.disputesOverdue, tr("Dispute response overdue"));
    addCases(agenda.disputesDueToday, tr("Dispute response due that day"));
    addCases(agenda.chargebacksDefence, tr("Chargeback defence due"));
    addCases(agenda.unfairNotAppealed, tr("Unfair deduction not appealed"));

    // Claims waiting for a reply.
    const ClaimRepository claimRepo(m_db);
    ReportSection awaitingReply;
    awaitingReply.key = u"claims_awaiting_reply"_s;
    awaitingReply.title = tr("Claims waiting for a reply");
    awaitingReply.columns = {{tr("Claim"), Cell::Kind::Integer, 8},
                             {tr("Store"), Cell::Kind::Text, 14},
                             {tr("Order"), Cell::Kind::Text, 18},
                             {tr("Buyer"), Cell::Kind::Text, 16},
                             {tr("State"), Cell::Kind::Text, 14},
                             {tr("Changed"), Cell::Kind::DateTime, 0}};
    awaitingReply.emptyText = tr("Every claim had its reply.");
    const qint64 awaitingCount = claimRepo.countAwaitingReply(r.storeId);
    {
        QHash<qint64, QString> storeNames;
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT id, name FROM stores"_s, {}, error))
            return std::nullopt;
        while (q.next())
            storeNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        for (const Claim &c : claimRepo.awaitingReply(r.storeId, ListLimit))
            awaitingReply.rows.append({count(c.id), text(storeNames.value(c.storeId)), text(c.orderId),
                                       text(c.buyerName), text(ClaimTerms::stateLabel(c.state)),
                                       time(c.stateChangedUtc, r.zone)});
        noteCut(awaitingReply, awaitingCount);
    }

    // What happened that day.
    ReportSection late;
    late.key = u"late_handovers"_s;
    late.title = tr("Handovers done late that day");
    late.columns = {{tr("Order"), Cell::Kind::Text, 18},
                    {tr("Store"), Cell::Kind::Text, 14},
                    {tr("Fulfillment model"), Cell::Kind::Text, 22},
                    {tr("Handover deadline"), Cell::Kind::DateTime, 0},
                    {tr("Handed over"), Cell::Kind::DateTime, 0},
                    {tr("Hours late"), Cell::Kind::Integer, 0}};
    late.emptyText = tr("No handover was late that day.");
    qint64 lateCount = 0;
    {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT o.order_id, s.name, o.fulfillment_model, o.handover_due_utc, o.shipped_utc "
                    "FROM orders o JOIN stores s ON s.id = o.store_id "
                    "WHERE o.shipped_utc >= ? AND o.shipped_utc < ? AND o.handover_due_utc IS NOT NULL "
                    "AND o.shipped_utc > o.handover_due_utc AND (? = 0 OR o.store_id = ?) "
                    "ORDER BY o.shipped_utc, o.order_id"_s,
                 {dayStart, dayEnd, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            ++lateCount;
            if (late.rows.size() >= ListLimit)
                continue;
            const qint64 dueAt = q.value(3).toLongLong();
            const qint64 shipped = q.value(4).toLongLong();
            late.rows.append({text(q.value(0).toString()), text(q.value(1).toString()),
                              text(OrderTerms::modelLabel(q.value(2).toString())), time(dueAt, r.zone),
                              time(shipped, r.zone), count((shipped - dueAt) / 3600)});
        }
        noteCut(late, lateCount);
    }

    ReportSection disputes;
    disputes.key = u"disputes"_s;
    disputes.title = tr("Disputes opened or closed that day");
    disputes.columns = {{tr("Issue"), Cell::Kind::Text, 20},
                        {tr("Store"), Cell::Kind::Text, 14},
                        {tr("Order"), Cell::Kind::Text, 18},
                        {tr("Reason"), Cell::Kind::Text, 28},
                        {tr("Opened"), Cell::Kind::DateTime, 0},
                        {tr("Closed"), Cell::Kind::DateTime, 0},
                        {tr("Status"), Cell::Kind::Text, 16},
                        {tr("Outcome"), Cell::Kind::Text, 18},
                        {tr("Refunded"), Cell::Kind::Money, 0}};
    disputes.emptyText = tr("No dispute was opened or closed that day.");
    qint64 disputesOpened = 0, disputesClosed = 0;
    {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT d.issue_id, s.name, d.order_id, d.reason, d.opened_utc, d.closed_utc, d.status, "
                    "d.outcome, d.refunded_minor, d.currency FROM disputes d JOIN stores s ON s.id = d.store_id "
                    "WHERE ((d.opened_utc >= ? AND d.opened_utc < ?) OR (d.closed_utc >= ? AND d.closed_utc < ?)) "
                    "AND (? = 0 OR d.store_id = ?) ORDER BY d.opened_utc, d.issue_id"_s,
                 {dayStart, dayEnd, dayStart, dayEnd, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            const qint64 opened = q.value(4).toLongLong();
            const qint64 closed = q.value(5).toLongLong();
            disputesOpened += opened >= dayStart && opened < dayEnd;
            disputesClosed += !q.value(5).isNull() && closed >= dayStart && closed < dayEnd;
            if (disputes.rows.size() < ListLimit)
                disputes.rows.append({text(q.value(0).toString()), text(q.value(1).toString()),
                                      text(q.value(2).toString()), text(q.value(3).toString()),
                                      time(opened, r.zone), time(closed, r.zone),
                                      text(DisputeTerms::statusLabel(q.value(6).toString())),
                                      text(q.value(7).toString().isEmpty()
                                                   ? QString()
                                                   : DisputeTerms::outcomeLabel(q.value(7).toString())),
                                      moneyOrEmpty(q.value(8), q.value(9).toString())});
        }
    }

    ReportSection claims;
    claims.key = u"claims"_s;
    claims.title = tr("Claims opened or resolved that day");
    claims.columns = {{tr("Claim"), Cell::Kind::Integer, 8},
                      {tr("Store"), Cell::Kind::Text, 14},
                      {tr("Order"), Cell::Kind::Text, 18},
                      {tr("Product"), Cell::Kind::Text, 26},
                      {tr("Cause"), Cell::Kind::Text, 16},
                      {tr("Opened"), Cell::Kind::DateTime, 0},
                      {tr("Resolved"), Cell::Kind::DateTime, 0},
                      {tr("State"), Cell::Kind::Text, 14},
                      {tr("Resolution"), Cell::Kind::Text, 14},
                      {tr("Refund"), Cell::Kind::Money, 0}};
    claims.emptyText = tr("No claim was opened or resolved that day.");
    qint64 claimsOpened = 0, claimsResolved = 0;
    {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT c.id, s.name, c.order_id, c.product_name, c.cause, c.opened_utc, c.resolved_utc, "
                    "c.state, c.resolution, c.refund_minor, c.currency FROM claims c "
                    "JOIN stores s ON s.id = c.store_id "
                    "WHERE ((c.opened_utc >= ? AND c.opened_utc < ?) OR (c.resolved_utc >= ? AND c.resolved_utc < ?)) "
                    "AND (? = 0 OR c.store_id = ?) ORDER BY c.opened_utc, c.id"_s,
                 {dayStart, dayEnd, dayStart, dayEnd, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            const qint64 opened = q.value(5).toLongLong();
            const qint64 resolved = q.value(6).toLongLong();
            claimsOpened += opened >= dayStart && opened < dayEnd;
            claimsResolved += !q.value(6).isNull() && resolved >= dayStart && resolved < dayEnd;
            const QString resolution = q.value(8).toString();
            if (claims.rows.size() < ListLimit)
                claims.rows.append({count(q.value(0).toLongLong()), text(q.value(1).toString()),
                                    text(q.value(2).toString()), text(q.value(3).toString()),
                                    text(ClaimTerms::causeLabel(q.value(4).toString())), time(opened, r.zone),
                                    time(resolved, r.zone), text(ClaimTerms::stateLabel(q.value(7).toString())),
                                    text(resolution.isEmpty() ? QString() : ClaimTerms::resolutionLabel(resolution)),
                                    moneyOrEmpty(q.value(9), q.value(10).toString())});
        }
    }

    ReportSection deductions;
    deductions.key = u"deductions"_s;
    deductions.title = tr("Deductions that day");
    deductions.columns = {{tr("Entry"), Cell::Kind::Text, 20},
                          {tr("Store"), Cell::Kind::Text, 14},
                          {tr("Time"), Cell::Kind::DateTime, 0},
                          {tr("Reason"), Cell::Kind::Text, 30},
                          {tr("Order"), Cell::Kind::Text, 18},
                          {tr("Amount"), Cell::Kind::Money, 0},
                          {tr("Marked unfair"), Cell::Kind::Text, 10}};
    deductions.emptyText = tr("Nothing was deducted that day.");
    qint64 deductionCount = 0;
    QMap<QString, qint64> deducted; // currency -> minor units
    {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT l.entry_id, s.name, l.at_utc, l.reason, l.order_id, l.amount_minor, l.currency, "
                    "l.unfair FROM ledger_entries l JOIN stores s ON s.id = l.store_id "
                    "WHERE l.kind = 'deduction' AND l.at_utc >= ? AND l.at_utc < ? AND (? = 0 OR l.store_id = ?) "
                    "ORDER BY l.at_utc, l.entry_id"_s,
                 {dayStart, dayEnd, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            ++deductionCount;
            deducted[q.value(6).toString()] += q.value(5).toLongLong();
            if (deductions.rows.size() < ListLimit)
                deductions.rows.append({text(q.value(0).toString()), text(q.value(1).toString()),
                                        time(q.value(2).toLongLong(), r.zone), text(q.value(3).toString()),
                                        text(q.value(4).toString()),
                                        money(q.value(5).toLongLong(), q.value(6).toString()),
                                        yesNo(q.value(7).toBool())});
        }
        noteCut(deductions, deductionCount);
    }

    ReportSection summary;
    summary.key = u"summary"_s;
    summary.title = tr("At a glance");
    summary.columns = {{tr("Figure"), Cell::Kind::Text, 44}, {tr("Value"), Cell::Kind::Integer, 16}};
    auto figure = [&summary](const QString &label, const Cell &value) { summary.rows.append({text(label), value}); };
    figure(tr("Handovers overdue"), count(overdueCount));
    figure(tr("Handovers due by the end of the day"), count(dueCount));
    figure(tr("Orders in risk control"), count(riskCount));
    figure(tr("Orders frozen"), count(frozenCount));
    figure(tr("Orders never reviewed"), count(neverReviewed));
    figure(tr("Products refunded too often"), count(refunds.rows.size()));
    figure(tr("Products damaged too often"), count(damaged.rows.size()));
    figure(tr("Dispute responses overdue"), count(agenda.disputesOverdue.count));
    figure(tr("Dispute responses due that day"), count(agenda.disputesDueToday.count));
    figure(tr("Chargeback defences due"), count(agenda.chargebacksDefence.count));
    figure(tr("Unfair deductions not appealed"), count(agenda.unfairNotAppealed.count));
    figure(tr("Claims waiting for a reply"), count(awaitingCount));
    figure(tr("Handovers done late that day"), count(lateCount));
    figure(tr("Disputes opened"), count(disputesOpened));
    figure(tr("Disputes closed"), count(disputesClosed));
    figure(tr("Claims opened"), count(claimsOpened));
    figure(tr("Claims resolved"), count(claimsResolved));
    figure(tr("Deductions"), count(deductionCount));
    for (auto it = deducted.cbegin(); it != deducted.cend(); ++it)
        figure(tr("Deducted (%1)").arg(it.key()), money(it.value(), it.key()));

    doc.sections = {summary, *overdue, *due, held, cases, awaitingReply, refunds, damaged,
                    late, disputes, claims, deductions};
    return doc;
}

} // namespace sd
