#include "recordsource.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

class CsvSource final : public RecordSource
{
public:
    explicit CsvSource(const QString &path) : m_file(path), m_name(QFileInfo(path).fileName()) { }
    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = RecordSource::tr("%1: cannot open: %2").arg(m_name, m_file.errorString());
            return false;
        }
        m_reader = std::make_unique<CsvReader>(&m_file, m_name);
        return true;
    }
    bool read(QStringList *fields) override { return m_reader->readRecord(fields); }
    QString error() const override { return m_reader->errorString(); }
    qint64 line() const override { return m_reader->recordLine(); }
    qint64 fieldLine(int column) const override { return m_reader->fieldLine(column); }
    QString location(qint64 line, int column) const override
    {
        return m_reader->location(line, column);
    }
    qint64 done() const override { return m_file.pos(); }
    qint64 total() const override { return m_file.size(); }
    bool fixedWidth() const override { return true; }

private:
    QFile m_file;
    QString m_name;
    std::unique_ptr<CsvReader> m_reader;
};

class XlsxSource final : public RecordSource
{
public:
    explicit XlsxSource(const QString &path) : m_reader(path) { }
    bool open(const QString &sheet, QString *error)
    {
        if (!m_reader.open() || (!sheet.isEmpty() && !m_reader.selectSheet(sheet))) {
            *error = m_reader.errorString();
            return false;
        }
        return true;
    }
    bool read(QStringList *fields) override { return m_reader.readRecord(fields); }
    QString error() const override { return m_reader.errorString(); }
    qint64 line() const override { return m_reader.recordLine(); }
    QString location(qint64 line, int column) const override
    {
        return m_reader.location(line, column);
    }
    qint64 done() const override { return m_reader.recordLine(); }
    qint64 total() const override { return 0; }
    bool fixedWidth() const override { return false; }

private:
    XlsxReader m_reader;
};

bool looksLikeZip(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace

std::unique_ptr<RecordSource> RecordSource::open(const QString &path, const QString &sheet,
                                                 QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1: no such file").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (looksLikeZip(path)) {
        auto source = std::make_unique<XlsxSource>(path);
        if (!source->open(sheet, error))
            return nullptr;
        return source;
    }
    auto source = std::make_unique<CsvSource>(path);
    if (!source->open(error))
        return nullptr;
    return source;
}

} // namespace sd
