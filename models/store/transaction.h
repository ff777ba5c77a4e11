#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sd {

// A write transaction (BEGIN IMMEDIATE, so a second writer waits on the busy
// timeout at the start rather than failing half way). Rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace sd
