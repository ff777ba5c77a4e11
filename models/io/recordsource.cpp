#include "recordsource.h"

#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

class CsvSource final : public RecordSource
{
public:
    CsvSource(const QString &path, const CsvReader::Limits &limits)
        : m_file(path), m_name(QFileInfo(path).fileName()), m_limits(limits)
    {
    }
    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = RecordSource::tr("%1: cannot open: %2").arg(m_name, m_file.errorString());
            return false;
        }
        m_reader = std::make_unique<CsvReader>(&m_file, m_name, m_limits);
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
    CsvReader::Limits m_limits;
    std::unique_ptr<CsvReader> m_reader;
};

class XlsxSource final : public RecordSource
{
public:
    XlsxSource(const QString &path, const XlsxReader::Limits &limits) : m_reader(path, limits) { }
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
                                                 QString *error, const Limits &limits)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = info.isDir() ? tr("%1 is a folder; choose a file in it")
                                        .arg(QDir::toNativeSeparators(path))
                              : tr("%1: no such file").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (info.size() > limits.maxFileBytes) {
        const QLocale locale;
        *error = tr("%1 is %2, over the import limit of %3 (Workspace Settings); split the "
                    "file or raise the limit")
                         .arg(QDir::toNativeSeparators(path), locale.formattedDataSize(info.size()),
                              locale.formattedDataSize(limits.maxFileBytes));
        return nullptr;
    }
    if (looksLikeZip(path)) {
        XlsxReader::Limits xlsx;
        xlsx.maxColumns = limits.maxFields;
        xlsx.maxUncompressedBytes = limits.maxUnpackedBytes;
        auto source = std::make_unique<XlsxSource>(path, xlsx);
        if (!source->open(sheet, error))
            return nullptr;
        return source;
    }
    CsvReader::Limits csv;
    csv.maxFields = limits.maxFields;
    auto source = std::make_unique<CsvSource>(path, csv);
    if (!source->open(error))
        return nullptr;
    return source;
}

} // namespace sd
