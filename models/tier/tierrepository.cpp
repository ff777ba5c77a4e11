#include "tierrepository.h"

#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

qint64 nowUtc()
{
    return utc::toStore(QDateTime::currentDateTimeUtc());
}

TierModel shippedModel()
{
    QString error;
    auto m = TierModel::fromJson(TierModel::shippedJson(), u"default-model.json"_s, &error);
    Q_ASSERT_X(m, "TierModel", qPrintable(error));
    return m.value_or(TierModel());
}

StoredTierModel readModel(const QSqlQuery &q)
{
    StoredTierModel s;
    s.id = q.value(0).toLongLong();
    QString error;
    auto m = TierModel::fromJson(q.value(1).toByteArray(), u"tier_models #%1"_s.arg(s.id), &error);
    if (!m) {
        // Only validated models are stored; a damaged row falls back to the default.
        qWarning("%s", qUtf8Printable(error));
        m = shippedModel();
    }
    s.model = *m;
    s.origin = q.value(2).toString();
    s.createdUtc = q.value(3).toLongLong();
    s.createdBy = q.value(4).toString();
    return s;
}

bool fail(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

// Runs `body` in one write transaction: committed when it returns true.
template<typename Body>
bool inTransaction(const QSqlDatabase &db, QString *error, Body body)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!body())
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace

QString TierRepository::monthKey(const QDate &date)
{
    return date.toString(u"yyyy-MM"_s);
}

std::optional<QDate> TierRepository::monthFromKey(const QString &key)
{
    if (key.size() != 7 || key.at(4) != u'-')
        return std::nullopt;
    const QDate d = QDate::fromString(key + u"-01"_s, Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

StoredTierModel TierRepository::modelFor(const QString &month) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, body, origin, created_utc, created_by FROM tier_models "
              "WHERE effective_month <= ? ORDER BY effective_month DESC, id DESC LIMIT 1"_s);
    q.addBindValue(month);
    if (q.exec() && q.next())
        return readModel(q);
    return inForce({}, month);
}

StoredTierModel TierRepository::inForce(const QList<StoredTierModel> &versions, const QString &month)
{
    for (const StoredTierModel &v : versions) {
        if (v.model.effectiveMonth <= month)
            return v;
    }
    // No version that early: the shipped default.
    StoredTierModel s;
    s.model = shippedModel();
    s.origin = u"default"_s;
    s.createdBy = u"SellerDesk"_s;
    return s;
}

QList<StoredTierModel> TierRepository::models() const
{
    QList<StoredTierModel> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, body, origin, created_utc, created_by FROM tier_models "
                "ORDER BY effective_month DESC, id DESC"_s))
        return out;
    while (q.next())
        out.append(readModel(q));
    return out;
}

std::optional<qint64> TierRepository::addModel(const QByteArray &json, const QString &fileName, QString *error)
{
    const auto model = TierModel::fromJson(json, fileName, error);
    if (!model)
        return std::nullopt;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    const StoredTierModel before = modelFor(model->effectiveMonth);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO tier_models (effective_month, body, origin, created_utc, created_by) "
              "VALUES (?, ?, 'user', ?, ?)"_s);
    q.addBindValue(model->effectiveMonth);
    // Stored as SellerDesk writes it, so that every stored body parses the same way.
    q.addBindValue(QString::fromUtf8(model->toJson()));
    q.addBindValue(nowUtc());
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(u"tier_models"_s, QString::number(id), u"add_version"_s, u"effective_month"_s,
                               before.id ? QVariant(before.model.effectiveMonth) : QVariant(),
                               model->effectiveMonth, std::nullopt, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return id;
}

bool TierRepository::seedDefault(QString *error)
{
    const QByteArray json = TierModel::shippedJson();
    const auto model = TierModel::fromJson(json, u"default-model.json"_s, error);
    if (!model)
        return false;
    QSqlQuery q(m_db);
    // Look before writing: an INSERT that adds nothing still waits for another writer.
    q.prepare(u"SELECT 1 FROM tier_models WHERE origin = 'default' AND effective_month = ?"_s);
    q.addBindValue(model->effectiveMonth);
    if (q.exec() && q.next())
        return true;
    q.prepare(u"INSERT INTO tier_models (effective_month, body, origin, created_utc, created_by) "
              "SELECT ?, ?, 'default', ?, 'SellerDesk' WHERE NOT EXISTS "
              "(SELECT 1 FROM tier_models WHERE origin = 'default' AND effective_month = ?)"_s);
    q.addBindValue(model->effectiveMonth);
    q.addBindValue(QString::fromUtf8(model->toJson()));
    q.addBindValue(nowUtc());
    q.addBindValue(model->effectiveMonth);
    return q.exec() || fail(q, error);
}

QHash<QString, StoredIndicatorValue> TierRepository::values(qint64 storeId, const QString &month) const
{
    QHash<QString, StoredIndicatorValue> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT indicator, value, currency, source, note, updated_utc, updated_by "
              "FROM tier_indicator_values WHERE store_id = ? AND month = ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(month);
    if (!q.exec())
        return out;
    while (q.next()) {
        StoredIndicatorValue v;
        v.key = q.value(0).toString();
        v.value = q.value(1).toLongLong();
        v.currency = q.value(2).toString();
        v.source = q.value(3).toString();
        v.note = q.value(4).toString();
        v.updatedUtc = q.value(5).toLongLong();
        v.updatedBy = q.value(6).toString();
        out.insert(v.key, v);
    }
    return out;
}

