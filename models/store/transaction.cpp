#include "transaction.h"

#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (m_active)
        return;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without an extended code.
    const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
    if (code == 5 || code == 6) {
        m_error = tr("the workspace is busy: another SellerDesk window or sellerdesk-cli has "
                     "been writing to it for more than %1 seconds (an import, perhaps). Nothing "
                     "was changed; try again when it has finished.")
                          .arg(Workspace::BusyTimeoutMs / 1000);
    } else {
        m_error = q.lastError().text();
    }
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
        m_error = q.lastError().text();
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
