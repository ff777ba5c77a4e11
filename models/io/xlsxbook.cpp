#include "xlsxbook.h"

#include "celltext.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <ctime>
#include <optional>

#ifdef Q_OS_UNIX
#include <locale.h>
#ifdef Q_OS_DARWIN
#include <xlocale.h>
#endif
#endif

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Excel keeps 15 significant digits of a number: longer values go out as text.
constexpr qint64 MaxExactNumber = 999'999'999'999'999;
constexpr qsizetype MaxSheetNameChars = 31;
// Excel's built-in number formats.
constexpr uint8_t BuiltInInteger = 1; // "0"
constexpr uint8_t BuiltInText = 49; // "@"
// Column widths, in characters, that show the values Excel formats.
constexpr int DateWidth = 12; // "2025-03-01"
constexpr int DateTimeWidth = 21; // "2025-03-01 12:00:00"
constexpr int MoneyWidth = 16; // "USD 1,234,567.89"

// libxlsxwriter prints numbers with printf("%.16G"), which follows LC_NUMERIC; the
// user's locale (QCoreApplication sets it on Unix) may have a decimal comma. This puts
// the calling thread, and only it, in the C locale for the scope's lifetime. Elsewhere
// the C runtime stays in the "C" locale unless the program changes it (Qt does not).
class CNumericScope
{
public:
    CNumericScope()
    {
#ifdef Q_OS_UNIX
        static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
        if (c)
            m_previous = uselocale(c);
#endif
    }
    ~CNumericScope()
    {
#ifdef Q_OS_UNIX
        if (m_previous)
            uselocale(m_previous);
#endif
    }
    Q_DISABLE_COPY_MOVE(CNumericScope)

private:
#ifdef Q_OS_UNIX
    locale_t m_previous = locale_t(nullptr);
#endif
};

// How wide a header text shows, in Excel's character units: East Asian wide
// characters (CJK, Hangul, full-width forms, emoji) count twice.
int displayWidth(const QString &text)
{
    int width = 0;
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                          || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
                          || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Cuts to at most n UTF-16 units without splitting a surrogate pair.
QString cutAt(const QString &text, qsizetype n)
{
    if (text.size() <= n)
        return text;
    qsizetype cut = n;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

// A name Excel accepts for a sheet: no [ ] : * ? / \, no apostrophe at either end, at
// most 31 characters; empty when nothing is left.
QString excelSheetName(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted) {
        const bool refused = c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?'
                             || c == u'/' || c == u'\\';
        name += refused ? u'_' : c;
    }
    auto trimApostrophes = [&name] {
        while (name.startsWith(u'\''))
            name.remove(0, 1);
        while (name.endsWith(u'\''))
            name.chop(1);
    };
    trimApostrophes();
    if (name.size() > MaxSheetNameChars) {
        name = cutAt(name, MaxSheetNameChars);
        trimApostrophes();
    }
    return name;
}

// Excel's line break inside a cell is LF.
QString excelLineBreaks(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString s = text;
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(u'\r', u'\n');
    return s;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

// The text as the cell stores it, UTF-8: characters XML 1.0 cannot carry (control
// characters other than tab and LF, U+FFFE, U+FFFF) written the OOXML way, _xHHHH_,
// and an "_xHHHH_" already in the text with its underscore escaped (_x005F_) so Excel
// shows it as written. *storedChars counts its code points, which libxlsxwriter holds
// against Excel's cell limit.
QByteArray storedText(const QString &text, qsizetype *storedChars)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF)
            out += u"_x"_s + QString::number(u, 16).toUpper().rightJustified(4, u'0') + u'_';
        else if (c == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
                 && isHexDigit(text.at(i + 2)) && isHexDigit(text.at(i + 3))
                 && isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5))
                 && text.at(i + 6) == u'_')
            out += u"_x005F_"_s;
        else
            out += c;
    }
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!out.at(i).isLowSurrogate())
            ++codePoints;
    }
    *storedChars = codePoints;
    return out.toUtf8();
}

