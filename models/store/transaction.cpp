#include "transaction.h"

#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    // A read-only connection begins a transaction happily and fails at its first write.
    if (m_db.connectOptions().contains(u"QSQLITE_OPEN_READONLY"_s)) {
        m_error = readOnlyMessage();
        return;
    }
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error = describe(q.lastError());
}

QString Transaction::describe(const QSqlError &error)
{
    // The primary result code, without the extended bits.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("the workspace is busy: another SellerDesk window or sellerdesk-cli has been "
                  "writing to it for more than %1 seconds (an import, perhaps). Nothing was "
                  "changed; try again when it has finished.")
                .arg(Workspace::BusyTimeoutMs / 1000);
    case 8: // SQLITE_READONLY
        return readOnlyMessage();
    case 13: // SQLITE_FULL
        return tr("the disk holding the workspace is full. Nothing was changed; free some space "
                  "and try again.");
    default:
        return error.text();
    }
}

QString Transaction::readOnlyMessage()
{
    return tr("the workspace is open read-only (it is on a read-only disk or folder, or the "
              "file cannot be written): nothing can be changed.");
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        m_error = describe(q.lastError());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
    m_active = false;
}

} // namespace sd
