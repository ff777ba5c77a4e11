#include "tierreport.h"

#include "disputes/casemetrics.h"
#include "money/money.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

std::optional<qint64> ratePpm(qint64 count, qint64 total)
{
    if (total <= 0)
        return std::nullopt;
    return (count * 1000000 + total / 2) / total;
}

qint64 startOf(const QDate &day, const QTimeZone &zone)
{
    return utc::toStore(day.startOfDay(zone).toUTC());
}

QString dateText(qint64 utcSeconds)
{
    return QLocale().toString(utc::fromStore(utcSeconds).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

IndicatorValues TierMonth::plainValues() const
{
    IndicatorValues out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(it.key(), it->value);
    return out;
}

QStringList TierReport::computedKeys()
{
    return {u"warehouse_share"_s, u"warehoused_orders"_s, u"jit_on_time_rate"_s, u"refund_rate"_s,
            u"dispute_rate"_s, u"arbitration_rate"_s, u"seller_responsibility_rate"_s, u"gmv"_s,
            u"order_count"_s};
}

QString TierReport::formula(const QString &key)
{
    if (key == u"warehouse_share"_s)
        return tr("Warehoused orders ÷ orders paid in the month");
    if (key == u"warehoused_orders"_s)
        return tr("Orders paid in the month that ship from a platform warehouse: a line item sent by the warehouse "
                  "(WAREHOUSE_SEND_GOODS), or, when the file does not say who sent it, a semi-managed warehouse "
                  "or fully managed order");
    if (key == u"jit_on_time_rate"_s)
        return tr("Semi-managed JIT orders handed over by their deadline ÷ JIT handovers due in the month so far");
    if (key == u"refund_rate"_s)
        return tr("Orders shipped in the month with a refund on a line item ÷ orders shipped in the month");
    if (key == u"dispute_rate"_s)
        return tr("Disputes opened in the month ÷ orders shipped in the month");
    if (key == u"arbitration_rate"_s)
        return tr("Disputes escalated to the platform in the month ÷ orders shipped in the month");
    if (key == u"seller_responsibility_rate"_s)
        return tr("Disputes closed at the seller's cost in the month ÷ orders shipped in the month");
    if (key == u"gmv"_s)
        return tr("The order totals of the orders paid in the month, in the store's currency");
    if (key == u"order_count"_s)
        return tr("Orders paid in the month");
    return tr("Not computed by SellerDesk: enter it by hand or import it");
}

QHash<QString, TierIndicatorValue> TierReport::compute(qint64 storeId, const QString &currency, qint64 from,
                                                       qint64 to, qint64 nowUtc, QString *modelFromOrders) const
{
    QHash<QString, TierIndicatorValue> out;
    auto put = [&out](const QString &key, std::optional<qint64> value, const QString &how) {
        TierIndicatorValue v;
        v.key = key;
        v.value = value;
        v.source = u"computed"_s;
        v.how = how;
        out.insert(key, v);
    };
    const qint64 end = std::min(to, nowUtc + 1);
    if (end <= from) {
        for (const QString &key : computedKeys())
            put(key, std::nullopt, tr("The month has not started."));
        return out;
    }

    // Orders paid in the month.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*), "
              "coalesce(sum(CASE WHEN o.currency = :cur THEN o.order_total_minor END), 0), "
              "coalesce(sum(o.currency <> :cur), 0), "
              "coalesce(sum(o.warehouse_items > 0 OR (o.fulfillment_model IN ('semi_warehouse', "
              "  'full_managed') AND o.operator_items = 0)), 0), "
              "coalesce(sum(o.fulfillment_model = 'full_managed'), 0), "
              "coalesce(sum(o.fulfillment_model IN ('semi_warehouse', 'semi_jit')), 0), "
              "coalesce(sum(o.fulfillment_model IN ('pop', 'overseas')), 0) "
              "FROM orders o WHERE o.store_id = :store AND o.paid_utc >= :from AND o.paid_utc < :end"_s);
    q.bindValue(u":cur"_s, currency);
    q.bindValue(u":store"_s, storeId);
    q.bindValue(u":from"_s, from);
    q.bindValue(u":end"_s, end);
    qint64 paid = 0, gmv = 0, otherCurrency = 0, warehoused = 0, full = 0, semi = 0, pop = 0;
    if (q.exec() && q.next()) {
        paid = q.value(0).toLongLong();
        gmv = q.value(1).toLongLong();
        otherCurrency = q.value(2).toLongLong();
        warehoused = q.value(3).toLongLong();
        full = q.value(4).toLongLong();
        semi = q.value(5).toLongLong();
        pop = q.value(6).toLongLong();
    } else {
        qWarning("tier indicators: %s", qUtf8Printable(q.lastError().text()));
    }
    put(u"order_count"_s, paid, tr("%Ln orders paid", "", paid));
    put(u"gmv"_s, paid > otherCurrency ? std::optional(gmv) : std::nullopt,
        otherCurrency > 0 ? tr("%1 paid, without %Ln orders in another currency", "", otherCurrency)
                                    .arg(Money(gmv, Currency::of(currency)).format())
                          : tr("%1 paid").arg(Money(gmv, Currency::of(currency)).format()));
    put(u"warehoused_orders"_s, warehoused, tr("%Ln warehoused orders", "", warehoused));
    put(u"warehouse_share"_s, ratePpm(warehoused, paid),
        tr("%1 warehoused ÷ %2 paid orders").arg(warehoused).arg(paid));
    if (modelFromOrders) {
        if (full >= semi && full >= pop && full > 0)
            *modelFromOrders = u"full_managed"_s;
        else if (semi >= pop && semi > 0)
            *modelFromOrders = u"semi_managed"_s;
        else
            *modelFromOrders = u"pop"_s;
    }

    // JIT handovers due in the month: due already, or done early.
    q.prepare(u"SELECT count(*), coalesce(sum(o.shipped_utc IS NOT NULL AND o.shipped_utc <= o.handover_due_utc), 0) "
              "FROM orders o WHERE o.store_id = :store AND o.fulfillment_model = 'semi_jit' "
              "AND o.handover_due_utc >= :from AND o.handover_due_utc < :to "
              "AND (o.handover_due_utc <= :now OR o.shipped_utc IS NOT NULL)"_s);
    q.bindValue(u":store"_s, storeId);
    q.bindValue(u":from"_s, from);
    q.bindValue(u":to"_s, to);
    q.bindValue(u":now"_s, nowUtc);
    qint64 due = 0, onTime = 0;
    if (q.exec() && q.next()) {
        due = q.value(0).toLongLong();
        onTime = q.value(1).toLongLong();
    }
    put(u"jit_on_time_rate"_s, ratePpm(onTime, due),
        tr("%1 handed over on time ÷ %2 JIT handovers due").arg(onTime).arg(due));

    // Orders shipped in the month, and those refunded.
    q.prepare(u"SELECT count(*), coalesce(sum(o.refunded_items > 0), 0) FROM orders o WHERE o.store_id = :store "
              "AND o.shipped_utc >= :from AND o.shipped_utc < :end"_s);
    q.bindValue(u":store"_s, storeId);
    q.bindValue(u":from"_s, from);
    q.bindValue(u":end"_s, end);
    qint64 shipped = 0, refunded = 0;
    if (q.exec() && q.next()) {
        shipped = q.value(0).toLongLong();
        refunded = q.value(1).toLongLong();
    }
    put(u"refund_rate"_s, ratePpm(refunded, shipped),
        tr("%1 refunded ÷ %2 orders shipped").arg(refunded).arg(shipped));

    // Disputes: CaseMetrics windows are (from, to], the month is [from, end).
    const QList<StoreCaseMetrics> cases = CaseMetrics(m_db).computeBetween(storeId, from - 1, end - 1);
    const StoreCaseMetrics c = cases.isEmpty() ? StoreCaseMetrics() : cases.first();
    put(u"dispute_rate"_s, ratePpm(c.opened, shipped),
        tr("%1 disputes opened ÷ %2 orders shipped").arg(c.opened).arg(shipped));
    put(u"arbitration_rate"_s, ratePpm(c.escalated, shipped),
        tr("%1 escalated ÷ %2 orders shipped").arg(c.escalated).arg(shipped));
    put(u"seller_responsibility_rate"_s, ratePpm(c.sellerResponsible, shipped),
        tr("%1 at the seller's cost ÷ %2 orders shipped").arg(c.sellerResponsible).arg(shipped));
    return out;
}

QList<TierMonth> TierReport::months(qint64 storeId, const QDate &first, const QDate &last, qint64 nowUtc) const
{
    QList<TierMonth> out;
    const auto store = StoreRepository(m_db).byId(storeId);
    if (!store)
        return out;
    const QTimeZone zone = StoreRepository(m_db).zoneOf(storeId);
    const TierRepository repo(m_db);
    const QList<StoredTierModel> versions = repo.models(); // read once for all the months

    // Values by month, each computed once (the service window reaches back).
    struct Computed
    {
        QHash<QString, TierIndicatorValue> values;
        QString modelFromOrders;
        qint64 from = 0;
        qint64 to = 0;
    };
    std::map<QString, Computed> cache; // references stay valid as months are added
    auto valuesOf = [&](const QDate &monthStart) -> const Computed & {
        const QString key = TierRepository::monthKey(monthStart);
        auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
        Computed c;
        c.from = startOf(monthStart, zone);
        c.to = startOf(monthStart.addMonths(1), zone);
        c.values = compute(storeId, store->currency, c.from, c.to, nowUtc, &c.modelFromOrders);
        const auto stored = repo.values(storeId, key);
        for (auto s = stored.cbegin(); s != stored.cend(); ++s) {
            TierIndicatorValue v = c.values.value(s.key());
            v.computed = v.value;
            v.computedHow = v.how;
            v.key = s.key();
            v.value = s->value;
            v.source = s->source;
            v.how = s->source == u"manual"_s
                            ? tr("Entered by %1, %2").arg(s->updatedBy, dateText(s->updatedUtc))
                            : tr("Imported by %1, %2").arg(s->updatedBy, dateText(s->updatedUtc));
            if (!s->note.isEmpty())
                v.how += u" — "_s + s->note;
            c.values.insert(s.key(), v);
        }
        return cache.emplace(key, std::move(c)).first->second;
    };

    const QString firstKey = TierRepository::monthKey(first);
    const QString lastKey = TierRepository::monthKey(last);
    const auto actuals = repo.actuals(storeId, firstKey, lastKey);
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
        const Computed &c = valuesOf(m);
        TierMonth t;
        t.storeId = storeId;
        t.storeName = store->name;
        t.currency = store->currency;
        t.month = TierRepository::monthKey(m);
        t.toDate = nowUtc < c.to;
        t.asOfUtc = std::min(nowUtc, c.to);
        t.model = TierRepository::inForce(versions, t.month);
        t.merchantTypeFromOrders = store->merchantType.isEmpty();
        t.merchantType = t.merchantTypeFromOrders ? c.modelFromOrders : store->merchantType;
        t.values = c.values;
        for (const TierModel::Indicator &ind : t.model.model.indicators) {
            if (!t.values.contains(ind.key)) {
                TierIndicatorValue v;
                v.key = ind.key;
                v.source = u"computed"_s;
                v.how = formula(ind.key);
                t.values.insert(ind.key, v);
            }
        }
        t.assessment = TierAssessment::assess(t.model.model, t.merchantType, t.plainValues(), t.currency);

        // Service level: each indicator's mean over the window's months that have it.
        IndicatorValues window;
        const TierModel::MerchantType *type = t.model.model.merchantType(t.merchantType);
        for (const TierModel::ServiceIndicator &s : type ? type->service : QList<TierModel::ServiceIndicator>()) {
            qint64 sum = 0;
            qint64 n = 0;
            for (int back = 0; back < t.model.model.serviceWindowMonths; ++back) {
                const auto v = valuesOf(m.addMonths(-back)).values.value(s.key).value;
                if (v) {
                    sum += *v;
                    ++n;
                }
            }
            window.insert(s.key, n > 0 ? std::optional((sum + n / 2) / n) : std::nullopt);
        }
        t.serviceLevel = TierAssessment::serviceLevel(t.model.model, t.merchantType, window);
        const auto a = actuals.constFind(t.month);
        if (a != actuals.cend())
            t.actual = *a;
        out.append(t);
    }
    return out;
}

