#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace sd {

// "FILE:LINE:COLUMN: reason" for a JSON syntax error. QJsonParseError gives a byte
// offset; lines and columns are counted in characters, from 1.
QString jsonSyntaxError(const QByteArray &json, const QString &fileName, const QJsonParseError &error);

} // namespace sd
