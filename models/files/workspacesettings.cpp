#include "workspacesettings.h"

#include "store/auditlog.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

QString WorkspaceSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM workspace_settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

qint64 WorkspaceSettings::integer(const QString &key, qint64 fallback) const
{
    bool ok = false;
    const qint64 v = value(key).toLongLong(&ok);
    return ok ? v : fallback;
}

bool WorkspaceSettings::setValue(const QString &key, const QString &value, QString *error)
{
    const QString before = this->value(key);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_db).record(u"workspace_settings"_s, key, u"update"_s, u"value"_s, before,
                               value, std::nullopt, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace sd
