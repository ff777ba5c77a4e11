#pragma once

#include <QHash>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace sd {

// Wall-clock times from imported files -> seconds UTC, fast for a million rows.
// "YYYY-MM-DD HH:MM[:SS]" (or T, or / separators) without an offset is read in the
// zone given here, with the zone's offset looked up once per hour of wall-clock time;
// anything else goes through utc::parseTimestamp (ISO 8601 with offsets, Z, ...).
class TimeParser final
{
public:
    explicit TimeParser(const QTimeZone &zone) : m_zone(zone) { }

    std::optional<qint64> parse(QStringView text);

private:
    qint64 fromWall(const QDate &date, const QTime &time);

    QTimeZone m_zone;
    QHash<qint64, std::optional<qint64>> m_offsets; // hour of wall time -> offset, if constant
};

} // namespace sd
