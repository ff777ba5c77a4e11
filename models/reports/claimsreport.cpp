// The claims report: ReportBuilder::buildClaims.

#include "reportbuilder.h"

#include "claims/claimterms.h"
#include "claims/damagerate.h"
#include "time/utctime.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

using namespace reportcells;

std::optional<ReportDocument> ReportBuilder::buildClaims(const ReportRequest &r, QString *error) const
{
    const qint64 from = utc::toStore(r.from.startOfDay(r.zone));
    const qint64 to = utc::toStore(r.to.addDays(1).startOfDay(r.zone));
    const QVariant store = r.storeId;

    ReportDocument doc;
    doc.periodLabel = tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    doc.timeZoneNote = tr("Days and times in %1. The claims are those opened in the period, with where they "
                          "stand now.")
                               .arg(QString::fromUtf8(r.zone.id()));

    ReportSection list;
    list.key = u"claims"_s;
    list.title = tr("Claims opened in the period");
    list.columns = {{tr("Claim"), Cell::Kind::Integer, 8},
                    {tr("Store"), Cell::Kind::Text, 14},
                    {tr("Order"), Cell::Kind::Text, 18},
                    {tr("Opened"), Cell::Kind::DateTime, 0},
                    {tr("Product"), Cell::Kind::Text, 26},
                    {tr("Units"), Cell::Kind::Integer, 0},
                    {tr("Buyer"), Cell::Kind::Text, 16},
                    {tr("Cause"), Cell::Kind::Text, 16},
                    {tr("State"), Cell::Kind::Text, 14},
                    {tr("Resolution"), Cell::Kind::Text, 14},
                    {tr("Refund"), Cell::Kind::Money, 0},
                    {tr("Coupon"), Cell::Kind::Money, 0}};
    list.emptyText = tr("No claim was opened in the period.");

    struct Tally
    {
        qint64 claims = 0;
        qint64 units = 0;
    };
    QMap<int, Tally> byCause; // index in ClaimTerms::causes()
    struct Settled
    {
        qint64 claims = 0;
        qint64 refunded = 0;
        qint64 coupons = 0;
    };
    QMap<std::pair<int, QString>, Settled> byResolution; // (index in resolutions, -1 unresolved; currency)
    QMap<QString, qint64> refundedBy, couponsBy;
    qint64 opened = 0, units = 0, resolved = 0, closed = 0, resolveSeconds = 0;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q, u"SELECT c.id, s.name, c.order_id, c.opened_utc, c.product_name, c.quantity_affected, "
                    "c.buyer_name, c.cause, c.state, c.resolution, c.refund_minor, c.coupon_minor, c.currency, "
                    "c.resolved_utc FROM claims c JOIN stores s ON s.id = c.store_id "
                    "WHERE c.opened_utc >= ? AND c.opened_utc < ? AND (? = 0 OR c.store_id = ?) "
                    "ORDER BY c.opened_utc, c.id"_s,
                 {from, to, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            ++opened;
            const qint64 n = q.value(5).toLongLong();
            units += n;
            const QString cause = q.value(7).toString();
            const QString state = q.value(8).toString();
            const QString resolution = q.value(9).toString();
            const QString cur = q.value(12).toString();
            const qint64 refund = q.value(10).toLongLong();
            const qint64 coupon = q.value(11).toLongLong();
            Tally &t = byCause[int(ClaimTerms::causes().indexOf(cause))];
            ++t.claims;
            t.units += n;
            Settled &st = byResolution[{resolution.isEmpty() ? -1 : int(ClaimTerms::resolutions().indexOf(resolution)),
                                        cur}];
            ++st.claims;
            st.refunded += refund;
            st.coupons += coupon;
            refundedBy[cur] += refund;
            couponsBy[cur] += coupon;
            if (!q.value(13).isNull()) {
                ++resolved;
                resolveSeconds += q.value(13).toLongLong() - q.value(3).toLongLong();
            }
            closed += state == u"closed"_s;
            if (list.rows.size() < ListLimit)
                list.rows.append({count(q.value(0).toLongLong()), text(q.value(1).toString()),
                                  text(q.value(2).toString()), time(q.value(3).toLongLong(), r.zone),
                                  text(q.value(4).toString()), count(n), text(q.value(6).toString()),
                                  text(ClaimTerms::causeLabel(cause)), text(ClaimTerms::stateLabel(state)),
                                  text(resolution.isEmpty() ? QString() : ClaimTerms::resolutionLabel(resolution)),
                                  moneyOrEmpty(q.value(10), cur), moneyOrEmpty(q.value(11), cur)});
        }
        if (opened > list.rows.size())
            list.note = tr("The first %1 of %2 are listed.").arg(list.rows.size()).arg(opened);
    }

    ReportSection causes;
    causes.key = u"by_cause"_s;
    causes.title = tr("Claims by cause");
    causes.columns = {{tr("Cause"), Cell::Kind::Text, 24},
                      {tr("Claims"), Cell::Kind::Integer, 0},
                      {tr("Units affected"), Cell::Kind::Integer, 0},
                      {tr("Share of claims"), Cell::Kind::Percent, 0}};
    causes.emptyText = list.emptyText;
    ReportChart causeChart;
    causeChart.type = ReportChart::Type::Bar;
    causeChart.title = tr("Claims by cause");
    causeChart.valueTitle = tr("Claims");
    causeChart.categoryColumn = 0;
    causeChart.seriesColumns = {1};
    ReportChart::Series causeSeries{tr("Claims"), {}};
    for (auto it = byCause.cbegin(); it != byCause.cend(); ++it) {
        const QString label = ClaimTerms::causeLabel(ClaimTerms::causes().value(it.key()));
        causes.rows.append({text(label), count(it->claims), count(it->units), rate(it->claims, opened)});
        causeChart.categories.append(label);
        causeSeries.values.append(it->claims);
    }
    causeChart.series.append(causeSeries);
    if (!causes.rows.isEmpty())
        causes.chart = causeChart;

    ReportSection resolutions;
    resolutions.key = u"by_resolution"_s;
    resolutions.title = tr("Claims by resolution");
    resolutions.columns = {{tr("Resolution"), Cell::Kind::Text, 24},
                           {tr("Currency"), Cell::Kind::Text, 9},
                           {tr("Claims"), Cell::Kind::Integer, 0},
                           {tr("Refunded"), Cell::Kind::Money, 0},
                           {tr("Coupons"), Cell::Kind::Money, 0}};
    resolutions.emptyText = list.emptyText;
    for (auto it = byResolution.cbegin(); it != byResolution.cend(); ++it) {
        const QString label = it.key().first < 0 ? tr("Not resolved yet")
                                                 : ClaimTerms::resolutionLabel(ClaimTerms::resolutions().value(it.key().first));
        resolutions.rows.append({text(label), text(it.key().second), count(it->claims),
                                 money(it->refunded, it.key().second), money(it->coupons, it.key().second)});
    }

    qint64 replies = 0;
    ReportSection replyList;
    replyList.key = u"replies"_s;
    replyList.title = tr("Replies sent in the period");
    replyList.columns = {{tr("Sent"), Cell::Kind::DateTime, 0},
                         {tr("Claim"), Cell::Kind::Integer, 8},
                         {tr("Store"), Cell::Kind::Text, 14},
                         {tr("Template"), Cell::Kind::Text, 22},
                         {tr("Version"), Cell::Kind::Integer, 0},
                         {tr("Language"), Cell::Kind::Text, 9},
                         {tr("Sent by"), Cell::Kind::Text, 16}};
    replyList.emptyText = tr("No reply was sent in the period.");
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q, u"SELECT r.sent_utc, c.id, s.name, r.template_key, r.version, r.lang, r.sent_by "
                    "FROM claim_replies r JOIN claims c ON c.id = r.claim_ref JOIN stores s ON s.id = c.store_id "
                    "WHERE r.sent_utc >= ? AND r.sent_utc < ? AND (? = 0 OR c.store_id = ?) "
                    "ORDER BY r.sent_utc, r.id"_s,
                 {from, to, store, store}, error))
            return std::nullopt;
        while (q.next()) {
            ++replies;
            if (replyList.rows.size() < ListLimit)
                replyList.rows.append({time(q.value(0).toLongLong(), r.zone), count(q.value(1).toLongLong()),
                                       text(q.value(2).toString()), text(q.value(3).toString()),
                                       q.value(4).isNull() ? Cell::empty() : count(q.value(4).toLongLong()),
                                       text(q.value(5).toString()), text(q.value(6).toString())});
        }
        if (replies > replyList.rows.size())
            replyList.note = tr("The first %1 of %2 are listed.").arg(replyList.rows.size()).arg(replies);
    }

    // Damage rate over the period: (from - 1, to - 1] is [from, to).
    const auto damage = DamageRateReport(m_db).computeBetween(r.storeId, from - 1, to - 1, error);
    if (!damage)
        return std::nullopt;
    ReportSection rates;
    rates.key = u"damage_rate"_s;
    rates.title = tr("Damage rate per product");
    rates.note = tr("Damaged units (claims for logistics damage, packaging or an unknown cause, not rejected) / "
                    "units shipped in the period. Over the threshold: above %1 with at least %2 units shipped.")
                         .arg(QLocale::c().toString(double(damage->thresholdPpm) / 10000.0, 'f', 1) + u'%')
                         .arg(damage->minSample);
    rates.columns = {{tr("Store"), Cell::Kind::Text, 14},
                     {tr("Product ID"), Cell::Kind::Text, 18},
                     {tr("Product"), Cell::Kind::Text, 26},
                     {tr("Units shipped"), Cell::Kind::Integer, 0},
                     {tr("Damaged units"), Cell::Kind::Integer, 0},
                     {tr("Claims"), Cell::Kind::Integer, 0},
                     {tr("Damage rate"), Cell::Kind::Percent, 0},
                     {tr("Over the threshold"), Cell::Kind::Text, 10}};
    rates.emptyText = tr("No damage claim names a product in the period.");
    for (const ProductDamage &p : damage->products)
        rates.rows.append({text(p.storeName), text(p.productId), text(p.productName), count(p.shippedUnits),
                           count(p.damagedUnits), count(p.claims), p.ratePpm ? percent(*p.ratePpm) : Cell::empty(),
                           yesNo(p.flagged)});

    ReportSection summary;
    summary.key = u"summary"_s;
    summary.title = tr("At a glance");
    summary.columns = {{tr("Figure"), Cell::Kind::Text, 44}, {tr("Value"), Cell::Kind::Integer, 16}};
    auto figure = [&summary](const QString &label, const Cell &value) { summary.rows.append({text(label), value}); };
    figure(tr("Claims opened"), count(opened));
    figure(tr("Units affected"), count(units));
    figure(tr("Resolved"), count(resolved));
    figure(tr("Closed"), count(closed));
    figure(tr("Not resolved yet"), count(opened - resolved));
    if (resolved > 0)
        figure(tr("Average days to resolve"), Cell::ofDecimal((resolveSeconds * 10 / resolved + 43200) / 86400, 1));
    figure(tr("Replies sent"), count(replies));
    figure(tr("Products over the damage-rate threshold"), count(damage->flagged().size()));
    for (auto it = refundedBy.cbegin(); it != refundedBy.cend(); ++it)
        figure(tr("Refunded (%1)").arg(it.key()), money(it.value(), it.key()));
    for (auto it = couponsBy.cbegin(); it != couponsBy.cend(); ++it) {
        if (it.value() != 0)
            figure(tr("Coupons (%1)").arg(it.key()), money(it.value(), it.key()));
    }

    doc.sections = {summary, causes, resolutions, rates, replyList, list};
    return doc;
}

} // namespace sd
