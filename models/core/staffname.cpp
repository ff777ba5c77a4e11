#include "staffname.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString Key = u"staff/name"_s;
}

QString StaffName::systemUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return u"unknown"_s;
}

QString StaffName::saved()
{
    return QSettings().value(Key).toString().simplified();
}

void StaffName::save(const QString &name)
{
    QSettings().setValue(Key, name.simplified());
}

QString StaffName::current()
{
    const QString name = saved();
    return name.isEmpty() ? systemUser() : name;
}

} // namespace sd
