#include "xlsxreader.h"

#include "zipreader.h"

#include <QDateTime>
#include <QTimeZone>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// "AB12" -> column 28 (1-based); 0 when there are no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c.unicode() - u'A' + 1);
        else
            break;
        if (col > 1'000'000)
            return 0;
    }
    return col;
}

qint64 rowOf(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    bool ok = false;
    const qint64 row = ref.sliced(i).toLongLong(&ok);
    return ok ? row : 0;
}

bool isDateFormatCode(const QString &code)
{
    // A custom format is a date when it uses d, m, y, h or s outside quotes and brackets.
    bool quoted = false;
    bool bracket = false;
    for (QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            bracket = true;
        else if (!quoted && c == u']')
            bracket = false;
        else if (!quoted && !bracket) {
            const QChar l = c.toLower();
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
            || (id >= 50 && id <= 58);
}

} // namespace

XlsxReader::XlsxReader(const QString &path, Limits limits)
    : m_path(path), m_fileName(QDir::toNativeSeparators(path)), m_limits(limits)
{
}

XlsxReader::~XlsxReader()
{
    m_xml.reset();
    m_sheetFile.reset();
}

QString XlsxReader::location(qint64 line, int column) const
{
    if (line <= 0)
        return m_fileName;
    return column > 0 ? u"%1:%2:%3"_s.arg(m_fileName).arg(line).arg(column)
                      : u"%1:%2"_s.arg(m_fileName).arg(line);
}

void XlsxReader::fail(qint64 line, int column, const QString &reason)
{
    if (m_error.isEmpty())
        m_error = location(line, column) + u": "_s + reason;
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    // 1900 system: serial 1 is 1900-01-01 and Lotus' phantom 1900-02-29 is serial 60.
    double days = std::floor(serial);
    const double fraction = serial - days;
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 31);
    if (!date1904 && days >= 60)
        days -= 1;
    const QDate date = base.addDays(qint64(days));
    const qint64 secs = qint64(std::llround(fraction * 86400.0));
    const QDateTime dt = QDateTime(date, QTime(0, 0), QTimeZone::utc()).addSecs(secs);
    if (secs == 0)
        return dt.date().toString(Qt::ISODate);
    return dt.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

std::unique_ptr<QIODevice> XlsxReader::openEntry(const QString &name)
{
    // OOXML part names are compared ignoring ASCII case.
    const std::optional<qint64> size = m_zip->uncompressedSize(name, Qt::CaseInsensitive);
    if (!size)
        return nullptr; // absent: the caller decides whether that matters
    if (*size > m_limits.maxUncompressedBytes) {
        const QLocale locale;
        fail(0, 0, tr("the workbook part %1 unpacks to %2, over the limit of %3 (Workspace Settings)")
                           .arg(name, locale.formattedDataSize(*size),
                                locale.formattedDataSize(m_limits.maxUncompressedBytes)));
        return nullptr;
    }
    auto f = m_zip->openEntry(name, Qt::CaseInsensitive);
    if (!f) {
        fail(0, 0, tr("cannot read the workbook part %1").arg(name));
        return nullptr;
    }
    return f;
}

bool XlsxReader::checkXml(const QXmlStreamReader &xml, const QString &part)
{
    if (!xml.hasError())
        return true;
    fail(0, 0, tr("%1 is damaged: %2").arg(part, xml.errorString()));
    return false;
}

bool XlsxReader::open()
{
    m_zip = std::make_unique<ZipReader>(m_path);
    if (!m_zip->open()) {
        fail(0, 0, tr("not an .xlsx workbook (the file is not a zip archive)"));
        return false;
    }
    return readWorkbook() && readSharedStrings() && readStyles()
            && (m_sheetNames.isEmpty() ? (fail(0, 0, tr("the workbook has no sheets")), false)
                                       : true);
}

bool XlsxReader::readWorkbook()
{
    // Relationship ids -> part paths.
    QHash<QString, QString> targets;
    if (const auto f = openEntry(u"xl/_rels/workbook.xml.rels"_s)) {
        QXmlStreamReader xml(f.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            QString target = xml.attributes().value("Target"_L1).toString();
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = u"xl/"_s + target;
            targets.insert(xml.attributes().value("Id"_L1).toString(), target);
        }
    }
    if (hasError())
        return false;
    const auto wb = openEntry(u"xl/workbook.xml"_s);
    if (!wb) {
        fail(0, 0, tr("not an .xlsx workbook (xl/workbook.xml is missing)"));
        return false;
    }
    QXmlStreamReader xml(wb.get());
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value("date1904"_L1);
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            ++index;
            const QString name = xml.attributes().value("name"_L1).toString();
            QString rid;
            for (const auto &a : xml.attributes()) {
                if (a.name() == u"id")
                    rid = a.value().toString();
            }
            m_sheetNames << name;
            m_sheetPaths << targets.value(rid, u"xl/worksheets/sheet%1.xml"_s.arg(index));
        }
    }
    return checkXml(xml, u"xl/workbook.xml"_s);
}

