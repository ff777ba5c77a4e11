#include "tablewriter.h"

#include "celltext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace sd {

// ---------------------------------------------------------------------------------------
// Cell

Cell Cell::empty()
{
    return {};
}

Cell Cell::ofText(const QString &t)
{
    Cell c;
    c.kind = Kind::Text;
    c.text = t;
    return c;
}

Cell Cell::ofInteger(qint64 v)
{
    Cell c;
    c.kind = Kind::Integer;
    c.integer = v;
    return c;
}

Cell Cell::ofDecimal(qint64 minorUnits, int decimals)
{
    Cell c;
    c.kind = Kind::Decimal;
    c.integer = minorUnits;
    c.decimals = decimals;
    return c;
}

Cell Cell::ofDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    Cell c;
    c.kind = Kind::DateTime;
    c.dateTime = dt;
    return c;
}

namespace {

using celltext::columnLetters;
using celltext::decimalText;
using celltext::isoDateTime;
using celltext::startsLikeFormula;

constexpr int MaxDecimals = 6;
// Excel keeps 15 significant digits of a number: longer integers go out as text.
constexpr qint64 MaxExactNumber = 999'999'999'999'999;
constexpr qsizetype FlushBytes = 64 * 1024;
constexpr int XlsxMaxColumns = 16'384;
constexpr qsizetype XlsxMaxSheetNameChars = 31;

// RFC 4180: quote when the field holds a comma, a quote, CR or LF, or starts or ends
// with a space (spreadsheets trim unquoted ones); quotes inside are doubled.
QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
                       || text.contains(u'\n') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return QString(u'"' + escaped + u'"');
}

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

// A name Excel accepts for a sheet: no [ ] : * ? / \, no apostrophe at either end, at
// most 31 characters (a surrogate pair is never cut), not empty.
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
    if (name.size() > XlsxMaxSheetNameChars) {
        qsizetype cut = XlsxMaxSheetNameChars;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
        trimApostrophes();
    }
    return name.isEmpty() ? u"Sheet1"_s : name;
}

// Excel's line break inside a cell is LF; XML would turn a CR LF into LF anyway.
QString excelLineBreaks(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString s = text;
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(u'\r', u'\n');
    return s;
}

// ---------------------------------------------------------------------------------------
// What both formats share: the call order, the header's width and the messages.

class WriterBase : public TableWriter
{
public:
    explicit WriterBase(const QString &path)
        : m_fileName(QDir::toNativeSeparators(path))
    { }

    qint64 rowsWritten() const override { return m_rows; }

protected:
    enum class State { New, Open, Failed, Done };

    // Refuses the call unless the writer is in `wanted` state.
    bool checkState(State wanted, QString *error)
    {
        if (m_state == wanted)
            return true;
        switch (m_state) {
        case State::Failed:
            return report(error, m_failure);
        case State::Done:
            return report(error, tr("%1: the export is already finished").arg(m_fileName));
        case State::New:
            return report(error, tr("%1: the export was not started").arg(m_fileName));
        case State::Open:
            return report(error, tr("%1: the export is already started").arg(m_fileName));
        }
        return false;
    }

    static bool report(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    // The file cannot be written: every later call fails with this message.
    bool failFile(QString *error, const QString &reason)
    {
        m_failure = tr("%1: cannot write: %2").arg(m_fileName, reason);
        m_state = State::Failed;
        return report(error, m_failure);
    }

    // "orders.xlsx: row 12, column C "Buyer note": reason" (data rows, header excluded).
    QString cellMessage(int column, const QString &reason) const
    {
        // One arg() call: a "%2" in a file name must stay as it is.
        return tr("%1: row %2, column %3 \"%4\": %5")
                .arg(m_fileName, QString::number(m_rows + 1), columnLetters(column + 1),
                     m_header.value(column), reason);
    }

    // Checks what both formats refuse; nothing of the row is written then.
    bool checkRow(const QList<Cell> &cells, QString *error) const
    {
        if (cells.size() > m_header.size())
            return report(error, tr("%1: row %2 has %3 cells but the header has %4 columns")
                                         .arg(m_fileName, QString::number(m_rows + 1),
                                              QString::number(cells.size()),
                                              QString::number(m_header.size())));
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Cell &cell = cells.at(i);
            if (cell.kind == Cell::Kind::Decimal
                && (cell.decimals < 0 || cell.decimals > MaxDecimals))
                return report(error, cellMessage(int(i), tr("a decimal has %1 digits after the "
                                                            "point; at most %2 can be written")
                                                                 .arg(cell.decimals)
                                                                 .arg(MaxDecimals)));
        }
        return true;
    }

