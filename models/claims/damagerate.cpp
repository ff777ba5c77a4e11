#include "damagerate.h"

#include "rules/rulerepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

QList<ProductDamage> DamageRates::flagged() const
{
    QList<ProductDamage> out;
    std::copy_if(products.cbegin(), products.cend(), std::back_inserter(out),
                 [](const ProductDamage &p) { return p.flagged; });
    return out;
}

std::optional<DamageRates> DamageRateReport::compute(qint64 storeId, qint64 nowUtc, QString *error) const
{
    const QDate today = QDateTime::fromSecsSinceEpoch(nowUtc).toLocalTime().date();
    const auto window = RuleRepository(m_db).countAt(u"damage.product_rate_window_days"_s, today);
    if (!window) {
        *error = tr("the damage-rate rules (damage.product_rate_*) have no value in force on %1")
                         .arg(today.toString(Qt::ISODate));
        return std::nullopt;
    }
    return computeBetween(storeId, nowUtc - qint64(*window) * 86400, nowUtc, error);
}

std::optional<DamageRates> DamageRateReport::computeBetween(qint64 storeId, qint64 fromUtc, qint64 toUtc,
                                                            QString *error) const
{
    const QDate today = QDateTime::fromSecsSinceEpoch(toUtc).toLocalTime().date();
    const RuleRepository rules(m_db);
    const auto threshold = rules.rateAt(u"damage.product_rate_threshold"_s, today);
    const auto minSample = rules.countAt(u"damage.product_rate_min_sample"_s, today);
    if (!threshold || !minSample) {
        *error = tr("the damage-rate rules (damage.product_rate_*) have no value in force on %1")
                         .arg(today.toString(Qt::ISODate));
        return std::nullopt;
    }
    DamageRates r;
    r.windowDays = int((toUtc - fromUtc + 86399) / 86400);
    r.thresholdPpm = threshold->millionths();
    r.minSample = *minSample;
    r.toUtc = toUtc;
    r.fromUtc = fromUtc;

    QSqlQuery q(m_db);
    q.prepare(u"WITH damaged AS ("
              "  SELECT store_id, product_id, max(product_name) AS name, "
              "         sum(quantity_affected) AS units, count(*) AS claims FROM claims "
              "  WHERE opened_utc > :from AND opened_utc <= :to AND product_id <> '' "
              "    AND cause IN ('logistics_damage', 'packaging', 'unknown') "
              "    AND resolution <> 'rejected' AND (:store = 0 OR store_id = :store) "
              "  GROUP BY store_id, product_id) "
              "SELECT d.store_id, s.name, d.product_id, d.name, d.units, d.claims, "
              "  (SELECT COALESCE(sum(i.quantity), 0) FROM orders o "
              "   JOIN order_items i ON i.order_ref = o.id "
              "   WHERE o.store_id = d.store_id AND i.product_id = d.product_id "
              "     AND o.shipped_utc > :from AND o.shipped_utc <= :to) "
              "FROM damaged d JOIN stores s ON s.id = d.store_id"_s);
    q.bindValue(u":from"_s, r.fromUtc);
    q.bindValue(u":to"_s, r.toUtc);
    q.bindValue(u":store"_s, storeId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        ProductDamage p;
        p.storeId = q.value(0).toLongLong();
        p.storeName = q.value(1).toString();
        p.productId = q.value(2).toString();
        p.productName = q.value(3).toString();
        p.damagedUnits = q.value(4).toLongLong();
        p.claims = q.value(5).toLongLong();
        p.shippedUnits = q.value(6).toLongLong();
        if (p.shippedUnits > 0) {
            p.ratePpm = p.damagedUnits * 1'000'000 / p.shippedUnits;
            // Compare exactly: damaged / shipped > threshold.
            p.flagged = p.shippedUnits >= r.minSample
                    && p.damagedUnits * 1'000'000 > r.thresholdPpm * p.shippedUnits;
        }
        r.products.append(p);
    }
    std::stable_sort(r.products.begin(), r.products.end(), [](const ProductDamage &a, const ProductDamage &b) {
        // Highest rate first: compare a.d / a.s with b.d / b.s without rounding.
        if (a.shippedUnits == 0 || b.shippedUnits == 0)
            return a.shippedUnits != 0 && b.shippedUnits == 0;
        return a.damagedUnits * b.shippedUnits > b.damagedUnits * a.shippedUnits;
    });
    return r;
}

} // namespace sd
