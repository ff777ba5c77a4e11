#include "jsonerror.h"

#include <QCoreApplication>

namespace sd {

QString jsonSyntaxError(const QByteArray &json, const QString &fileName, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return QCoreApplication::translate("sd::Json", "%1:%2:%3: %4")
            .arg(fileName)
            .arg(line)
            .arg(column)
            .arg(error.errorString());
}

} // namespace sd