std::optional<TierMonth> TierReport::month(qint64 storeId, const QDate &month, qint64 nowUtc) const
{
    const QList<TierMonth> list = months(storeId, month, month, nowUtc);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QString TierReport::formatValue(const TierModel &model, const QString &key, std::optional<qint64> value,
                                const QString &currency)
{
    if (!value)
        return u"–"_s;
    const TierModel::Indicator *def = model.indicator(key);
    if (!def)
        return QLocale().toString(*value);
    switch (def->unit) {
    case TierModel::Unit::Percent:
        return tr("%1 %").arg(QLocale().toString(double(*value) / 10000.0, 'f', 2));
    case TierModel::Unit::Count:
        return QLocale().toString(*value);
    case TierModel::Unit::Money:
        return Money(*value, Currency::of(currency)).format();
    }
    return QString();
}

QString TierReport::formatGap(const TierModel &model, const QString &key, qint64 gap, const QString &currency)
{
    const TierModel::Indicator *def = model.indicator(key);
    if (!def || gap == 0)
        return QString();
    const qint64 size = qAbs(gap);
    switch (def->unit) {
    case TierModel::Unit::Percent: {
        const QString points = QLocale().toString(double(size) / 10000.0, 'f', 2);
        return gap > 0 ? tr("%1 points higher").arg(points) : tr("%1 points lower").arg(points);
    }
    case TierModel::Unit::Count:
        return gap > 0 ? tr("%Ln more", "", size) : tr("%Ln fewer", "", size);
    case TierModel::Unit::Money: {
        const QString amount = Money(size, Currency::of(currency)).format();
        return gap > 0 ? tr("%1 more").arg(amount) : tr("%1 less").arg(amount);
    }
    }
    return QString();
}

} // namespace sd
