#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sd {

// One value of an exported table. Money and other exact decimals travel as an integer
// of minor units and a digit count, never as a double.
struct Cell
{
    enum class Kind { Empty, Text, Integer, Decimal, DateTime, Date, Money, Percent };
    Kind kind = Kind::Empty;
    // Text
    QString text;
    // Integer; for Decimal and Money: the value in minor units (1234 with decimals 2 =
    // 12.34); for Percent: the fraction in parts per million (27100 = 2.71 %)
    qint64 integer = 0;
    // Decimal and Money: digits after the point (0..6)
    int decimals = 0;
    // DateTime: written as its wall clock in its own time spec (callers pass UTC)
    QDateTime dateTime;
    // Date
    QDate date;
    // Money: the ISO 4217 code ("USD")
    QString currency;
    static Cell empty();
    static Cell ofText(const QString &t);
    static Cell ofInteger(qint64 v);
    static Cell ofDecimal(qint64 minorUnits, int decimals);
    static Cell ofDateTime(const QDateTime &dt); // invalid QDateTime -> Empty
    static Cell ofDate(const QDate &d); // invalid QDate -> Empty
    static Cell ofMoney(qint64 minorUnits, int decimals, const QString &currencyCode);
    static Cell ofPercent(qint64 ppm);
};

// Writes a table (a header row, then data rows) to a .csv or .xlsx file. The target
// file appears only when commit() succeeds, complete, replacing an existing file in one
// step; a writer destroyed without commit() leaves no file behind and an existing target
// untouched.
//
// Call open() once, then writeRow() per data row, then commit(). All three return false
// with a message ("FILE: reason", translated) in *error (error may be null). A row that
// is refused (more cells than header columns, a decimal with more than 6 digits, a text
// too long for an .xlsx cell, a sheet that is full) is not written at all and the
// writer stays usable; after a failure to write the file itself every later call fails
// with the same message.
//
// CSV: UTF-8 with BOM (setUtf8Bom(false) leaves it out), commas, CRLF, RFC 4180
// quoting, every row as wide as the header. A Text cell starting with = + - @ tab or CR
// gets a leading apostrophe so spreadsheets do not run it as a formula (numbers never
// do). A Text cell of digits only that a spreadsheet would alter as a number (more than 11
// digits: 16-digit order IDs get rounded; or a leading zero) is written with a leading tab,
// quoted ("\t3038417721189989"): Excel and LibreOffice keep it as text, and SellerDesk's
// imports trim the tab. Decimals and money exact ("-12.34"; the currency is not written, the header
// names it), percentages exact with a % sign ("2.71%", "0%"), dates "2025-03-01",
// date-times ISO 8601 ("2025-03-01T12:00:00Z", or "+08:00" for an offset).
//
// XLSX: one sheet of an XlsxBook (libxlsxwriter, rows streamed: memory stays flat for
// a million rows), bold frozen header, column widths from the header (date, date-time
// and money columns widened to fit). Text as inline strings (CR LF and CR become LF,
// the line break Excel uses); a text starting with = + - @ tab or CR gets a cell style
// with quotePrefix="1", so Excel never evaluates it, even once the cell is edited (the
// text itself is unchanged). Integers of up to 15 digits as numbers (Excel keeps 15
// significant digits; longer ones go out as text so they stay exact). Decimals as
// numbers shown with that many decimals ("0.00"), money with its currency
// ("[$USD] #,##0.00"), percentages as the fraction shown "0.00%"; more than 15 digits
// as text. Dates and date-times as Excel serials shown "yyyy-mm-dd" and
// "yyyy-mm-dd hh:mm:ss" (the wall clock, no zone; outside 1900..9999 as ISO text).
// See XlsxBook for how the file is put in place.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::TableWriter)
public:
    enum class Format { Csv, Xlsx };

    // Excel's sheet limit: 1,048,576 rows, the header included.
    static constexpr qint64 XlsxMaxRows = 1'048'576;
    // Excel's cell limit for text.
    static constexpr qsizetype XlsxMaxCellChars = 32'767;

    // "csv", "xlsx", case-insensitive (surrounding spaces and a leading dot are ignored)
    static std::optional<Format> formatFromText(QStringView text);
    static std::optional<Format> formatForPath(const QString &path); // by suffix
    // sheetName is used by XLSX only: characters Excel refuses in a sheet name
    // ([ ] : * ? / \) become '_', it is cut to 31 characters, and empty means "Sheet1".
    static std::unique_ptr<TableWriter> create(Format format, const QString &path,
                                               const QString &sheetName = QString());
    virtual ~TableWriter();
    Q_DISABLE_COPY_MOVE(TableWriter)

    virtual bool open(const QStringList &header, QString *error) = 0; // writes the header row
    virtual bool writeRow(const QList<Cell> &cells, QString *error) = 0;
    virtual bool commit(QString *error) = 0; // finishes; the target file appears only now (atomic)
    virtual qint64 rowsWritten() const = 0; // data rows, header excluded

    // CSV: start the file with a UTF-8 byte order mark (the default: Excel on Windows
    // reads UTF-8 only with one). Call before open(); XLSX ignores it.
    void setUtf8Bom(bool bom) { m_utf8Bom = bom; }
    // The file is readable by the user alone (0600 on POSIX, from its first byte) instead of
    // following the umask: for what holds buyers' data and is not an export the user chose
    // (the rejected rows of an import). Call before open().
    void setPrivate(bool isPrivate) { m_private = isPrivate; }

    // Tests: lower the XLSX row limit (rows including the header) to exercise the
    // "too many rows" error without writing a million rows. CSV has no limit.
    void setMaxRowsForTest(qint64 rowsIncludingHeader) { m_maxRows = rowsIncludingHeader; }

protected:
    TableWriter() = default;
    qint64 maxRows() const { return m_maxRows; }
    bool utf8Bom() const { return m_utf8Bom; }
    bool isPrivate() const { return m_private; }

private:
    qint64 m_maxRows = XlsxMaxRows;
    bool m_utf8Bom = true;
    bool m_private = false;
};

} // namespace sd
