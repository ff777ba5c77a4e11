#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace sd {

// A match in a view of a string without copying it: QRegularExpression::matchView from
// Qt 6.5 on, where match(QStringView) is deprecated; match(QStringView) before (Qt 6.4).
inline QRegularExpressionMatch matchView(const QRegularExpression &re, QStringView text,
                                         qsizetype offset = 0,
                                         QRegularExpression::MatchType type =
                                                 QRegularExpression::NormalMatch,
                                         QRegularExpression::MatchOptions options =
                                                 QRegularExpression::NoMatchOption)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return re.matchView(text, offset, type, options);
#else
    return re.match(text, offset, type, options);
#endif
}

} // namespace sd
