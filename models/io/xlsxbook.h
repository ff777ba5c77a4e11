#pragma once

#include "tablewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct lxw_format;
struct lxw_workbook;
struct lxw_worksheet;
class QSaveFile;
class QTemporaryFile;

namespace sd {

// An .xlsx workbook written with libxlsxwriter: sheets of a bold, frozen header row and
// typed rows streamed in. TableWriter writes its one sheet through it; a report adds
// several, and charts through workbook() and worksheet().
//
// Memory stays flat however many rows there are: libxlsxwriter runs in constant_memory
// mode, each sheet's rows going to a temporary file in the target's folder (the system
// temp folder when libxlsxwriter cannot name that one) that is deleted as soon as it
// is closed. Rows of different sheets may interleave; within a sheet they only append.
//
// The target appears only when commit() succeeds, complete, replacing an existing file
// in one step (keeping its permissions): libxlsxwriter writes the workbook to a hidden
// temporary file beside the target (".NAME.XXXXXX"); commit() then copies its entries,
// as stored, into a QSaveFile of the target and commits that, and removes the
// temporary. A book destroyed without commit(), or failing anywhere, leaves no file
// behind and an existing target untouched.
//
// Cells (Cell kinds): Text as an inline string, CR LF and CR made LF (Excel's line
// break), characters XML cannot carry written the OOXML way (_xHHHH_); at most 32,767
// characters. Integers up to 15 digits and Decimal/Money/Percent values of up to 15
// significant digits are numbers (Excel keeps 15 significant digits), longer ones go
// out as their exact text. Decimal shown with its decimals ("0.00"); Money with a
// currency format built from its code ("[$USD] #,##0.00;-[$USD] #,##0.00"); Percent as
// the fraction, shown "0.00%"; Date and DateTime as Excel serials shown "yyyy-mm-dd" and
// "yyyy-mm-dd hh:mm:ss" (the wall clock, no zone; outside 1900..9999 as ISO text).
//
// Formula injection: a Text cell starting with = + - @ tab or CR is written as a
// string whose cell style has quotePrefix="1" (and the Text number format @), so Excel
// never evaluates it, not even after the cell is edited; the text itself is unchanged.
// libxlsxwriter 1.1.4 (Debian 12) has no format_set_quote_prefix(): commit() sets the
// attribute in xl/styles.xml on every cell style of the Text format.
//
// The same calls with the same `created` give byte-identical files: zip entries are
// dated 1980-01-01 00:00 and docProps/core.xml carries `created` (libxlsxwriter would
// put the current time there).
//
// Numbers: libxlsxwriter prints them with printf("%.16G"), which follows LC_NUMERIC,
// and QCoreApplication sets the user's locale on Unix ("12,34" in German would make
// the file unreadable): the book puts its thread in the C locale around every
// libxlsxwriter call it makes. Write cells only through writeRow(); workbook() and
// worksheet() are for charts and sheet settings (charts are written by commit()).
//
// Messages are "FILE: reason", translated. A refused sheet or row writes nothing and
// the book stays usable; after a failure to write the file itself every later call
// fails with the same message (hasFailed()).
class XlsxBook final
{
    Q_DECLARE_TR_FUNCTIONS(sd::XlsxBook)
public:
    // Excel's sheet limits: rows (the header included), columns, characters in a cell.
    static constexpr qint64 MaxRows = 1'048'576;
    static constexpr int MaxColumns = 16'384;
    static constexpr qsizetype MaxCellChars = 32'767;
    // Digits after the point of a Decimal or Money cell.
    static constexpr int MaxDecimals = 6;

    // created: the workbook's creation time in docProps/core.xml; invalid means now.
    explicit XlsxBook(const QString &targetPath, const QDateTime &created = QDateTime());
    ~XlsxBook();
    Q_DISABLE_COPY_MOVE(XlsxBook)

    // Adds a sheet and writes its header row (bold, frozen). The name is made one Excel
    // accepts: [ ] : * ? / \ become '_', apostrophes at either end go, it is cut to 31
    // characters (never inside a surrogate pair), an empty name becomes "SheetN", and a
    // name already taken (ignoring case) gets " (2)", " (3)"... Column widths, in
    // characters: widths[i] when given (> 0), else from the header text, widened by
    // commit() for the date, date-time and money values written below it. Returns the
    // sheet's index, or -1 (errorString() tells why).
    int addSheet(const QString &name, const QStringList &header, const QList<double> &widths = {});
    // Appends the sheet's next row; cells beyond the last are empty.
    bool writeRow(int sheet, const QList<Cell> &cells, QString *error);
    // Writes the workbook; the target appears now (atomic).
    bool commit(QString *error);

    bool hasFailed() const { return m_state == State::Failed; }
    // The last refusal or failure.
    QString errorString() const { return m_error; }

    int sheetCount() const { return int(m_sheets.size()); }
    QString sheetName(int sheet) const;
    // Data rows written to the sheet, the header excluded: they are worksheet rows
    // 1..rowsWritten() (0-based; the header is row 0).
    qint64 rowsWritten(int sheet) const;
    // libxlsxwriter's objects, for charts; nullptr once committed or failed.
    lxw_workbook *workbook() const { return m_workbook; }
    lxw_worksheet *worksheet(int sheet) const;

    // Tests: lower the row limit (rows including the header) of sheets added later.
    void setMaxRowsForTest(qint64 rowsIncludingHeader) { m_maxRows = rowsIncludingHeader; }

private:
    enum class State { Open, Failed, Committed };

    struct Sheet
    {
        lxw_worksheet *worksheet = nullptr;
        QString name;
        QStringList header;
        QList<int> autoWidths; // characters; 0 for a column whose width was given
        qint64 rows = 0;
        qint64 maxRows = MaxRows;
    };

    bool checkUsable(QString *error);
    bool fail(const QString &reason, QString *error = nullptr);
    bool refuse(const QString &message, QString *error = nullptr);
    void discard();
    QString uniqueSheetName(const QString &wanted) const;
    QString cellMessage(const Sheet &sheet, int column, const QString &reason) const;
    // The format cached under key, made by setUp the first time.
    lxw_format *format(const QString &key, const std::function<void(lxw_format *)> &setUp);
    // The style of a text that looks like a formula (quote prefix), or nullptr when out
    // of memory.
    lxw_format *quotedTextFormat(bool bold);
    lxw_format *numberFormat(const QString &code);
    bool writeText(lxw_worksheet *ws, qint64 row, int column, const QByteArray &utf8,
                   lxw_format *fmt);
    bool writeNumber(lxw_worksheet *ws, qint64 row, int column, double value, lxw_format *fmt);
    bool repack(QString *reason);

    QString m_fileName; // for messages
    State m_state = State::Open;
    QString m_error;
    std::unique_ptr<QSaveFile> m_out; // the target, written by commit()
    std::unique_ptr<QTemporaryFile> m_temp; // what libxlsxwriter writes
    QByteArray m_tempName; // as libxlsxwriter opens it
    QByteArray m_rowsDir; // where the sheets' row files go
    lxw_workbook *m_workbook = nullptr;
    QList<Sheet> m_sheets;
    QHash<QString, lxw_format *> m_formats;
    qint64 m_maxRows = MaxRows;
};

} // namespace sd
