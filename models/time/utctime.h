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

// Counting by local day in SQL: group instants by their quarter-hour slot after a start,
// ((t - start) / SlotSeconds), and place each slot in its day with dayOfSlot(). Every real
// time zone's offset changes in whole quarter hours, so a slot never straddles two local
// days, and a month's orders come back as a few thousand groups instead of one row each.
constexpr qint64 SlotSeconds = 900;

// The UTC instants at which the local days first, first + 1, ..., first + days begin
// (days + 1 entries: the last is the end of the last day).
QList<qint64> dayStarts(const QDate &first, int days, const QTimeZone &zone);
// The day (index into dayStarts) of slot `slot` after `start`, or -1 outside them.
int dayOfSlot(const QList<qint64> &dayStarts, qint64 start, qint64 slot);

// For display: the instant in the user's local time, in the locale's short format.
QString displayLocal(qint64 seconds, const QLocale &locale = QLocale());

} // namespace sd::utc
