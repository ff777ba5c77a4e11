#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

// Fills an empty workspace with a deterministic, realistic sample: three stores
// and about 5,400 orders over the 90 days before `today`, across all five
// fulfillment models and every AliExpress order status. The same `today` gives
// the same records. Feature issues extend it with their own records: disputes,
// chargebacks, a year of the Alipay ledger and a year of tier indicators.
class DemoSeeder final
{
    Q_DECLARE_TR_FUNCTIONS(sd::DemoSeeder)
public:
    static constexpr int OrdersPerStore = 1800;
    static constexpr int Days = 90;

    explicit DemoSeeder(const QSqlDatabase &db) : m_db(db) { }

    // Refuses a workspace that already has stores. All or nothing.
    bool seed(const QDate &today, QString *error);

private:
    // Disputes in every status, chargebacks and a year of Alipay ledger entries for the
    // stores just seeded, around `endUtc` (demo/democases.cpp).
    bool seedCases(qint64 endUtc, QString *error);
    // Twelve months of tier indicators for each store (imported, entered by hand or
    // computed from the orders), merchant types and the tiers the platform published,
    // with one store a step from the next tier (demo/demotier.cpp).
    bool seedTier(const QDate &today, qint64 endUtc, QString *error);
    // Damage claims in every state with the buyers' photos, replies sent from the
    // templates, and one product over the damage-rate threshold (demo/democlaims.cpp).
    bool seedClaims(qint64 endUtc, QString *error);

    // The ids of the stores just seeded, in order; nullopt with the error.
    std::optional<QList<qint64>> storeIds(QString *error) const;

    QSqlDatabase m_db;
};

} // namespace sd
