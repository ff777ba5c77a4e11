#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sd {

// A connection of the calling thread to the same database file as another thread's
// connection, named because QSqlDatabase objects must not cross threads: for a worker
// that reads beside it (SellerDesk keeps one connection per thread). Opened read-only
// with the workspace's busy timeout; closed and removed when destroyed, which must
// happen on the thread that created it.
//
// An in-memory database cannot be shared this way: isOpen() is then false and the caller
// does the work on its own connection.
class SiblingConnection final
{
public:
    explicit SiblingConnection(const QString &connectionName);
    ~SiblingConnection();
    Q_DISABLE_COPY_MOVE(SiblingConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const;

private:
    QString m_name;
    bool m_open = false;
};

} // namespace sd
