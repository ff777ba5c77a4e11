#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace sd::utc {

// Instants are stored as whole seconds since 1970-01-01T00:00:00Z (INTEGER columns
// named *_utc). Calendar dates (rules' effective dates, review days) are ISO text.

qint64 toStore(const QDateTime &instant);
QDateTime fromStore(qint64 seconds);

// The time zone AliExpress's API reports times in (gmt_create, gmt_pay_time).
QTimeZone aliexpressApiZone();

// A wall-clock date and time as written in a file from sourceZone, as a UTC instant.
// In a DST gap the time is moved forward; in an overlap the earlier instant is used.
QDateTime fromWallClock(const QDate &date, const QTime &time, const QTimeZone &sourceZone);

// Parses "2026-11-03 14:22:05", "2026/11/03 14:22", "2026-11-03T14:22:05" (no offset:
// wall clock in sourceZone) and ISO text with "Z" or an offset (taken as written).
std::optional<QDateTime> parseTimestamp(QStringView text, const QTimeZone &sourceZone);

// For display: the instant in the user's local time, in the locale's short format.
QString displayLocal(qint64 seconds, const QLocale &locale = QLocale());

} // namespace sd::utc
