#include "celltext.h"

#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sd::celltext {

QString decimalText(qint64 minorUnits, int decimals)
{
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits.prepend(QString(decimals - digits.size() + 1, u'0'));
        digits.insert(digits.size() - decimals, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

QString percentText(qint64 ppm)
{
    // ppm / 10^6 as a percentage is ppm / 10^4.
    QString text = decimalText(ppm, 4);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return QString(text + u'%');
}

namespace {

bool isUtc(const QDateTime &dt)
{
    return dt.timeSpec() == Qt::UTC
           || (dt.timeSpec() == Qt::TimeZone && dt.timeZone() == QTimeZone::utc());
}

} // namespace

QString isoDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QString wall = dt.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    if (isUtc(dt))
        return QString(wall + u'Z');
    const int offset = dt.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QString(wall + (offset < 0 ? u'-' : u'+')
                   + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0'))
                             .arg(minutes % 60, 2, 10, QChar(u'0')));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : QString();
}

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool readAsAlteredNumber(const QString &text)
{
    if (text.size() < 2)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return text.size() > 11 || text.front() == u'0';
}

QString columnLetters(int column)
{
    QString letters;
    while (column > 0) {
        const int digit = (column - 1) % 26;
        letters.prepend(QChar(u'A' + digit));
        column = (column - 1) / 26;
    }
    return letters;
}

} // namespace sd::celltext