    bool checkHeader(const QStringList &header, QString *error) const
    {
        if (header.isEmpty())
            return report(error, tr("%1: the table has no columns").arg(m_fileName));
        return true;
    }

    QString m_fileName; // for messages
    QStringList m_header;
    State m_state = State::New;
    QString m_failure;
    qint64 m_rows = 0;
};

// ---------------------------------------------------------------------------------------
// CSV through QSaveFile: the target is replaced only by commit().

class CsvTableWriter final : public WriterBase
{
public:
    explicit CsvTableWriter(const QString &path)
        : WriterBase(path)
        , m_file(path)
    { }
    // QSaveFile discards its temporary file when destroyed without commit().
    ~CsvTableWriter() override = default;

    bool open(const QStringList &header, QString *error) override
    {
        if (!checkState(State::New, error) || !checkHeader(header, error))
            return false;
        if (!m_file.open(QIODevice::WriteOnly))
            return failFile(error, m_file.errorString());
        m_state = State::Open;
        m_header = header;
        m_buffer = "\xEF\xBB\xBF"; // Excel on Windows reads UTF-8 only with a BOM
        QStringList fields;
        fields.reserve(header.size());
        for (const QString &title : header)
            fields << csvField(title);
        return appendLine(fields, error);
    }

    bool writeRow(const QList<Cell> &cells, QString *error) override
    {
        if (!checkState(State::Open, error) || !checkRow(cells, error))
            return false;
        QStringList fields;
        fields.reserve(m_header.size());
        for (const Cell &cell : cells)
            fields << csvField(text(cell));
        while (fields.size() < m_header.size())
            fields << QString();
        if (!appendLine(fields, error))
            return false;
        ++m_rows;
        return true;
    }

    bool commit(QString *error) override
    {
        if (!checkState(State::Open, error) || !flush(error))
            return false;
        if (!m_file.commit())
            return failFile(error, m_file.errorString());
        m_state = State::Done;
        return true;
    }

private:
    static QString text(const Cell &cell)
    {
        switch (cell.kind) {
        case Cell::Kind::Empty:
            return {};
        case Cell::Kind::Text:
            return startsLikeFormula(cell.text) ? QString(u'\'' + cell.text) : cell.text;
        case Cell::Kind::Integer:
            return QString::number(cell.integer);
        case Cell::Kind::Decimal:
            return decimalText(cell.integer, cell.decimals);
        case Cell::Kind::DateTime:
            return isoDateTime(cell.dateTime);
        }
        return {};
    }

    bool appendLine(const QStringList &fields, QString *error)
    {
        m_buffer += QString(fields.join(u',') + u"\r\n"_s).toUtf8();
        return m_buffer.size() < FlushBytes || flush(error);
    }

    bool flush(QString *error)
    {
        if (m_buffer.isEmpty())
            return true;
        if (m_file.write(m_buffer) != m_buffer.size()) {
            const QString reason = m_file.errorString();
            m_file.cancelWriting();
            return failFile(error, reason);
        }
        m_buffer.clear();
        return true;
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

// ---------------------------------------------------------------------------------------
// XLSX: the workbook's parts are zipped with QuaZip straight into a QSaveFile, the
// sheet streamed row by row, so memory stays flat however many rows there are and the
// target is replaced only by commit().

// Escapes text for XML content or a double-quoted attribute. Characters XML 1.0 cannot
// carry (control characters, U+FFFE, U+FFFF) are written the OOXML way, as _xHHHH_, and
// an "_xHHHH_" already in the text gets its underscore escaped so Excel shows it as is.
void appendXml(QString &out, QStringView text)
{
    auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (c == u'"')
            out += u"&quot;"_s;
        else if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            out += u"_x"_s + QString::number(u, 16).toUpper().rightJustified(4, u'0') + u'_';
        else if (c == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && isHex(text[i + 2])
                 && isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5])
                 && text[i + 6] == u'_')
            out += u"_x005F_"_s;
        else
            out += c;
    }
}

