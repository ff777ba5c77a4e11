#include "csvreader.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

// Picks the delimiter that splits the header line most, outside quotes.
QChar detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &fileName, Limits limits)
    : m_device(device), m_fileName(fileName), m_limits(limits)
{
}

CsvReader::~CsvReader() = default;

QString CsvReader::location(qint64 line, int column) const
{
    return column > 0 ? u"%1:%2:%3"_s.arg(m_fileName).arg(line).arg(column)
                      : u"%1:%2"_s.arg(m_fileName).arg(line);
}

void CsvReader::fail(qint64 line, int column, const QString &reason)
{
    if (m_error.isEmpty())
        m_error = location(line, column) + u": "_s + reason;
}

qint64 CsvReader::fieldLine(int field) const
{
    return field >= 1 && field <= m_fieldLines.size() ? m_fieldLines[field - 1] : m_recordLine;
}

bool CsvReader::start()
{
    m_started = true;
    QByteArray head = m_device->read(ChunkBytes);
    m_totalBytes = head.size();
    if (head.isEmpty()) {
        m_eof = true;
        m_encodingName = u"UTF-8"_s;
        if (m_delimiter.isNull())
            m_delimiter = u',';
        return true;
    }
    qsizetype skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        m_encodingName = u"UTF-8"_s;
        skip = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
        m_encodingName = u"UTF-16LE"_s;
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
        m_encodingName = u"UTF-16BE"_s;
        skip = 2;
    } else {
        // No BOM: UTF-8 if the first chunk is valid UTF-8, else GB18030 (GBK's superset).
        // The stateful decoder keeps a multi-byte character cut at the chunk's end as
        // state instead of calling it an error.
        QStringDecoder probe(QStringConverter::Utf8);
        const QString decoded = probe.decode(head);
        Q_UNUSED(decoded);
        if (!probe.hasError()) {
            m_decoder = QStringDecoder(QStringConverter::Utf8);
            m_encodingName = u"UTF-8"_s;
        } else {
            m_decoder = QStringDecoder("GB18030");
            m_encodingName = u"GB18030"_s;
            if (!m_decoder.isValid()) {
                fail(1, 0, tr("the file is neither UTF-8 nor UTF-16, and this build cannot read "
                              "GB18030: save it as UTF-8 (\"CSV UTF-8\" in Excel)"));
                return false;
            }
        }
    }
    m_buffer = m_decoder.decode(QByteArrayView(head).sliced(skip));
    if (m_device->atEnd()) {
        m_eof = true;
        m_buffer += m_decoder.decode(QByteArrayView());
    }
    m_bomBytes = skip;
    if (m_encodingName.startsWith(u"UTF-16"_s)
        && (m_decoder.hasError() || (m_eof && (m_totalBytes - skip) % 2 != 0))) {
        fail(1, 0, tr("the file is not valid %1").arg(m_encodingName));
        return false;
    }
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter(m_buffer);
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_device->read(ChunkBytes);
    m_totalBytes += chunk.size();
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder.decode(chunk);
    if (chunk.isEmpty() || m_device->atEnd()) {
        m_eof = true;
        m_buffer += m_decoder.decode(QByteArrayView());
        if (m_encodingName.startsWith(u"UTF-16"_s) && (m_totalBytes - m_bomBytes) % 2 != 0) {
            fail(m_line, 0, tr("the file is not valid %1: it ends in half a character")
                                    .arg(m_encodingName));
            return false;
        }
    }
    return true;
}

bool CsvReader::isStrayControl(QChar c)
{
    // Tab, line feed and carriage return have their places (a delimiter, line ends, inside
    // quotes); no other control character belongs in a field. A NUL usually means a binary
    // file or UTF-16 read without its byte-order mark.
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F;
}

void CsvReader::failControl(QChar c, qint64 line, int column)
{
    const QString code = u"%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
    fail(line, column,
         tr("the field holds the control character U+%1, which has no place in a field "
            "(is this a text export?)")
                 .arg(code));
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    m_fieldLines.clear();
    if (!m_error.isEmpty())
        return false;
    if (!m_started && !start())
        return false;
    if (m_pos >= m_buffer.size() && !fill() && m_pos >= m_buffer.size())
        return false;
    if (hasError())
        return false;

    m_recordLine = m_line;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    qint64 quoteLine = m_line;
    qsizetype recordChars = 0;
    m_fieldLines << m_line;

    auto endField = [&]() -> bool {
        if (fields->size() + 1 > m_limits.maxFields) {
            fail(m_recordLine, int(fields->size()) + 1,
                 tr("the record has more than %1 fields (the limit in Workspace Settings)").arg(m_limits.maxFields));
            return false;
        }
        recordChars += field.size();
        if (recordChars > m_limits.maxRecordChars) {
            fail(m_recordLine, int(fields->size()) + 1,
                 tr("the record is longer than %1 characters").arg(m_limits.maxRecordChars));
            return false;
        }
        *fields << field;
        field.clear();
        wasQuoted = false;
        return true;
    };

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill() && m_pos >= m_buffer.size()) {
                if (hasError())
                    return false;
                // End of data.
                if (quoted) {
                    fail(quoteLine, int(fields->size()) + 1,
                         tr("a quoted field is never closed (the quote opens here)"));
                    return false;
                }
                return endField();
            }
            continue;
        }
        const QChar c = m_buffer[m_pos];
        if (quoted) {
            if (c == u'"') {
                // Need the next character to tell "" from the closing quote.
                if (m_pos + 1 >= m_buffer.size() && fill() && m_pos + 1 >= m_buffer.size())
                    continue;
                if (m_pos + 1 < m_buffer.size() && m_buffer[m_pos + 1] == u'"') {
                    field += u'"';
                    m_pos += 2;
                } else {
                    quoted = false;
                    ++m_pos;
                }
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                if (c == u'\r') {
                    if (m_pos + 1 >= m_buffer.size())
                        fill();
                    if (m_pos + 1 < m_buffer.size() && m_buffer[m_pos + 1] == u'\n') {
                        field += u'\r';
                        ++m_pos;
                    }
                }
                ++m_line;
            }
            if (isStrayControl(c)) {
                failControl(c, m_line, int(fields->size()) + 1);
                return false;
            }
            field += m_buffer[m_pos++];
            if (field.size() > m_limits.maxFieldChars) {
                fail(quoteLine, int(fields->size()) + 1,
                     tr("a field is longer than %1 characters").arg(m_limits.maxFieldChars));
                return false;
            }
            continue;
        }
        if (c == m_delimiter) {
            ++m_pos;
            if (!endField())
                return false;
            m_fieldLines << m_line;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++m_pos;
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer[m_pos] == u'\n')
                    ++m_pos;
            }
            ++m_line;
            return endField();
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
            ++m_pos;
            continue;
        }
        if (wasQuoted) {
            fail(m_line, int(fields->size()) + 1,
                 tr("unexpected text after the closing quote of a field"));
            return false;
        }
        if (isStrayControl(c)) {
            failControl(c, m_line, int(fields->size()) + 1);
            return false;
        }
        field += c;
        ++m_pos;
        if (field.size() > m_limits.maxFieldChars) {
            fail(m_line, int(fields->size()) + 1,
                 tr("a field is longer than %1 characters").arg(m_limits.maxFieldChars));
            return false;
        }
    }
}

} // namespace sd
