#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace sd {

// After-sales metrics of one store over the WindowDays before `now` (the tier
// issue's feed). Each rate is a count over the orders shipped in the window:
//   dispute rate             = disputes opened / orders shipped
//   arbitration rate         = disputes escalated to the platform / orders shipped
//   seller-responsibility    = disputes closed at the seller's cost / orders shipped
// A dispute counts in the window in which it was opened, escalated or closed
// respectively; an order counts once however many line items it has. Rates are in
// parts per million; -1 when nothing was shipped.
struct StoreCaseMetrics
{
    qint64 storeId = 0;
    QString storeName;
    qint64 shipped = 0;
    qint64 opened = 0;
    qint64 escalated = 0;
    qint64 sellerResponsible = 0;

    qint64 disputeRatePpm() const { return rate(opened); }
    qint64 arbitrationRatePpm() const { return rate(escalated); }
    qint64 sellerResponsibilityRatePpm() const { return rate(sellerResponsible); }

private:
    qint64 rate(qint64 count) const { return shipped > 0 ? (count * 1000000 + shipped / 2) / shipped : -1; }
};

class CaseMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(sd::CaseMetrics)
public:
    static constexpr int WindowDays = 30;

    explicit CaseMetrics(const QSqlDatabase &db) : m_db(db) { }
    // Every store not archived (or the one given), in name order.
    QList<StoreCaseMetrics> compute(qint64 storeId, qint64 nowUtc) const
    {
        return computeBetween(storeId, nowUtc - qint64(WindowDays) * 86400, nowUtc);
    }
    // The same counts over any window (fromUtc, toUtc] (the tier assessment's months).
    QList<StoreCaseMetrics> computeBetween(qint64 storeId, qint64 fromUtc, qint64 toUtc) const;

    // "1.25 %", or "–" for no shipments.
    static QString formatRate(qint64 ppm);
    // The formulas, for tooltips.
    static QString disputeRateFormula();
    static QString arbitrationRateFormula();
    static QString sellerResponsibilityFormula();

private:
    QSqlDatabase m_db;
};

} // namespace sd
