#include "rate.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace sd {

namespace detail {

std::optional<qint64> parseScaledDecimal(QStringView text, int maxDecimals, QChar decimalMark,
                                         QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(QCoreApplication::translate("sd::Rate", "the value is empty"));
    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == QChar(0x2212)) {
        negative = true;
        ++i;
    } else if (t[0] == u'+') {
        ++i;
    }
    qint64 value = 0;
    int decimals = 0;
    bool seenMark = false;
    bool seenDigit = false;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 10;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            seenDigit = true;
            if (seenMark) {
                if (decimals == maxDecimals) {
                    if (c != u'0')
                        return fail(QCoreApplication::translate(
                                            "sd::Rate", "more than %n decimal place(s)", nullptr,
                                            maxDecimals));
                    continue; // trailing zeros beyond the precision are exact
                }
                ++decimals;
            }
            if (value > limit)
                return fail(QCoreApplication::translate("sd::Rate", "the number is too large"));
            value = value * 10 + (c.unicode() - u'0');
        } else if (c == decimalMark && !seenMark) {
            seenMark = true;
        } else {
            return fail(QCoreApplication::translate("sd::Rate", "unexpected character \"%1\"")
                                .arg(c));
        }
    }
    if (!seenDigit)
        return fail(QCoreApplication::translate("sd::Rate", "no digits"));
    for (; decimals < maxDecimals; ++decimals) {
        if (value > limit)
            return fail(QCoreApplication::translate("sd::Rate", "the number is too large"));
        value *= 10;
    }
    return negative ? -value : value;
}

} // namespace detail

std::optional<Rate> Rate::parsePercent(QStringView text, QString *error, QChar decimalMark)
{
    QStringView t = text.trimmed();
    if (t.endsWith(u'%') || t.endsWith(QChar(0xFF05)))
        t.chop(1);
    const auto v = detail::parseScaledDecimal(t, 4, decimalMark, error);
    if (!v)
        return std::nullopt;
    constexpr qint64 bound = 1'000'000'000; // ±100 000 %: far beyond any real policy rate
    if (*v > bound || *v < -bound) {
        if (error)
            *error = QCoreApplication::translate("sd::Rate", "the rate is out of range");
        return std::nullopt;
    }
    return Rate(*v);
}

std::optional<Rate> Rate::parseFraction(QStringView text, QString *error)
{
    const auto v = detail::parseScaledDecimal(text, 6, u'.', error);
    if (!v)
        return std::nullopt;
    return Rate(*v);
}

QString Rate::toPercentText() const
{
    // millionths -> percent with 4 decimals: percent = m / 10'000
    const bool negative = m_millionths < 0;
    const quint64 mag = negative ? quint64(0) - quint64(m_millionths) : quint64(m_millionths);
    QString s = QString::number(mag / 10'000);
    quint64 frac = mag % 10'000;
    if (frac != 0) {
        QString f = QString::number(frac).rightJustified(4, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return negative ? u'-' + s : s;
}

} // namespace sd