// Excel's serial date-time (1900 system: 1900-01-01 is 1, and the phantom 1900-02-29
// is 60), or nothing outside the years Excel can show.
std::optional<double> excelSerial(const QDate &date, int msecsOfDay)
{
    if (date.year() < 1900 || date.year() > 9999)
        return std::nullopt;
    const bool beforePhantomDay = date < QDate(1900, 3, 1);
    const qint64 days = QDate(1899, 12, beforePhantomDay ? 31 : 30).daysTo(date);
    return double(days) + msecsOfDay / 86'400'000.0;
}

// Up to 15 digits (of minor units, or of parts per million): Excel keeps the value.
bool fitsExcel(qint64 digits)
{
    return digits >= -MaxExactNumber && digits <= MaxExactNumber;
}

double powerOfTen(int n)
{
    double p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// minorUnits / 10^decimals, the double nearest to the exact value (both operands are
// exact, and IEEE division rounds correctly).
double scaled(qint64 minorUnits, int decimals)
{
    return double(minorUnits) / powerOfTen(decimals);
}

// "[$USD] #,##0.00;-[$USD] #,##0.00": the code as Excel shows a currency it has no
// symbol for. Only ASCII letters and digits of the code are kept.
QString moneyFormatCode(const QString &currency, int decimals)
{
    QString code;
    for (const QChar c : currency) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            code += c.toUpper();
    }
    code.truncate(8);
    const QString number = decimals > 0 ? QString(u"#,##0."_s + QString(decimals, u'0'))
                                        : u"#,##0"_s;
    if (code.isEmpty())
        return number;
    return u"[$%1] %2;-[$%1] %2"_s.arg(code, number);
}

// libxlsxwriter 1.1.4 cannot set quotePrefix: every cell style (cellXfs/xf) of the Text
// number format (@, id 49) gets quotePrefix="1" here. Only the book's formula-looking
// texts use that format.
QByteArray withQuotePrefix(QByteArray styles)
{
    const qsizetype begin = styles.indexOf("<cellXfs");
    qsizetype end = begin < 0 ? -1 : styles.indexOf("</cellXfs>", begin);
    if (end < 0)
        return styles;
    const QByteArray attribute = " quotePrefix=\"1\"";
    qsizetype pos = begin;
    while ((pos = styles.indexOf("<xf ", pos)) >= 0 && pos < end) {
        const qsizetype close = styles.indexOf('>', pos);
        if (close < 0 || close > end)
            break;
        const qsizetype tagEnd = styles.at(close - 1) == '/' ? close - 1 : close;
        const QByteArrayView tag(styles.constData() + pos, tagEnd - pos);
        if (tag.contains(" numFmtId=\"49\"") && !tag.contains(" quotePrefix=")) {
            styles.insert(tagEnd, attribute);
            end += attribute.size();
        }
        pos = tagEnd;
    }
    return styles;
}

// The workbook file name as libxlsxwriter opens it: UTF-8 for its wide Win32 calls
// (MSVC builds), the file system's encoding elsewhere.
QByteArray libraryPath(const QString &path)
{
#if defined(Q_OS_WIN) && !defined(Q_CC_MINGW)
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(QDir::toNativeSeparators(path));
#endif
}