QString xmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendXml(out, text);
    return out;
}

// Excel's column width for n characters of the default font (Calibri 11: 7 pixel
// digits, 5 pixels of padding), as Excel itself stores it.
double excelColumnWidth(int characters)
{
    const int pixels = characters * 7 + 5;
    return double(qint64(double(pixels) / 7.0 * 256.0)) / 256.0;
}

// Excel's serial date-time (1900 system: 1900-01-01 is 1, and the phantom 1900-02-29 is
// 60), the wall clock as written; empty outside the years Excel can show.
QString excelSerial(const QDateTime &dt)
{
    const QDate date = dt.date();
    if (date.year() < 1900 || date.year() > 9999)
        return {};
    const bool beforePhantomDay = date < QDate(1900, 3, 1);
    const qint64 days = QDate(1899, 12, beforePhantomDay ? 31 : 30).daysTo(date);
    const int msecs = dt.time().msecsSinceStartOfDay();
    if (msecs == 0)
        return QString::number(days);
    return QString::number(double(days) + msecs / 86'400'000.0, 'g',
                           QLocale::FloatingPointShortest);
}

// The workbook's fixed parts. Besides the sheet: content types, relationships and
// styles (numFmt 164 date-time, 165..170 one to six decimals).
constexpr char ContentTypesXml[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>)";

