#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sd {

// Products that arrive damaged too often (seed 003: improve the packaging).
//
//   damage rate = damaged units / units shipped, both over the window rule
//
// Units shipped: the line-item quantities of the product's orders shipped in the
// window. Damaged units: the quantities affected of the claims opened in the window
// whose cause is damage (in transit, packaging, or not known yet), unless the claim
// was rejected. A product is flagged when its rate is over the threshold rule and it
// shipped at least the minimum-sample rule's units. All three rules are the ones in
// force on the day the rate is computed.
struct ProductDamage
{
    qint64 storeId = 0;
    QString storeName;
    QString productId;
    QString productName;
    qint64 shippedUnits = 0;
    qint64 damagedUnits = 0;
    qint64 claims = 0;
    std::optional<qint64> ratePpm; // none when nothing shipped in the window
    bool flagged = false;
};

struct DamageRates
{
    int windowDays = 0;
    qint64 thresholdPpm = 0;
    qint64 minSample = 0;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    QList<ProductDamage> products; // every product with a damage claim, highest rate first

    QList<ProductDamage> flagged() const;
};

class DamageRateReport final
{
    Q_DECLARE_TR_FUNCTIONS(sd::DamageRateReport)
public:
    explicit DamageRateReport(const QSqlDatabase &db) : m_db(db) { }
    // storeId 0: all stores. The window ends at nowUtc.
    std::optional<DamageRates> compute(qint64 storeId, qint64 nowUtc, QString *error) const;
    // Over (fromUtc, toUtc] instead of the rule's window ending now; the threshold and
    // minimum sample in force on toUtc's day.
    std::optional<DamageRates> computeBetween(qint64 storeId, qint64 fromUtc, qint64 toUtc,
                                              QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace sd
