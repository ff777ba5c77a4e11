#include "workspacepaths.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sd::paths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"SellerDesk"_s);
    QCoreApplication::setOrganizationDomain(u"sellerdesk.app"_s);
    QCoreApplication::setApplicationName(u"SellerDesk"_s);
    QCoreApplication::setApplicationVersion(appVersion());
}

QString defaultWorkspace()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/workspace.sqlite"_s;
}

QString evidenceFolder(const QString &workspacePath)
{
    const QFileInfo ws(workspacePath);
    return ws.dir().filePath(ws.completeBaseName() + u"-files"_s);
}

QString demoWorkspace()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/demo/workspace.sqlite"_s;
}

} // namespace sd::paths
