#include "utctime.h"

#include "core/textmatch.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::utc {

qint64 toStore(const QDateTime &instant)
{
    return instant.toSecsSinceEpoch();
}

QDateTime fromStore(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toUTC();
}

QTimeZone aliexpressApiZone()
{
    return QTimeZone("America/Los_Angeles");
}

QDateTime fromWallClock(const QDate &date, const QTime &time, const QTimeZone &sourceZone)
{
    const QDateTime local(date, time, sourceZone);
    if (local.isValid())
        return local.toUTC(); // overlaps resolve to the first occurrence
    // A wall-clock time skipped by a spring-forward gap: read it with the offset in force
    // before the gap, which moves it forward by the gap's length (02:30 PST -> 03:30 PDT).
    const QDateTime asUtc(date, time, QTimeZone::utc());
    const int offsetBefore = sourceZone.offsetFromUtc(asUtc.addSecs(-86400));
    return asUtc.addSecs(-offsetBefore).toUTC();
}

std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone &sourceZone)
{
    static const QRegularExpression re(
            uR"(^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$)"_s);
    const auto m = matchView(re, text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt());
    const QTime time(m.capturedView(4).isEmpty() ? 0 : m.capturedView(4).toInt(),
                     m.capturedView(5).isEmpty() ? 0 : m.capturedView(5).toInt(),
                     m.capturedView(6).isEmpty() ? 0 : m.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QStringView zone = m.capturedView(7);
    if (zone.isEmpty())
        return fromWallClock(date, time, sourceZone);
    if (zone == u"Z")
        return QDateTime(date, time, QTimeZone::utc());
    QString digits = zone.sliced(1).toString().remove(u':');
    const int offset = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60)
                       * (zone.startsWith(u'-') ? -1 : 1);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QList<qint64> dayStarts(const QDate &first, int days, const QTimeZone &zone)
{
    QList<qint64> starts;
    starts.reserve(days + 1);
    for (int d = 0; d <= days; ++d)
        starts.append(toStore(first.addDays(d).startOfDay(zone)));
    return starts;
}

int dayOfSlot(const QList<qint64> &dayStarts, qint64 start, qint64 slot)
{
    const qint64 slotStart = start + slot * SlotSeconds;
    const auto it = std::upper_bound(dayStarts.cbegin(), dayStarts.cend(), slotStart);
    const qsizetype day = (it - dayStarts.cbegin()) - 1;
    return day >= 0 && day < dayStarts.size() - 1 ? int(day) : -1;
}

QString displayLocal(qint64 seconds, const QLocale &locale)
{
    return locale.toString(fromStore(seconds).toLocalTime(), QLocale::ShortFormat);
}

} // namespace sd::utc