bool XlsxReader::readSharedStrings()
{
    const auto f = openEntry(u"xl/sharedStrings.xml"_s);
    if (!f)
        return !hasError(); // the part is optional
    const QString part = u"xl/sharedStrings.xml"_s;
    m_stringsFile = std::make_unique<QTemporaryFile>(QDir::temp().filePath(u"sellerdesk-strings-XXXXXX"_s));
    if (!m_stringsFile->open()) {
        fail(0, 0, tr("cannot keep the workbook's shared strings in the temporary folder: %1")
                           .arg(m_stringsFile->errorString()));
        return false;
    }
    QByteArray pending; // written in blocks of about 1 MiB
    quint64 written = 0;
    auto flush = [&] {
        if (m_stringsFile->write(pending) != pending.size()) {
            fail(0, 0, tr("cannot keep the workbook's shared strings in the temporary folder: %1")
                               .arg(m_stringsFile->errorString()));
            return false;
        }
        pending.clear();
        return true;
    };
    QXmlStreamReader xml(f.get());
    QString current;
    bool inSi = false;
    bool inPhonetic = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                inPhonetic = true;
            } else if (xml.name() == u"t" && inSi && !inPhonetic) {
                current += xml.readElementText();
                if (current.size() > m_limits.maxCellChars) {
                    fail(0, 0, tr("%1: shared string %2 is longer than %3 characters")
                                       .arg(part, QLocale().toString(m_stringEnds.size() + 1))
                                       .arg(QLocale().toString(m_limits.maxCellChars)));
                    return false;
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si") {
                if (m_stringEnds.size() >= m_limits.maxSharedStrings) {
                    fail(0, 0, tr("%1: more than %2 shared strings")
                                       .arg(part, QLocale().toString(m_limits.maxSharedStrings)));
                    return false;
                }
                const QByteArray utf8 = current.toUtf8();
                written += quint64(utf8.size());
                if (written > std::numeric_limits<quint32>::max()) {
                    fail(0, 0, tr("%1: the shared strings are larger than 4 GiB").arg(part));
                    return false;
                }
                pending += utf8;
                m_stringEnds.append(quint32(written));
                if (pending.size() >= (1 << 20) && !flush())
                    return false;
                inSi = false;
            } else if (xml.name() == u"rPh") {
                inPhonetic = false;
            }
        }
    }
    if (!checkXml(xml, part) || !flush() || !m_stringsFile->flush())
        return false;
    if (written > 0) {
        m_strings = m_stringsFile->map(0, qint64(written));
        if (!m_strings) {
            fail(0, 0, tr("cannot read the workbook's shared strings back from the temporary "
                          "folder: %1")
                               .arg(m_stringsFile->errorString()));
            return false;
        }
    }
    return true;
}

std::optional<QString> XlsxReader::sharedString(qint64 i) const
{
    if (i < 0 || i >= m_stringEnds.size())
        return std::nullopt;
    const quint32 begin = i == 0 ? 0 : m_stringEnds.at(i - 1);
    const quint32 end = m_stringEnds.at(i);
    if (end == begin)
        return QString(u""_s);
    return QString::fromUtf8(reinterpret_cast<const char *>(m_strings) + begin, qsizetype(end - begin));
}

bool XlsxReader::readStyles()
{
    const auto f = openEntry(u"xl/styles.xml"_s);
    if (!f)
        return !hasError(); // the part is optional
    QXmlStreamReader xml(f.get());
    QSet<int> customDateFormats;
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                const int id = xml.attributes().value("numFmtId"_L1).toInt();
                if (isDateFormatCode(xml.attributes().value("formatCode"_L1).toString()))
                    customDateFormats.insert(id);
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                const int fmt = xml.attributes().value("numFmtId"_L1).toInt();
                if (isBuiltInDateFormat(fmt) || customDateFormats.contains(fmt))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return checkXml(xml, u"xl/styles.xml"_s);
}

bool XlsxReader::selectSheet(const QString &name)
{
    const qsizetype i = m_sheetNames.indexOf(name);
    if (i < 0) {
        fail(0, 0, tr("the workbook has no sheet \"%1\" (it has: %2)")
                           .arg(name, m_sheetNames.join(u", "_s)));
        return false;
    }
    m_sheet = int(i);
    m_xml.reset();
    m_sheetFile.reset();
    m_nextRow = 1;
    m_row = 0;
    return true;
}