bool TierRepository::setValue(qint64 storeId, const QString &month, const QString &key, qint64 value,
                              const QString &currency, const QString &note, QString *error)
{
    if (!monthFromKey(month)) {
        *error = tr("\"%1\" is not a month such as 2026-03").arg(month);
        return false;
    }
    return inTransaction(m_db, error, [&] {
        const auto before = values(storeId, month).value(key);
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO tier_indicator_values (store_id, month, indicator, value, currency, source, "
                  "note, updated_utc, updated_by) VALUES (:store, :month, :key, :value, COALESCE(:cur, ''), "
                  "'manual', COALESCE(:note, ''), :now, :by) "
                  "ON CONFLICT (store_id, month, indicator) DO UPDATE SET value = excluded.value, "
                  "currency = excluded.currency, source = 'manual', note = excluded.note, "
                  "updated_utc = excluded.updated_utc, updated_by = excluded.updated_by"_s);
        q.bindValue(u":store"_s, storeId);
        q.bindValue(u":month"_s, month);
        q.bindValue(u":key"_s, key);
        q.bindValue(u":value"_s, value);
        q.bindValue(u":cur"_s, currency);
        q.bindValue(u":note"_s, note);
        q.bindValue(u":now"_s, nowUtc());
        q.bindValue(u":by"_s, AuditLog::currentActor());
        return (q.exec() || fail(q, error))
                && AuditLog(m_db).record(u"tier_indicator_values"_s, month + u'/' + key, u"set"_s, u"value"_s,
                                         before.key.isEmpty() ? QVariant() : QVariant(before.value), value,
                                         storeId, error);
    });
}

bool TierRepository::clearValue(qint64 storeId, const QString &month, const QString &key, QString *error)
{
    return inTransaction(m_db, error, [&] {
        const auto before = values(storeId, month).value(key);
        if (before.key.isEmpty())
            return true;
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM tier_indicator_values WHERE store_id = ? AND month = ? AND indicator = ?"_s);
        q.addBindValue(storeId);
        q.addBindValue(month);
        q.addBindValue(key);
        return (q.exec() || fail(q, error))
                && AuditLog(m_db).record(u"tier_indicator_values"_s, month + u'/' + key, u"clear"_s, u"value"_s,
                                         before.value, QVariant(), storeId, error);
    });
}

std::optional<TierActual> TierRepository::actual(qint64 storeId, const QString &month) const
{
    const auto all = actuals(storeId, month, month);
    const auto it = all.constFind(month);
    return it == all.cend() ? std::nullopt : std::optional(*it);
}

QHash<QString, TierActual> TierRepository::actuals(qint64 storeId, const QString &first, const QString &last) const
{
    QHash<QString, TierActual> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT month, tier, service_level, note, recorded_utc, recorded_by FROM tier_actuals "
              "WHERE store_id = ? AND month >= ? AND month <= ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec())
        return out;
    while (q.next()) {
        TierActual a;
        a.month = q.value(0).toString();
        a.tier = tiers::fromCode(q.value(1).toString()).value_or(Tier::C);
        a.serviceLevel = tiers::serviceFromCode(q.value(2).toString());
        a.note = q.value(3).toString();
        a.recordedUtc = q.value(4).toLongLong();
        a.recordedBy = q.value(5).toString();
        out.insert(a.month, a);
    }
    return out;
}

bool TierRepository::recordActual(qint64 storeId, const QString &month, Tier tier,
                                  std::optional<ServiceLevel> serviceLevel, const QString &note, QString *error)
{
    if (!monthFromKey(month)) {
        *error = tr("\"%1\" is not a month such as 2026-03").arg(month);
        return false;
    }
    return inTransaction(m_db, error, [&] {
        const auto before = actual(storeId, month);
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO tier_actuals (store_id, month, tier, service_level, note, recorded_utc, recorded_by) "
                  "VALUES (:store, :month, :tier, COALESCE(:service, ''), COALESCE(:note, ''), :now, :by) "
                  "ON CONFLICT (store_id, month) DO UPDATE SET tier = excluded.tier, "
                  "service_level = excluded.service_level, note = excluded.note, "
                  "recorded_utc = excluded.recorded_utc, recorded_by = excluded.recorded_by"_s);
        q.bindValue(u":store"_s, storeId);
        q.bindValue(u":month"_s, month);
        q.bindValue(u":tier"_s, tiers::code(tier));
        q.bindValue(u":service"_s, serviceLevel ? tiers::serviceCode(*serviceLevel) : QString());
        q.bindValue(u":note"_s, note);
        q.bindValue(u":now"_s, nowUtc());
        q.bindValue(u":by"_s, AuditLog::currentActor());
        return (q.exec() || fail(q, error))
                && AuditLog(m_db).record(u"tier_actuals"_s, month, u"record"_s, u"tier"_s,
                                         before ? QVariant(tiers::code(before->tier)) : QVariant(),
                                         tiers::code(tier), storeId, error);
    });
}

bool TierRepository::clearActual(qint64 storeId, const QString &month, QString *error)
{
    return inTransaction(m_db, error, [&] {
        const auto before = actual(storeId, month);
        if (!before)
            return true;
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM tier_actuals WHERE store_id = ? AND month = ?"_s);
        q.addBindValue(storeId);
        q.addBindValue(month);
        return (q.exec() || fail(q, error))
                && AuditLog(m_db).record(u"tier_actuals"_s, month, u"clear"_s, u"tier"_s, tiers::code(before->tier),
                                         QVariant(), storeId, error);
    });
}

} // namespace sd
