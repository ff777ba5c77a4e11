#include "timeparser.h"

#include "time/utctime.h"

#include <QDate>
#include <QTime>

namespace sd {

std::optional<qint64> TimeParser::parse(QStringView text)
{
    text = text.trimmed();
    // Fast path: "YYYY-MM-DD HH:MM[:SS]" (or T, or / separators), no offset.
    auto digits = [&](qsizetype at, qsizetype n, int *out) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h = 0, mi = 0, s = 0;
    const qsizetype n = text.size();
    if ((n == 16 || n == 19 || n == 10) && digits(0, 4, &y) && digits(5, 2, &mo)
        && digits(8, 2, &d) && (text[4] == u'-' || text[4] == u'/') && text[7] == text[4]
        && (n == 10
            || ((text[10] == u' ' || text[10] == u'T') && digits(11, 2, &h)
                && text[13] == u':' && digits(14, 2, &mi)
                && (n == 16 || (text[16] == u':' && digits(17, 2, &s)))))) {
        const QDate date(y, mo, d);
        const QTime time(h, mi, s);
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return fromWall(date, time);
    }
    const auto dt = utc::parseTimestamp(text, m_zone);
    if (!dt)
        return std::nullopt;
    return utc::toStore(*dt);
}

qint64 TimeParser::fromWall(const QDate &date, const QTime &time)
{
    // The zone's offset is looked up once per hour of wall-clock time, unless the
    // hour holds a transition (then every value goes the exact way).
    const qint64 hourKey = date.toJulianDay() * 24 + time.hour();
    const qint64 wallSecs = (date.toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000;
    auto it = m_offsets.constFind(hourKey);
    if (it == m_offsets.cend()) {
        const QTime top(time.hour(), 0), bottom(time.hour(), 59, 59);
        const qint64 a = utc::toStore(utc::fromWallClock(date, top, m_zone));
        const qint64 b = utc::toStore(utc::fromWallClock(date, bottom, m_zone));
        const qint64 wallTop = wallSecs - time.minute() * 60 - time.second();
        const qint64 offA = wallTop - a, offB = wallTop + 3599 - b;
        it = m_offsets.insert(hourKey, offA == offB ? std::optional(offA) : std::nullopt);
    }
    if (*it)
        return wallSecs - **it;
    return utc::toStore(utc::fromWallClock(date, time, m_zone));
}

} // namespace sd
