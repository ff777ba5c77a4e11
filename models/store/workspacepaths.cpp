#include "workspacepaths.h"

#include "core/version.h"

#include <QCoreApplication>
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

QString demoWorkspace()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/demo/workspace.sqlite"_s;
}

} // namespace sd::paths