constexpr char PackageRelsXml[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

constexpr char WorkbookRelsXml[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";

// Around the (escaped) sheet name.
constexpr char WorkbookXmlHead[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<bookViews><workbookView/></bookViews>
<sheets><sheet name=")";
constexpr char WorkbookXmlTail[] = R"(" sheetId="1" r:id="rId1"/></sheets>
</workbook>)";

enum Style : int { // indexes into cellXfs below
    StyleDefault = 0,
    StyleBold = 1,
    StyleInteger = 2, // "0"
    StyleDateTime = 3, // "yyyy-mm-dd hh:mm:ss"
    StyleDecimal0 = 4, // + decimals: "0", "0.0" ... "0.000000"
};
static_assert(MaxDecimals == 6, "styles.xml has formats for 0 to 6 decimals");

constexpr char StylesXml[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="7">
<numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>
<numFmt numFmtId="165" formatCode="0.0"/>
<numFmt numFmtId="166" formatCode="0.00"/>
<numFmt numFmtId="167" formatCode="0.000"/>
<numFmt numFmtId="168" formatCode="0.0000"/>
<numFmt numFmtId="169" formatCode="0.00000"/>
<numFmt numFmtId="170" formatCode="0.000000"/>
</numFmts>
<fonts count="2">
<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>
</fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="11">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>)";

// The sheet up to its columns: the header row frozen.
constexpr char SheetXmlHead[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetViews><sheetView tabSelected="1" workbookViewId="0">
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>
</sheetView></sheetViews>
<sheetFormatPr defaultRowHeight="15"/>
)";
constexpr char SheetXmlTail[] = R"(</sheetData>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
</worksheet>)";

class XlsxTableWriter final : public WriterBase
{
public:
    XlsxTableWriter(const QString &path, const QString &sheetName)
        : WriterBase(path)
        , m_file(path)
        , m_sheetName(excelSheetName(sheetName))
    { }

    // Members go in reverse order: the sheet entry and the archive are closed into the
    // QSaveFile, which then discards everything unless commit() ran.
    ~XlsxTableWriter() override = default;

    bool open(const QStringList &header, QString *error) override
    {
        if (!checkState(State::New, error) || !checkHeader(header, error))
            return false;
        if (header.size() > XlsxMaxColumns)
            return report(error, tr("%1: the table has %2 columns; an Excel sheet holds at most %3")
                                         .arg(m_fileName, QString::number(header.size()),
                                              QString::number(XlsxMaxColumns)));
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).size() > XlsxMaxCellChars)
                return report(error, tr("%1: the title of column %2 is longer than the %3 "
                                        "characters an Excel cell holds")
                                             .arg(m_fileName, columnLetters(int(i) + 1),
                                                  QString::number(XlsxMaxCellChars)));
        }
        if (!m_file.open(QIODevice::WriteOnly))
            return failFile(error, m_file.errorString());
        m_state = State::Open;
        m_header = header;
        m_zip = std::make_unique<QuaZip>(&m_file);
        m_zip->setAutoClose(false); // QSaveFile must not be closed, only committed
        m_zip->setDataDescriptorWritingEnabled(false); // sizes in the local headers
        if (!m_zip->open(QuaZip::mdCreate))
            return failZip(error, m_zip->getZipError());

        const QByteArray workbookXml
                = WorkbookXmlHead + xmlEscaped(m_sheetName).toUtf8() + WorkbookXmlTail;
        const bool written = writePart(u"[Content_Types].xml"_s, ContentTypesXml, error)
                             && writePart(u"_rels/.rels"_s, PackageRelsXml, error)
                             && writePart(u"xl/workbook.xml"_s, workbookXml, error)
                             && writePart(u"xl/_rels/workbook.xml.rels"_s, WorkbookRelsXml, error)
                             && writePart(u"xl/styles.xml"_s, StylesXml, error);
        if (!written)
            return false;

        // The sheet stays open until commit(); its beginning (the column widths) waits
        // for the first data row, which may widen date-time columns.
        m_sheetEntry = std::make_unique<QuaZipFile>(m_zip.get());
        if (!m_sheetEntry->open(QIODevice::WriteOnly, QuaZipNewInfo(u"xl/worksheets/sheet1.xml"_s)))
            return failZip(error, m_sheetEntry->getZipError());
        m_columnRefs.reserve(header.size());
        m_widths.reserve(header.size());
        for (qsizetype i = 0; i < header.size(); ++i) {
            m_columnRefs << columnLetters(int(i) + 1);
            // Room for the bold title, within reason.
            m_widths << qBound(10, displayWidth(header.at(i)) + 3, 60);
        }
        return true;
    }

    bool writeRow(const QList<Cell> &cells, QString *error) override
    {
        if (!checkState(State::Open, error) || !checkRow(cells, error))
            return false;
        if (m_rows + 2 > maxRows())
            return report(error, tr("%1: the view has too many rows for an .xlsx file (an Excel "
                                    "sheet holds %2 rows with the header); export it as CSV")
                                         .arg(m_fileName, QString::number(maxRows())));
        QList<QString> texts(cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells.at(i).kind != Cell::Kind::Text)
                continue;
            texts[i] = excelLineBreaks(cells.at(i).text);
            if (texts.at(i).size() > XlsxMaxCellChars)
                return report(error, cellMessage(int(i), tr("the text has %1 characters; an Excel "
                                                            "cell holds at most %2 (export CSV "
                                                            "to keep it whole)")
                                                                 .arg(texts.at(i).size())
                                                                 .arg(XlsxMaxCellChars)));
        }

        if (!m_sheetStarted) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (cells.at(i).kind == Cell::Kind::DateTime) // "2025-03-01 12:00:00"
                    m_widths[i] = qMax(m_widths.at(i), 21);
            }
            startSheet();
        }

        const QString row = QString::number(m_rows + 2);
        QString xml;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Cell &cell = cells.at(i);
            const QString ref = m_columnRefs.at(i) + row;
            switch (cell.kind) {
            case Cell::Kind::Empty:
                break;
            case Cell::Kind::Text:
                appendText(xml, ref, texts.at(i), StyleDefault);
                break;
            case Cell::Kind::Integer:
                if (cell.integer >= -MaxExactNumber && cell.integer <= MaxExactNumber)
                    appendNumber(xml, ref, QString::number(cell.integer), StyleInteger);
                else
                    appendText(xml, ref, QString::number(cell.integer), StyleDefault);
                break;
            case Cell::Kind::Decimal: {
                // The exact decimal text is the stored number: no double on the way.
                const QString text = decimalText(cell.integer, cell.decimals);
                if (cell.integer >= -MaxExactNumber && cell.integer <= MaxExactNumber)
                    appendNumber(xml, ref, text, StyleDecimal0 + cell.decimals);
                else
                    appendText(xml, ref, text, StyleDefault);
                break;
            }
            case Cell::Kind::DateTime: {
                if (!cell.dateTime.isValid())
                    break;
                const QString serial = excelSerial(cell.dateTime);
                if (serial.isEmpty())
                    appendText(xml, ref, isoDateTime(cell.dateTime), StyleDefault);
                else
                    appendNumber(xml, ref, serial, StyleDateTime);
                break;
            }
            }
        }
        if (!xml.isEmpty()) // a row of nothing is left out, as Excel does
            m_buffer += QString(u"<row r=\""_s + row + u"\">"_s + xml + u"</row>"_s).toUtf8();
        if (m_buffer.size() >= FlushBytes && !flush(error))
            return false;
        ++m_rows;
        return true;
    }

    bool commit(QString *error) override
    {
        if (!checkState(State::Open, error))
            return false;
        if (!m_sheetStarted)
            startSheet();
        m_buffer += SheetXmlTail;
        if (!flush(error))
            return false;
        m_sheetEntry->close();
        if (m_sheetEntry->getZipError() != ZIP_OK)
            return failZip(error, m_sheetEntry->getZipError());
        m_zip->close();
        if (m_zip->getZipError() != ZIP_OK)
            return failZip(error, m_zip->getZipError());
        if (!m_file.commit())
            return failFile(error, m_file.errorString());
        m_state = State::Done;
        return true;
    }

