#include "casemetrics.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

QList<StoreCaseMetrics> CaseMetrics::computeBetween(qint64 storeId, qint64 from, qint64 nowUtc) const
{
    QSqlQuery q(m_db);
    // Windows are half-open: (from, now].
    q.prepare(u"SELECT s.id, s.name, "
              "(SELECT count(DISTINCT o.order_id) FROM orders o WHERE o.store_id = s.id "
              "   AND o.shipped_utc > :from AND o.shipped_utc <= :now), "
              "(SELECT count(*) FROM disputes d WHERE d.store_id = s.id "
              "   AND d.opened_utc > :from AND d.opened_utc <= :now), "
              "(SELECT count(*) FROM disputes d WHERE d.store_id = s.id "
              "   AND d.escalated_utc > :from AND d.escalated_utc <= :now), "
              "(SELECT count(*) FROM disputes d WHERE d.store_id = s.id AND d.seller_cost = 1 "
              "   AND d.closed_utc > :from AND d.closed_utc <= :now) "
              "FROM stores s WHERE s.archived_utc IS NULL AND (:store = 0 OR s.id = :store) ORDER BY s.name"_s);
    q.bindValue(u":from"_s, from);
    q.bindValue(u":now"_s, nowUtc);
    q.bindValue(u":store"_s, storeId);
    QList<StoreCaseMetrics> out;
    if (!q.exec()) {
        qWarning("case metrics: %s", qUtf8Printable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        StoreCaseMetrics m;
        m.storeId = q.value(0).toLongLong();
        m.storeName = q.value(1).toString();
        m.shipped = q.value(2).toLongLong();
        m.opened = q.value(3).toLongLong();
        m.escalated = q.value(4).toLongLong();
        m.sellerResponsible = q.value(5).toLongLong();
        out.append(m);
    }
    return out;
}

QString CaseMetrics::formatRate(qint64 ppm)
{
    if (ppm < 0)
        return u"–"_s;
    return tr("%1 %").arg(QLocale().toString(double(ppm) / 10000.0, 'f', 2));
}

QString CaseMetrics::disputeRateFormula()
{
    return tr("Dispute rate = disputes opened in the last %1 days ÷ orders shipped in the same days")
            .arg(WindowDays);
}

QString CaseMetrics::arbitrationRateFormula()
{
    return tr("Arbitration rate = disputes escalated to the platform in the last %1 days ÷ orders shipped in the same days")
            .arg(WindowDays);
}

QString CaseMetrics::sellerResponsibilityFormula()
{
    return tr("Seller-responsibility rate = disputes closed at the seller's cost (lost, or refunded by the seller) in the last %1 days ÷ orders shipped in the same days")
            .arg(WindowDays);
}

} // namespace sd