// Where libxlsxwriter puts the sheets' row files: the target's folder, or the system
// temp folder when the local 8-bit encoding (its narrow open() calls) cannot name the
// folder; empty lets libxlsxwriter choose.
QByteArray rowsDirectory(const QString &targetDir)
{
    for (const QString &dir : {targetDir, QDir::tempPath()}) {
        const QString native = QDir::toNativeSeparators(dir);
        const QByteArray encoded = QFile::encodeName(native);
        if (!encoded.isEmpty() && QFile::decodeName(encoded) == native)
            return encoded;
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------

XlsxBook::XlsxBook(const QString &targetPath, const QDateTime &created)
    : m_fileName(QDir::toNativeSeparators(targetPath))
{
    m_out = std::make_unique<QSaveFile>(targetPath);
    if (!m_out->open(QIODevice::WriteOnly)) {
        fail(m_out->errorString());
        return;
    }
    const QFileInfo target(targetPath);
    m_temp = std::make_unique<QTemporaryFile>(
            target.dir().filePath(u"."_s + target.fileName() + u".XXXXXX"_s));
    if (!m_temp->open()) {
        fail(m_temp->errorString());
        return;
    }
    m_temp->close(); // libxlsxwriter writes it under its name
    m_tempName = libraryPath(m_temp->fileName());
    m_rowsDir = rowsDirectory(target.absolutePath());

    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_rowsDir.isEmpty() ? nullptr : m_rowsDir.data();
    // Only the temporary: commit() uses Zip64 fields where an entry needs them.
    options.use_zip64 = LXW_TRUE;
    CNumericScope cLocale;
    m_workbook = workbook_new_opt(m_tempName.constData(), &options);
    if (!m_workbook) {
        fail(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
        return;
    }
    lxw_doc_properties properties = {};
    const QDateTime when = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    properties.created = std::time_t(when.toSecsSinceEpoch());
    workbook_set_properties(m_workbook, &properties);
}

XlsxBook::~XlsxBook()
{
    discard();
}

void XlsxBook::discard()
{
    if (m_workbook) {
        // libxlsxwriter has no call to drop a workbook: lxw_workbook_free() frees it
        // without writing, but leaves the sheets' row files (constant_memory) open.
        lxw_worksheet *ws = nullptr;
        LXW_FOREACH_WORKSHEET(ws, m_workbook)
        {
            if (ws->optimize_tmpfile) {
                std::fclose(ws->optimize_tmpfile);
                ws->optimize_tmpfile = nullptr;
                ws->file = nullptr;
            }
        }
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
    }
    for (Sheet &sheet : m_sheets)
        sheet.worksheet = nullptr;
    m_out.reset(); // a QSaveFile never committed removes its temporary
    m_temp.reset(); // removes libxlsxwriter's file
}

bool XlsxBook::checkUsable(QString *error)
{
    switch (m_state) {
    case State::Open:
        return true;
    case State::Failed:
        if (error)
            *error = m_error;
        return false;
    case State::Committed:
        return refuse(tr("%1: the workbook is already written").arg(m_fileName), error);
    }
    return false;
}

bool XlsxBook::fail(const QString &reason, QString *error)
{
    m_error = tr("%1: cannot write: %2").arg(m_fileName, reason);
    m_state = State::Failed;
    discard();
    if (error)
        *error = m_error;
    return false;
}

bool XlsxBook::refuse(const QString &message, QString *error)
{
    m_error = message;
    if (error)
        *error = message;
    return false;
}

QString XlsxBook::sheetName(int sheet) const
{
    return sheet >= 0 && sheet < m_sheets.size() ? m_sheets.at(sheet).name : QString();
}

qint64 XlsxBook::rowsWritten(int sheet) const
{
    return sheet >= 0 && sheet < m_sheets.size() ? m_sheets.at(sheet).rows : 0;
}

lxw_worksheet *XlsxBook::worksheet(int sheet) const
{
    return sheet >= 0 && sheet < m_sheets.size() ? m_sheets.at(sheet).worksheet : nullptr;
}

QString XlsxBook::uniqueSheetName(const QString &wanted) const
{
    auto taken = [this](const QString &name) {
        for (const Sheet &sheet : m_sheets) {
            if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString base = excelSheetName(wanted);
    if (base.isEmpty())
        base = u"Sheet%1"_s.arg(m_sheets.size() + 1);
    if (!taken(base))
        return base;
    for (qsizetype n = 2;; ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        const QString candidate = cutAt(base, MaxSheetNameChars - suffix.size()) + suffix;
        if (!taken(candidate))
            return candidate;
    }
}

QString XlsxBook::cellMessage(const Sheet &sheet, int column, const QString &reason) const
{
    // One arg() call: a "%2" in a file name must stay as it is.
    return tr("%1: row %2, column %3 \"%4\": %5")
            .arg(m_fileName, QString::number(sheet.rows + 1), celltext::columnLetters(column + 1),
                 sheet.header.value(column), reason);
}

int XlsxBook::addSheet(const QString &name, const QStringList &header, const QList<double> &widths)
{
    if (!checkUsable(nullptr))
        return -1;
    if (header.size() > MaxColumns) {
        refuse(tr("%1: the table has %2 columns; an Excel sheet holds at most %3")
                       .arg(m_fileName, QString::number(header.size()),
                            QString::number(MaxColumns)));
        return -1;
    }
    QList<QByteArray> titles;
    titles.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString title = excelLineBreaks(header.at(i));
        qsizetype stored = 0;
        titles << storedText(title, &stored);
        if (title.size() > MaxCellChars || stored > MaxCellChars) {
            refuse(tr("%1: the title of column %2 is longer than the %3 characters an Excel "
                      "cell holds")
                           .arg(m_fileName, celltext::columnLetters(int(i) + 1),
                                QString::number(MaxCellChars)));
            return -1;
        }
    }

    CNumericScope cLocale;
    Sheet sheet;
    sheet.name = uniqueSheetName(name);
    sheet.header = header;
    sheet.maxRows = m_maxRows;
    sheet.worksheet = workbook_add_worksheet(m_workbook, sheet.name.toUtf8().constData());
    if (!sheet.worksheet) {
        // The name is one Excel accepts: what failed is the sheet's row file.
        fail(QString::fromUtf8(lxw_strerror(LXW_ERROR_CREATING_TMPFILE)));
        return -1;
    }
    worksheet_freeze_panes(sheet.worksheet, 1, 0);
    sheet.autoWidths.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const double given = widths.value(i);
        if (given > 0) {
            worksheet_set_column(sheet.worksheet, lxw_col_t(i), lxw_col_t(i), given, nullptr);
            sheet.autoWidths << 0;
        } else {
            // Room for the bold title, within reason.
            sheet.autoWidths << qBound(10, displayWidth(header.at(i)) + 3, 60);
        }
    }
    for (qsizetype i = 0; i < titles.size(); ++i) {
        if (titles.at(i).isEmpty())
            continue;
        lxw_format *fmt = celltext::startsLikeFormula(header.at(i))
                                  ? quotedTextFormat(true)
                                  : format(u"bold"_s, [](lxw_format *f) { format_set_bold(f); });
        if (!fmt) {
            fail(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
            return -1;
        }
        if (!writeText(sheet.worksheet, 0, int(i), titles.at(i), fmt))
            return -1;
    }
    m_sheets << sheet;
    return int(m_sheets.size() - 1);
}

lxw_format *XlsxBook::format(const QString &key, const std::function<void(lxw_format *)> &setUp)
{
    if (const auto it = m_formats.constFind(key); it != m_formats.cend())
        return it.value();
    lxw_format *f = workbook_add_format(m_workbook);
    if (f) {
        setUp(f);
        m_formats.insert(key, f);
    }
    return f; // nullptr only when out of memory: the cell then has the default style
}

lxw_format *XlsxBook::quotedTextFormat(bool bold)
{
    return format(bold ? u"bold text"_s : u"text"_s, [bold](lxw_format *f) {
        if (bold)
            format_set_bold(f);
        // The Text format tells these cells apart; commit() adds the quote prefix.
        format_set_num_format_index(f, BuiltInText);
    });
}

lxw_format *XlsxBook::numberFormat(const QString &code)
{
    const QByteArray utf8 = code.toUtf8();
    return format(u"number "_s + code,
                  [&utf8](lxw_format *f) { format_set_num_format(f, utf8.constData()); });
}

bool XlsxBook::writeText(lxw_worksheet *ws, qint64 row, int column, const QByteArray &utf8,
                         lxw_format *fmt)
{
    if (utf8.isEmpty())
        return true; // an empty string is no cell
    const lxw_error e = worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column),
                                               utf8.constData(), fmt);
    return e == LXW_NO_ERROR || fail(QString::fromUtf8(lxw_strerror(e)));
}

bool XlsxBook::writeNumber(lxw_worksheet *ws, qint64 row, int column, double value,
                           lxw_format *fmt)
{
    const lxw_error e = worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(column), value, fmt);
    return e == LXW_NO_ERROR || fail(QString::fromUtf8(lxw_strerror(e)));
}

bool XlsxBook::writeRow(int sheetIndex, const QList<Cell> &cells, QString *error)
{
    if (!checkUsable(error))
        return false;
    if (sheetIndex < 0 || sheetIndex >= m_sheets.size())
        return refuse(tr("%1: the workbook has no sheet %2")
                              .arg(m_fileName, QString::number(sheetIndex)), error);
    Sheet &sheet = m_sheets[sheetIndex];
    if (cells.size() > sheet.header.size())
        return refuse(tr("%1: row %2 has %3 cells but the header has %4 columns")
                              .arg(m_fileName, QString::number(sheet.rows + 1),
                                   QString::number(cells.size()),
                                   QString::number(sheet.header.size())),
                      error);
    if (sheet.rows + 2 > sheet.maxRows)
        return refuse(tr("%1: the view has too many rows for an .xlsx file (an Excel sheet holds "
                         "%2 rows with the header); export it as CSV")
                              .arg(m_fileName, QString::number(sheet.maxRows)),
                      error);

    // Everything is checked first: a refused row writes nothing.
    QList<QByteArray> texts(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells.at(i);
        if ((cell.kind == Cell::Kind::Decimal || cell.kind == Cell::Kind::Money)
            && (cell.decimals < 0 || cell.decimals > MaxDecimals))
            return refuse(cellMessage(sheet, int(i),
                                      tr("a decimal has %1 digits after the point; at most %2 "
                                         "can be written")
                                              .arg(cell.decimals)
                                              .arg(MaxDecimals)),
                          error);
        if (cell.kind != Cell::Kind::Text)
            continue;
        const QString text = excelLineBreaks(cell.text);
        qsizetype stored = 0;
        texts[i] = storedText(text, &stored);
        if (text.size() > MaxCellChars || stored > MaxCellChars)
            return refuse(cellMessage(sheet, int(i),
                                      tr("the text has %1 characters; an Excel cell holds at "
                                         "most %2 (export CSV to keep it whole)")
                                              .arg(qMax(text.size(), stored))
                                              .arg(MaxCellChars)),
                          error);
    }

    CNumericScope cLocale;
    lxw_worksheet *ws = sheet.worksheet;
    const qint64 row = sheet.rows + 1;
    auto widen = [&sheet](qsizetype column, int width) {
        int &w = sheet.autoWidths[column];
        if (w > 0)
            w = qMax(w, width);
    };
    // Numbers too long for Excel's 15 digits, and dates it cannot show, as text.
    auto asText = [&](int column, const QString &text) {
        qsizetype stored = 0;
        return writeText(ws, row, column, storedText(text, &stored), nullptr);
    };
    auto integerFormat = [this] {
        return format(u"integer"_s, [](lxw_format *f) {
            format_set_num_format_index(f, BuiltInInteger);
        });
    };
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells.at(i);
        const int column = int(i);
        bool ok = true;
        switch (cell.kind) {
        case Cell::Kind::Empty:
            break;
        case Cell::Kind::Text:
            if (!celltext::startsLikeFormula(cell.text)) {
                ok = writeText(ws, row, column, texts.at(i), nullptr);
            } else if (lxw_format *quoted = quotedTextFormat(false)) {
                ok = writeText(ws, row, column, texts.at(i), quoted);
            } else {
                ok = fail(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
            }
            break;
        case Cell::Kind::Integer:
            ok = fitsExcel(cell.integer)
                         ? writeNumber(ws, row, column, double(cell.integer), integerFormat())
                         : asText(column, QString::number(cell.integer));
            break;
        case Cell::Kind::Decimal:
            ok = fitsExcel(cell.integer)
                         ? writeNumber(ws, row, column, scaled(cell.integer, cell.decimals),
                                       cell.decimals == 0
                                               ? integerFormat()
                                               : numberFormat(u"0."_s
                                                              + QString(cell.decimals, u'0')))
                         : asText(column, celltext::decimalText(cell.integer, cell.decimals));
            break;
        case Cell::Kind::Money:
            widen(i, MoneyWidth);
            ok = fitsExcel(cell.integer)
                         ? writeNumber(ws, row, column, scaled(cell.integer, cell.decimals),
                                       numberFormat(moneyFormatCode(cell.currency, cell.decimals)))
                         : asText(column, celltext::decimalText(cell.integer, cell.decimals));
            break;
        case Cell::Kind::Percent:
            ok = fitsExcel(cell.integer)
                         ? writeNumber(ws, row, column, scaled(cell.integer, 6),
                                       numberFormat(u"0.00%"_s))
                         : asText(column, celltext::percentText(cell.integer));
            break;
        case Cell::Kind::Date: {
            if (!cell.date.isValid())
                break;
            widen(i, DateWidth);
            const std::optional<double> serial = excelSerial(cell.date, 0);
            ok = serial ? writeNumber(ws, row, column, *serial, numberFormat(u"yyyy-mm-dd"_s))
                        : asText(column, celltext::isoDate(cell.date));
            break;
        }
        case Cell::Kind::DateTime: {
            if (!cell.dateTime.isValid())
                break;
            widen(i, DateTimeWidth);
            const std::optional<double> serial
                    = excelSerial(cell.dateTime.date(), cell.dateTime.time().msecsSinceStartOfDay());
            ok = serial ? writeNumber(ws, row, column, *serial,
                                      numberFormat(u"yyyy-mm-dd hh:mm:ss"_s))
                        : asText(column, celltext::isoDateTime(cell.dateTime));
            break;
        }
        }
        if (!ok)
            return refuse(m_error, error); // the book has failed
    }
    ++sheet.rows;
    return true;
}

bool XlsxBook::commit(QString *error)
{
    if (!checkUsable(error))
        return false;
    {
        CNumericScope cLocale;
        for (const Sheet &sheet : m_sheets) {
            for (qsizetype i = 0; i < sheet.autoWidths.size(); ++i) {
                if (sheet.autoWidths.at(i) > 0)
                    worksheet_set_column(sheet.worksheet, lxw_col_t(i), lxw_col_t(i),
                                         sheet.autoWidths.at(i), nullptr);
            }
        }
        const lxw_error closed = workbook_close(m_workbook); // frees the workbook
        m_workbook = nullptr;
        for (Sheet &sheet : m_sheets)
            sheet.worksheet = nullptr;
        if (closed != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(closed)), error);
    }
    QString reason;
    if (!repack(&reason))
        return fail(reason, error);
    if (!m_out->commit())
        return fail(m_out->errorString(), error);
    m_out.reset();
    m_temp.reset();
    m_state = State::Committed;
    return true;
}

// libxlsxwriter's file, entry by entry and as stored, into the target's QSaveFile; only
// xl/styles.xml is unpacked, to set the quote prefix.
bool XlsxBook::repack(QString *reason)
{
    ZipReader in(m_temp->fileName());
    if (!in.open()) {
        *reason = in.errorString();
        return false;
    }
    ZipWriter out(m_out.get());
    if (!out.open()) {
        *reason = out.errorString();
        return false;
    }
    const QStringList names = in.entryNames();
    for (const QString &name : names) {
        if (name == u"xl/styles.xml"_s) {
            const std::unique_ptr<QIODevice> part = in.openEntry(name);
            const QByteArray styles = part ? part->readAll() : QByteArray();
            if (!part || !in.errorString().isEmpty()) {
                *reason = in.errorString();
                return false;
            }
            if (!out.addFile(name, withQuotePrefix(styles))) {
                *reason = out.errorString();
                return false;
            }
        } else if (!out.copyEntry(in, name)) {
            *reason = out.errorString();
            return false;
        }
    }
    if (!out.close()) {
        *reason = out.errorString();
        return false;
    }
    return true;
}

} // namespace sd
