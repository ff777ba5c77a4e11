#include "storerepository.h"

#include "orders/deadlines.h"

#include "money/currency.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr int MaxNameLength = 80;

Store readStore(const QSqlQuery &q)
{
    Store s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.accountId = q.value(2).toString();
    s.currency = q.value(3).toString();
    s.timeZone = q.value(4).toString();
    s.createdUtc = q.value(5).toLongLong();
    s.archived = !q.value(6).isNull();
    s.jitSelfDelivery = q.value(7).toBool();
    s.merchantType = q.value(8).toString();
    return s;
}

const auto SelectStores =
        u"SELECT id, name, account_id, currency, time_zone, created_utc, archived_utc, "
          "jit_self_delivery, merchant_type FROM stores "_s;

} // namespace

QList<Store> StoreRepository::all(bool includeArchived) const
{
    QList<Store> stores;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(SelectStores
              + (includeArchived ? u"ORDER BY name"_s
                                 : u"WHERE archived_utc IS NULL ORDER BY name"_s));
    if (!q.exec())
        return stores;
    while (q.next())
        stores << readStore(q);
    return stores;
}

std::optional<Store> StoreRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectStores + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readStore(q);
}

std::optional<Store> StoreRepository::byName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectStores + u"WHERE name = ? COLLATE NOCASE"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readStore(q);
}

QTimeZone StoreRepository::zoneOf(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT time_zone FROM stores WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const QTimeZone zone(q.value(0).toString().toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

QHash<qint64, qint64> StoreRepository::orderCounts() const
{
    QHash<qint64, qint64> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT store_id, count(*) FROM orders GROUP BY store_id"_s))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

QString StoreRepository::validate(const Store &store, qint64 ignoreId) const
{
    const QString name = store.name.trimmed();
    if (name.isEmpty())
        return tr("Give the store a name.");
    if (name.size() > MaxNameLength)
        return tr("The store name is longer than %1 characters.").arg(MaxNameLength);
    if (const auto other = byName(name); other && other->id != ignoreId)
        return tr("There is already a store called \"%1\".").arg(other->name);
    if (store.accountId.trimmed().size() > 64)
        return tr("The account id is longer than 64 characters.");
    if (!Currency::fromCode(store.currency))
        return tr("\"%1\" is not a currency SellerDesk knows.").arg(store.currency);
    if (!QTimeZone(store.timeZone.toUtf8()).isValid())
        return tr("\"%1\" is not a time zone (use a name such as Asia/Shanghai).")
                .arg(store.timeZone);
    return {};
}

std::optional<qint64> StoreRepository::add(const Store &store, QString *error)
{
    if (const QString why = validate(store); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    // An empty account id binds as NULL; the column holds '' for "not given".
    q.prepare(u"INSERT INTO stores (name, account_id, currency, time_zone, created_utc) "
              "VALUES (?, COALESCE(?, ''), ?, ?, ?)"_s);
    q.addBindValue(store.name.trimmed());
    q.addBindValue(store.accountId.trimmed());
    q.addBindValue(store.currency.toUpper());
    q.addBindValue(store.timeZone);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog audit(m_db);
    const QString entityId = QString::number(id);
    if (!audit.record(u"stores"_s, entityId, u"create"_s, u"name"_s, {}, store.name.trimmed(), id,
                      error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return id;
}

bool StoreRepository::rename(qint64 id, const QString &newName, QString *error)
{
    auto store = byId(id);
    if (!store) {
        *error = tr("The store no longer exists.");
        return false;
    }
    const QString oldName = store->name;
    store->name = newName.trimmed();
    if (store->name == oldName)
        return true;
    if (const QString why = validate(*store, id); !why.isEmpty()) {
        *error = why;
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE stores SET name = ? WHERE id = ?"_s);
    q.addBindValue(store->name);
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec()) {
        *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (!AuditLog(m_db).record(u"stores"_s, QString::number(id), u"rename"_s, u"name"_s, oldName,
                               store->name, id, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool StoreRepository::setArchived(qint64 id, bool archived, QString *error)
{
    const auto store = byId(id);
    if (!store) {
        *error = tr("The store no longer exists.");
        return false;
    }
    if (store->archived == archived)
        return true;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE stores SET archived_utc = ? WHERE id = ?"_s);
    q.addBindValue(archived ? QVariant(utc::toStore(QDateTime::currentDateTimeUtc()))
                            : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec()) {
        *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (!AuditLog(m_db).record(u"stores"_s, QString::number(id),
                               archived ? u"archive"_s : u"unarchive"_s, u"archived"_s,
                               store->archived ? u"yes"_s : u"no"_s,
                               archived ? u"yes"_s : u"no"_s, id, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool StoreRepository::setJitSelfDelivery(qint64 id, bool selfDelivery, QString *error)
{
    const auto store = byId(id);
    if (!store) {
        *error = tr("The store no longer exists.");
        return false;
    }
    if (store->jitSelfDelivery == selfDelivery)
        return true;
    {
        Transaction tx(m_db);
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE stores SET jit_self_delivery = ? WHERE id = ?"_s);
        q.addBindValue(selfDelivery ? 1 : 0);
        q.addBindValue(id);
        if (!tx.isActive() || !q.exec()) {
            *error = tx.isActive() ? q.lastError().text() : tx.error();
            return false;
        }
        if (!AuditLog(m_db).record(u"stores"_s, QString::number(id), u"edit"_s,
                                   u"jit_self_delivery"_s, store->jitSelfDelivery ? u"yes"_s : u"no"_s,
                                   selfDelivery ? u"yes"_s : u"no"_s, id, error))
            return false;
        if (DeadlineCalculator(m_db).recompute(id, error) < 0)
            return false;
        if (!tx.commit()) {
            *error = tx.error();
            return false;
        }
    }
    return true;
}

bool StoreRepository::setMerchantType(qint64 id, const QString &type, QString *error)
{
    if (!type.isEmpty() && type != u"full_managed"_s && type != u"semi_managed"_s && type != u"pop"_s) {
        *error = tr("\"%1\" is not a merchant type (full_managed, semi_managed or pop).").arg(type);
        return false;
    }
    const auto store = byId(id);
    if (!store) {
        *error = tr("The store no longer exists.");
        return false;
    }
    if (store->merchantType == type)
        return true;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE stores SET merchant_type = COALESCE(?, '') WHERE id = ?"_s);
    q.addBindValue(type);
    q.addBindValue(id);
    if (!tx.isActive() || !q.exec()) {
        *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (!AuditLog(m_db).record(u"stores"_s, QString::number(id), u"edit"_s, u"merchant_type"_s,
                               store->merchantType, type, id, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace sd
