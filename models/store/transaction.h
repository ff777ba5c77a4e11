#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace sd {

// A write transaction (BEGIN IMMEDIATE, so a second writer waits on the busy
// timeout at the start rather than failing half way). Rolls back unless committed.
// When another writer holds the workspace past the busy timeout, error() says so in
// words a person can act on.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(sd::Transaction)
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

    // What a write to a read-only workspace is told.
    static QString readOnlyMessage();
    // A failed statement in words a person can act on: busy, read-only, disk full, or
    // else SQLite's own text.
    static QString describe(const QSqlError &error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace sd
