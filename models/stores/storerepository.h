#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sd {

// A seller store (one AliExpress account). Every record belongs to one.
struct Store
{
    qint64 id = 0;
    QString name;
    QString accountId;
    QString currency = QStringLiteral("USD");
    QString timeZone = QStringLiteral("Asia/Shanghai");
    qint64 createdUtc = 0;
    bool archived = false;
    // Semi-managed JIT: the store delivers to the warehouse itself (48 h) instead of
    // the Cainiao pickup (24 h).
    bool jitSelfDelivery = false;
    // How the merchant tier assessment grades the store: full_managed, semi_managed,
    // pop, or "" to follow its orders (sd::TierReport).
    QString merchantType;
};

class StoreRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::StoreRepository)
public:
    explicit StoreRepository(const QSqlDatabase &db) : m_db(db) { }

    QList<Store> all(bool includeArchived = true) const;
    std::optional<Store> byId(qint64 id) const;
    std::optional<Store> byName(const QString &name) const;
    // The store's time zone; UTC for an unknown store or zone.
    QTimeZone zoneOf(qint64 id) const;
    // Orders per store id, for overviews.
    QHash<qint64, qint64> orderCounts() const;

    // Empty when valid, else a sentence saying what is wrong.
    QString validate(const Store &store, qint64 ignoreId = 0) const;

    std::optional<qint64> add(const Store &store, QString *error);
    bool rename(qint64 id, const QString &newName, QString *error);
    bool setArchived(qint64 id, bool archived, QString *error);
    // Also recomputes the handover deadlines of the store's orders.
    bool setJitSelfDelivery(qint64 id, bool selfDelivery, QString *error);
    bool setMerchantType(qint64 id, const QString &type, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
