#include "auditlog.h"

#include "core/staffname.h"
#include "time/utctime.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

QString AuditLog::currentActor()
{
    return StaffName::current();
}

bool AuditLog::record(const QString &entity, const QString &entityId, const QString &action,
                      const QString &field, const QVariant &oldValue, const QVariant &newValue,
                      std::optional<qint64> storeId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO audit_log (at_utc, actor, store_id, entity, entity_id, action, field, "
              "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(currentActor());
    q.addBindValue(storeId ? QVariant(*storeId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    q.addBindValue(field);
    q.addBindValue(oldValue.isNull() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(oldValue.toString()));
    q.addBindValue(newValue.isNull() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(newValue.toString()));
    if (!q.exec()) {
        if (error)
            *error = tr("cannot write the audit log: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<AuditLog::Entry> AuditLog::entriesFor(const QString &entity, const QString &entityId) const
{
    QList<Entry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at_utc, actor, store_id, entity, entity_id, action, field, old_value, "
              "new_value FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return entries;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.atUtc = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        if (!q.value(3).isNull())
            e.storeId = q.value(3).toLongLong();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.action = q.value(6).toString();
        e.field = q.value(7).toString();
        e.oldValue = q.value(8).toString();
        e.newValue = q.value(9).toString();
        entries << e;
    }
    return entries;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM audit_log"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace sd
