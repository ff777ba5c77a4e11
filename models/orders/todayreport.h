#pragma once

#include "orders/orderfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace sd {

// What needs action today, for the Today page: counts, the first few orders of
// each list, products refunded too often, and 30 days of history for the charts.
struct TodaySummary
{
    struct Brief
    {
        qint64 ref = 0;
        QString orderId;
        QString storeName;
        qint64 atUtc = 0; // the deadline, or when the order was paid
    };
    struct Section
    {
        qint64 count = 0;
        QList<Brief> first; // at most ListLength
        OrderFilter filter; // opens the matching Orders view
    };
    struct ProductRefunds
    {
        qint64 storeId = 0;
        QString storeName;
        QString productId; // empty when the line items carry none
        QString skuCode; // when told apart by SKU code (no product ID)
        QString productName;
        qint64 shipped = 0;
        qint64 refunded = 0;
        qint64 ratePpm = 0;
    };

    Section overdue;
    Section dueToday; // not yet overdue, due before the end of the local day
    Section riskControl;
    Section frozen;
    Section notReviewed; // never reviewed
    QList<ProductRefunds> refundProducts;
    qint64 refundThresholdPpm = 0;
    int refundWindowDays = 0;
    int refundMinSample = 0;

    // Charts: the last ChartDays local days, oldest first.
    QList<QDate> days;
    QMap<QString, QList<int>> ordersPerDay; // fulfillment model -> count per day
    QList<int> overduePerDay; // handovers whose deadline fell that day and were missed
};

class TodayReport final
{
    Q_DECLARE_TR_FUNCTIONS(sd::TodayReport)
public:
    static constexpr int ListLength = 4;
    static constexpr int ChartDays = 30;

    explicit TodayReport(const QSqlDatabase &db) : m_db(db) { }
    // storeId 0: all stores.
    TodaySummary compute(qint64 storeId, qint64 nowUtc) const;

private:
    TodaySummary::Section section(const OrderFilter &filter, const QString &orderBy, qint64 nowUtc,
                                  const QString &timeColumn) const;
    QSqlDatabase m_db;
};

} // namespace sd