private:
    // The file's own error when there is one, else the zip library's code.
    bool failZip(QString *error, int code)
    {
        if (m_file.error() != QFileDevice::NoError)
            return failFile(error, m_file.errorString());
        return failFile(error, tr("zip error %1").arg(code));
    }

    bool writePart(const QString &name, const QByteArray &data, QString *error)
    {
        QuaZipFile part(m_zip.get());
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return failZip(error, part.getZipError());
        const qint64 written = part.write(data);
        part.close();
        if (written != data.size() || part.getZipError() != ZIP_OK)
            return failZip(error, part.getZipError());
        return true;
    }

    bool flush(QString *error)
    {
        if (m_buffer.isEmpty())
            return true;
        if (m_sheetEntry->write(m_buffer) != m_buffer.size())
            return failZip(error, m_sheetEntry->getZipError());
        m_buffer.clear();
        return true;
    }

    // The sheet's beginning: frozen header, column widths, and the header row.
    void startSheet()
    {
        m_sheetStarted = true;
        QString xml = u"<cols>"_s;
        for (qsizetype i = 0; i < m_widths.size(); ++i) {
            xml += u"<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>"_s.arg(i + 1).arg(
                    excelColumnWidth(m_widths.at(i)), 0, 'g', QLocale::FloatingPointShortest);
        }
        xml += u"</cols>\n<sheetData>\n<row r=\"1\">"_s;
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            if (!m_header.at(i).isEmpty())
                appendText(xml, m_columnRefs.at(i) + u'1', excelLineBreaks(m_header.at(i)),
                           StyleBold);
        }
        xml += u"</row>"_s;
        m_buffer += SheetXmlHead + xml.toUtf8();
    }

    static void appendText(QString &xml, const QString &ref, const QString &text, int style)
    {
        if (text.isEmpty())
            return;
        xml += u"<c r=\""_s + ref + u'"';
        if (style != StyleDefault)
            xml += u" s=\""_s + QString::number(style) + u'"';
        xml += u" t=\"inlineStr\"><is><t xml:space=\"preserve\">"_s;
        appendXml(xml, text);
        xml += u"</t></is></c>"_s;
    }

    static void appendNumber(QString &xml, const QString &ref, const QString &value, int style)
    {
        xml += u"<c r=\""_s + ref + u"\" s=\""_s + QString::number(style) + u"\"><v>"_s + value
               + u"</v></c>"_s;
    }

    // Destroyed bottom-up: the entry, then the archive, then the file.
    QSaveFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetEntry;
    QString m_sheetName;
    QStringList m_columnRefs;
    QList<int> m_widths;
    bool m_sheetStarted = false;
    QByteArray m_buffer;
};

} // namespace

// ---------------------------------------------------------------------------------------
// TableWriter

TableWriter::~TableWriter() = default;

std::optional<TableWriter::Format> TableWriter::formatFromText(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'.'))
        t = t.sliced(1);
    if (t.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (t.compare(u"xlsx", Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

std::optional<TableWriter::Format> TableWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return formatFromText(suffix);
}

std::unique_ptr<TableWriter> TableWriter::create(Format format, const QString &path,
                                                 const QString &sheetName)
{
    switch (format) {
    case Format::Csv:
        return std::make_unique<CsvTableWriter>(path);
    case Format::Xlsx:
        return std::make_unique<XlsxTableWriter>(path, sheetName);
    }
    return nullptr;
}

} // namespace sd
