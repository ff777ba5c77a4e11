#pragma once

#include "tier/tierassessment.h"
#include "tier/tierrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace sd {

// One indicator's value for a store and month, and where it came from.
struct TierIndicatorValue
{
    QString key;
    std::optional<qint64> value; // nullopt: nothing to compute it from, none entered
    QString source; // "computed", "manual" or "imported"
    QString how; // computed: the counts behind it; otherwise who entered it and when
    std::optional<qint64> computed; // the computed value a stored one overrides
    QString computedHow;
};

// A store's assessment for one month.
struct TierMonth
{
    qint64 storeId = 0;
    QString storeName;
    QString currency; // the store's
    QString month; // "YYYY-MM"
    bool toDate = false; // the month is not over: values up to `asOfUtc`
    qint64 asOfUtc = 0;
    QString merchantType;
    bool merchantTypeFromOrders = false; // the store follows its orders
    StoredTierModel model;
    QHash<QString, TierIndicatorValue> values; // every indicator of the model
    TierAssessment assessment;
    std::optional<ServiceLevel> serviceLevel; // over the model's service window
    std::optional<TierActual> actual;

    IndicatorValues plainValues() const;
    // Projected and recorded tiers differ.
    bool disagrees() const { return actual && assessment.scored && actual->tier != assessment.tier; }
};

// Builds TierMonths from the workspace: indicators computed from the orders,
// disputes and handovers, overridden by values entered by hand or imported, graded
// with the model in force that month. Months are calendar months in the store's
// time zone.
class TierReport final
{
    Q_DECLARE_TR_FUNCTIONS(sd::TierReport)
public:
    explicit TierReport(const QSqlDatabase &db) : m_db(db) { }

    // The months `first`..`last` (first days), oldest first.
    QList<TierMonth> months(qint64 storeId, const QDate &first, const QDate &last, qint64 nowUtc) const;
    std::optional<TierMonth> month(qint64 storeId, const QDate &month, qint64 nowUtc) const;

    // The indicators SellerDesk computes from the workspace, with what each means.
    static QStringList computedKeys();
    static QString formula(const QString &key);

    // Values computed for [fromUtc, toUtc): nullopt where nothing counts.
    QHash<QString, TierIndicatorValue> compute(qint64 storeId, const QString &currency, qint64 fromUtc,
                                               qint64 toUtc, qint64 nowUtc, QString *modelFromOrders) const;

    // "12.50 %", "312", "USD 1,234.00"; "–" for no value.
    static QString formatValue(const TierModel &model, const QString &key, std::optional<qint64> value,
                               const QString &currency);
    // The change an indicator needs, in its own unit: "12 more warehoused orders",
    // "0.80 points lower".
    static QString formatGap(const TierModel &model, const QString &key, qint64 gap, const QString &currency);

private:
    QSqlDatabase m_db;
};

} // namespace sd
