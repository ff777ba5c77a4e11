#pragma once

// Text forms of table cells shared by TableWriter's CSV backend and XlsxBook.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sd::celltext {

// -1234 with 2 decimals -> "-12.34", 5 with 2 -> "0.05"; exact, no floating point.
QString decimalText(qint64 minorUnits, int decimals);
// A fraction in parts per million as a percentage, exact, trailing zeros trimmed:
// 27100 -> "2.71%", 0 -> "0%", -15000 -> "-1.5%".
QString percentText(qint64 ppm);
// ISO 8601 to the second: "2025-03-01T12:00:00Z", or the wall clock and its offset.
QString isoDateTime(const QDateTime &dt);
// "2025-03-01"
QString isoDate(const QDate &date);
// Characters a spreadsheet reads as the start of a formula: = + - @ tab CR.
bool startsLikeFormula(const QString &text);
// Text a spreadsheet opening a CSV file would read as a number and so change: ASCII digits
// only, and either more than 11 of them (Excel shows them in scientific notation and saves
// them so; past 15 both Excel and LibreOffice round) or a leading zero (dropped). Order, product
// and tracking IDs, SKU codes.
bool readAsAlteredNumber(const QString &text);
// 1 -> "A", 28 -> "AB"
QString columnLetters(int column);

} // namespace sd::celltext
