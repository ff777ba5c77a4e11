#include "tablewriter.h"

#include "celltext.h"
#include "xlsxbook.h"

#include "store/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

Cell Cell::ofDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    Cell c;
    c.kind = Kind::Date;
    c.date = d;
    return c;
}

Cell Cell::ofMoney(qint64 minorUnits, int decimals, const QString &currencyCode)
{
    Cell c;
    c.kind = Kind::Money;
    c.integer = minorUnits;
    c.decimals = decimals;
    c.currency = currencyCode;
    return c;
}

Cell Cell::ofPercent(qint64 ppm)
{
    Cell c;
    c.kind = Kind::Percent;
    c.integer = ppm;
    return c;
}

namespace {

using celltext::columnLetters;
using celltext::decimalText;

constexpr int MaxDecimals = XlsxBook::MaxDecimals;
constexpr qsizetype FlushBytes = 64 * 1024;

// RFC 4180: quote when the field holds a comma, a quote, CR or LF, or starts or ends
// with a space or a tab (spreadsheets trim unquoted ones); quotes inside are doubled.
QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
                       || text.contains(u'\n') || text.startsWith(u' ') || text.endsWith(u' ')
                       || text.startsWith(u'\t');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return QString(u'"' + escaped + u'"');
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
        return failWith(error, tr("%1: cannot write: %2").arg(m_fileName, reason));
    }

    bool failWith(QString *error, const QString &message)
    {
        m_failure = message;
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
            if ((cell.kind == Cell::Kind::Decimal || cell.kind == Cell::Kind::Money)
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
        if (isPrivate() && !privatefiles::restrict(m_file))
            return failFile(error, m_file.errorString());
        m_state = State::Open;
        m_header = header;
        if (utf8Bom())
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
            if (celltext::startsLikeFormula(cell.text))
                return QString(u'\'' + cell.text);
            // A leading tab keeps a long or zero-led number text in Excel and LibreOffice
            // (no formula needed); SellerDesk's imports trim it.
            if (celltext::readAsAlteredNumber(cell.text))
                return QString(u'\t' + cell.text);
            return cell.text;
        case Cell::Kind::Integer:
            return QString::number(cell.integer);
        case Cell::Kind::Decimal:
        case Cell::Kind::Money: // the currency is named in the header
            return decimalText(cell.integer, cell.decimals);
        case Cell::Kind::Percent:
            return celltext::percentText(cell.integer);
        case Cell::Kind::Date:
            return celltext::isoDate(cell.date);
        case Cell::Kind::DateTime:
            return celltext::isoDateTime(cell.dateTime);
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
// XLSX: one sheet of an XlsxBook, which keeps the target untouched until commit().

class XlsxTableWriter final : public WriterBase
{
public:
    XlsxTableWriter(const QString &path, const QString &sheetName)
        : WriterBase(path)
        , m_path(path)
        , m_sheetName(sheetName)
    { }

    // The book, destroyed without commit(), leaves nothing behind.
    ~XlsxTableWriter() override = default;

    bool open(const QStringList &header, QString *error) override
    {
        if (!checkState(State::New, error) || !checkHeader(header, error))
            return false;
        auto book = std::make_unique<XlsxBook>(m_path);
        if (book->hasFailed())
            return failWith(error, book->errorString());
        book->setMaxRowsForTest(maxRows());
        if (book->addSheet(m_sheetName, header) < 0) {
            if (book->hasFailed())
                return failWith(error, book->errorString());
            return report(error, book->errorString()); // refused: the writer stays new
        }
        m_book = std::move(book);
        m_state = State::Open;
        m_header = header;
        return true;
    }

    bool writeRow(const QList<Cell> &cells, QString *error) override
    {
        if (!checkState(State::Open, error) || !checkRow(cells, error))
            return false;
        QString message;
        if (!m_book->writeRow(0, cells, &message)) {
            if (m_book->hasFailed())
                return failWith(error, message);
            return report(error, message);
        }
        ++m_rows;
        return true;
    }

    bool commit(QString *error) override
    {
        if (!checkState(State::Open, error))
            return false;
        QString message;
        if (!m_book->commit(&message))
            return failWith(error, message);
        m_state = State::Done;
        return true;
    }

private:
    QString m_path;
    QString m_sheetName;
    std::unique_ptr<XlsxBook> m_book;
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
