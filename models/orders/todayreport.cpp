#include "todayreport.h"

#include "orders/orderterms.h"
#include "orders/productkey.h"
#include "rules/rulerepository.h"
#include "time/utctime.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

TodaySummary::Section TodayReport::section(const OrderFilter &filter, const QString &orderBy,
                                           qint64 nowUtc, const QString &timeColumn) const
{
    TodaySummary::Section s;
    s.filter = filter;
    QVariantList binds;
    const QString where = OrderQuery::where(filter, nowUtc, &binds);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM orders o"_s + where);
    OrderQuery::bindAll(q, binds);
    if (q.exec() && q.next())
        s.count = q.value(0).toLongLong();
    q.prepare(u"SELECT o.id, o.order_id, s.name, COALESCE("_s + timeColumn
              + u", 0) FROM orders o JOIN stores s ON s.id = o.store_id"_s + where + orderBy
              + u" LIMIT "_s + QString::number(ListLength));
    OrderQuery::bindAll(q, binds);
    if (q.exec()) {
        while (q.next()) {
            s.first.append(TodaySummary::Brief{q.value(0).toLongLong(), q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toLongLong()});
        }
    }
    return s;
}

TodaySummary TodayReport::compute(qint64 storeId, qint64 nowUtc) const
{
    TodaySummary t;
    OrderFilter base;
    base.storeId = storeId;

    OrderFilter f = base;
    f.due = OrderFilter::Due::Overdue;
    t.overdue = section(f, u" ORDER BY o.handover_due_utc, o.id"_s, nowUtc, u"o.handover_due_utc"_s);
    f.due = OrderFilter::Due::DueToday;
    t.dueToday = section(f, u" ORDER BY o.handover_due_utc, o.id"_s, nowUtc, u"o.handover_due_utc"_s);
    f = base;
    f.status = u"RISK_CONTROL"_s;
    t.riskControl = section(f, u" ORDER BY o.paid_utc, o.id"_s, nowUtc, u"o.paid_utc"_s);
    f.status = u"IN_FROZEN"_s;
    t.frozen = section(f, u" ORDER BY o.paid_utc, o.id"_s, nowUtc, u"o.paid_utc"_s);
    f = base;
    f.review = OrderFilter::Review::Never;
    // Orders that arrived since the last review: nobody has looked at them yet.
    t.notReviewed = section(f, u" ORDER BY o.created_utc DESC, o.id DESC"_s, nowUtc,
                            u"o.created_utc"_s);

    // Products refunded too often: rules in force today.
    const QDate today = QDateTime::fromSecsSinceEpoch(nowUtc).toLocalTime().date();
    const RuleRepository rules(m_db);
    t.refundWindowDays = rules.countAt(u"refund.product_rate_window_days"_s, today).value_or(30);
    t.refundMinSample = rules.countAt(u"refund.product_rate_min_sample"_s, today).value_or(20);
    t.refundThresholdPpm = rules.rateAt(u"refund.product_rate_threshold"_s, today)
                                   .value_or(Rate::percent(10))
                                   .millionths();
    {
        QSqlQuery q(m_db);
        // Seller-center rows carry no product ID: they are told apart by SKU code or name.
        q.prepare(u"SELECT o.store_id, s.name, "_s + ProductKey::kindSql() + u", "_s + ProductKey::valueSql()
                  + u", max(i.product_name), count(*), "
                    "sum(i.refund_minor > 0) AS refunded FROM orders o "
                    "JOIN order_items i ON i.order_ref = o.id JOIN stores s ON s.id = o.store_id "
                    "WHERE o.shipped_utc >= ? AND (? = 0 OR o.store_id = ?) AND "_s
                  + ProductKey::namedSql()
                  + u" GROUP BY o.store_id, 3, 4 "
                  "HAVING count(*) >= ? AND sum(i.refund_minor > 0) * 1000000 > ? * count(*) "
                  "ORDER BY sum(i.refund_minor > 0) * 1.0 / count(*) DESC"_s);
        q.addBindValue(nowUtc - qint64(t.refundWindowDays) * 86400);
        q.addBindValue(storeId);
        q.addBindValue(storeId);
        q.addBindValue(t.refundMinSample);
        q.addBindValue(t.refundThresholdPpm);
        if (q.exec()) {
            while (q.next()) {
                TodaySummary::ProductRefunds p;
                p.storeId = q.value(0).toLongLong();
                p.storeName = q.value(1).toString();
                const ProductKey key{ProductKey::Kind(q.value(2).toInt()), q.value(3).toString()};
                p.productId = key.productId();
                p.skuCode = key.skuCode();
                p.productName = q.value(4).toString();
                p.shipped = q.value(5).toLongLong();
                p.refunded = q.value(6).toLongLong();
                p.ratePpm = p.shipped > 0 ? p.refunded * 1000000 / p.shipped : 0;
                t.refundProducts.append(p);
            }
        }
    }

    // Charts over the last 30 local days, today included.
    const QDate first = today.addDays(-(ChartDays - 1));
    for (int i = 0; i < ChartDays; ++i)
        t.days.append(first.addDays(i));
    const QList<qint64> dayStarts = utc::dayStarts(first, ChartDays, QTimeZone::systemTimeZone());
    const qint64 start = dayStarts.first();
    for (const QString &model : OrderTerms::modelCodes())
        t.ordersPerDay.insert(model, QList<int>(ChartDays, 0));
    t.overduePerDay = QList<int>(ChartDays, 0);
    {
        // Counted in SQL by quarter-hour slot, so a month of orders is a few thousand rows.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT o.fulfillment_model, (o.created_utc - ?) / ?, count(*) FROM orders o "
                  "WHERE o.created_utc >= ? AND (? = 0 OR o.store_id = ?) GROUP BY 1, 2"_s);
        q.addBindValue(start);
        q.addBindValue(utc::SlotSeconds);
        q.addBindValue(start);
        q.addBindValue(storeId);
        q.addBindValue(storeId);
        if (q.exec()) {
            while (q.next()) {
                const int i = utc::dayOfSlot(dayStarts, start, q.value(1).toLongLong());
                auto it = t.ordersPerDay.find(q.value(0).toString());
                if (i >= 0 && it != t.ordersPerDay.end())
                    (*it)[i] += q.value(2).toInt();
            }
        }
        // Missed handovers by the day their deadline fell: shipped late, or not shipped
        // while still waiting to be.
        q.prepare(u"SELECT (o.handover_due_utc - ?) / ?, count(*) FROM orders o WHERE o.paid_utc >= ? "
                  "AND o.handover_due_utc >= ? AND o.handover_due_utc < ? "
                  "AND (? = 0 OR o.store_id = ?) AND ((o.shipped_utc IS NOT NULL AND "
                  "o.shipped_utc > o.handover_due_utc) OR (o.shipped_utc IS NULL AND "_s
                  + OrderQuery::awaitingShipmentSql() + u")) GROUP BY 1"_s);
        q.addBindValue(start);
        q.addBindValue(utc::SlotSeconds);
        q.addBindValue(start - 7 * 86400);
        q.addBindValue(start);
        q.addBindValue(nowUtc);
        q.addBindValue(storeId);
        q.addBindValue(storeId);
        if (q.exec()) {
            while (q.next()) {
                const int i = utc::dayOfSlot(dayStarts, start, q.value(0).toLongLong());
                if (i >= 0)
                    t.overduePerDay[i] += q.value(1).toInt();
            }
        }
    }
    return t;
}

} // namespace sd
