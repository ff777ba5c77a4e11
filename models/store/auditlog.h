#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace sd {

// The audit trail: every change a user makes to a record, written in the same
// transaction as the change (when, who, which record and field, old -> new).
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(sd::AuditLog)
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 atUtc = 0;
        QString actor;
        std::optional<qint64> storeId;
        QString entity; // table: "stores", "rules", ...
        QString entityId;
        QString action; // "create", "update", "archive", ...
        QString field;
        QString oldValue;
        QString newValue;
    };

    explicit AuditLog(const QSqlDatabase &db) : m_db(db) { }

    // Call inside the transaction that makes the change.
    bool record(const QString &entity, const QString &entityId, const QString &action,
                const QString &field, const QVariant &oldValue, const QVariant &newValue,
                std::optional<qint64> storeId, QString *error);

    QList<Entry> entriesFor(const QString &entity, const QString &entityId) const;
    qint64 count() const;

    // Who is working: the name staff gave (StaffName), else the system user.
    static QString currentActor();

private:
    QSqlDatabase m_db;
};

} // namespace sd
