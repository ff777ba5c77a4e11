#include "siblingconnection.h"

#include "workspace.h"

#include <QAtomicInt>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QAtomicInt s_siblingCounter;
}

SiblingConnection::SiblingConnection(const QString &connectionName)
    : m_name(u"sd-sibling-%1"_s.arg(s_siblingCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, m_name);
    const QString file = db.databaseName();
    if (db.driverName() != u"QSQLITE"_s || file.isEmpty() || file == u":memory:"_s
        || file.contains(u"mode=memory"_s))
        return;
    QString options = db.connectOptions();
    if (!options.contains(u"QSQLITE_OPEN_READONLY"_s))
        options = options.isEmpty() ? u"QSQLITE_OPEN_READONLY"_s : options + u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return;
    QSqlQuery q(db);
    // sql-safe: PRAGMA takes no bound values; the timeout is a constant.
    m_open = q.exec(u"PRAGMA busy_timeout = %1"_s.arg(Workspace::BusyTimeoutMs));
}

SiblingConnection::~SiblingConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SiblingConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace sd