QString XlsxReader::formatNumber(const QString &raw, int style) const
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (m_dateStyles.contains(style))
        return serialToIso(v, m_date1904);
    // Excel shows and keeps 15 significant digits; stored text may carry binary noise
    // ("12.340000000000001"). Plain text that is already short stays as written.
    if (!raw.contains(u'E') && !raw.contains(u'e')) {
        int significant = 0;
        for (QChar c : raw)
            significant += c.isDigit() ? 1 : 0;
        if (significant <= 15)
            return raw;
    }
    QString s = QString::number(v, 'g', 15);
    if (s.contains(u'e')) {
        const int decimals = std::fabs(v) >= 1.0 ? 0 : 15;
        s = QString::number(v, 'f', decimals);
        if (s.contains(u'.')) {
            while (s.endsWith(u'0'))
                s.chop(1);
            if (s.endsWith(u'.'))
                s.chop(1);
        }
    }
    return s;
}

bool XlsxReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    if (!m_xml) {
        if (m_sheet < 0)
            m_sheet = 0;
        m_sheetFile = openEntry(m_sheetPaths.value(m_sheet));
        if (!m_sheetFile) {
            if (!hasError())
                fail(0, 0, tr("the sheet \"%1\" is missing from the workbook")
                                   .arg(m_sheetNames.value(m_sheet)));
            return false;
        }
        m_xml = std::make_unique<QXmlStreamReader>(m_sheetFile.get());
    }
    QXmlStreamReader &xml = *m_xml;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        qint64 row = xml.attributes().value("r"_L1).toLongLong();
        if (row <= 0)
            row = m_nextRow;
        QStringList cells;
        int nextColumn = 1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"row")
                break;
            if (!xml.isStartElement() || xml.name() != u"c")
                continue;
            const auto attrs = xml.attributes();
            const QString ref = attrs.value("r"_L1).toString();
            int column = ref.isEmpty() ? nextColumn : columnOf(ref);
            if (column <= 0 || column > m_limits.maxColumns) {
                fail(row, column, tr("the row has more than %1 columns (the limit in Workspace Settings)").arg(m_limits.maxColumns));
                return false;
            }
            if (!ref.isEmpty() && rowOf(ref) != row)
                row = rowOf(ref) > 0 ? rowOf(ref) : row;
            const QString type = attrs.value("t"_L1).toString();
            const int style = attrs.value("s"_L1).toInt();
            QString value;
            QString inlineText;
            bool formula = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (xml.isStartElement() && xml.name() == u"f")
                    formula = true;
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == u"t")
                    inlineText += xml.readElementText();
                if (value.size() > m_limits.maxCellChars || inlineText.size() > m_limits.maxCellChars) {
                    fail(row, column, tr("a cell is longer than %1 characters").arg(m_limits.maxCellChars));
                    return false;
                }
            }
            // A formula whose result was never computed (openpyxl and other libraries write
            // them so): its value is not 0, it is unknown. A text result may be empty.
            if (formula && value.isEmpty() && type != u"str" && type != u"inlineStr") {
                fail(row, column,
                     tr("the cell holds a formula without a computed value: open and save the "
                        "file in Excel or LibreOffice first"));
                return false;
            }
            QString text;
            if (type == u"s") {
                bool ok = false;
                const auto shared = sharedString(value.toLongLong(&ok));
                if (!ok || !shared) {
                    fail(row, column, tr("the cell refers to a shared string that does not exist"));
                    return false;
                }
                text = *shared;
            } else if (type == u"inlineStr") {
                text = inlineText;
            } else if (type == u"str" || type == u"e") {
                text = value;
            } else if (type == u"b") {
                text = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
            } else {
                text = formatNumber(value, style);
            }
            // A cell at or before one the row already has (repeated or out of order) takes
            // its own column, so the row never grows past the column limit.
            while (cells.size() < column)
                cells << QString();
            cells[column - 1] = text;
            nextColumn = column + 1;
        }
        if (xml.hasError())
            break;
        // Rows the sheet leaves out are blank: they are skipped, and recordLine()
        // still names the worksheet row of what is returned.
        m_row = row;
        m_nextRow = row + 1;
        *fields = cells;
        return true;
    }
    if (xml.hasError()) {
        fail(m_row + 1, 0, tr("the sheet's XML is damaged: %1").arg(xml.errorString()));
        return false;
    }
    return false;
}

} // namespace sd
