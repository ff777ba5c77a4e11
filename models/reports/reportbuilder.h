#pragma once

#include "reports/reportdocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace sd {

// Builds the three reports from what the workspace stores. Read-only: nothing is
// written. Every figure comes from SQL over indexed columns, so the monthly report
// of a million-order workspace takes a fraction of a second.
//
// Daily review: the Today page's sections judged at the end of the day (or now, for
// today), with their full lists, and what happened that day: handovers done late,
// disputes and claims opened and closed, deductions.
// Monthly store report: per store, in the store's own month: orders and GMV by
// fulfillment model, commission, subsidies, refunds, disputes, chargebacks, the
// ledger against the orders, the projected tier and the top products.
// Claims report: claims opened in the range by cause and resolution, refunds and
// coupons, damage rate per product over the range, replies sent.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportBuilder)
public:
    // The longest list a report prints; longer lists say how many were left out.
    static constexpr int ListLimit = 1000;
    static constexpr int TopProducts = 10;

    explicit ReportBuilder(const QSqlDatabase &db) : m_db(db) { }

    // nullopt with *error for a request that cannot be built (an unknown store, a
    // missing date, rules with no value in force).
    std::optional<ReportDocument> build(const ReportRequest &request, QString *error) const;

    // Checks the request's period; empty when valid.
    static QString validate(const ReportRequest &request);

private:
    std::optional<ReportDocument> buildDaily(const ReportRequest &r, QString *error) const;
    std::optional<ReportDocument> buildMonthly(const ReportRequest &r, QString *error) const;
    std::optional<ReportDocument> buildClaims(const ReportRequest &r, QString *error) const;

    // Runs a prepared statement with positional values; false with *error.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error) const;
    QString storeLabel(qint64 storeId) const;

    QSqlDatabase m_db;
};

// What the report builders share to fill cells.
namespace reportcells {
Cell money(qint64 minor, const QString &currency);
Cell moneyOrEmpty(const QVariant &minor, const QString &currency); // NULL -> Empty
Cell percent(qint64 ppm);
Cell rate(qint64 part, qint64 whole); // part / whole, Empty when whole is 0
Cell time(qint64 utc, const QTimeZone &zone); // 0 -> Empty
Cell text(const QString &t);
Cell count(qint64 n);
Cell yesNo(bool yes);
} // namespace reportcells

} // namespace sd
