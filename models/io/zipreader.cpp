#include "zipreader.h"

#include "zipio_p.h"

#include <QFile>
#include <QStringDecoder>

#include <unzip.h>

namespace sd {

namespace {

constexpr uLong Utf8NameFlag = 1 << 11;
constexpr uLong EncryptedFlag = 1;

// UTF-8 when the entry says so or when the bytes are valid UTF-8 (what most tools
// write without setting the flag), else Latin-1.
QString decodeName(const QByteArray &raw, uLong flag)
{
    if (flag & Utf8NameFlag)
        return QString::fromUtf8(raw);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = utf8(raw);
    if (!utf8.hasError())
        return name;
    return QString::fromLatin1(raw);
}

bool equalAsciiCaseInsensitive(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x >= u'A' && x <= u'Z')
            x += u'a' - u'A';
        if (y >= u'A' && y <= u'Z')
            y += u'a' - u'A';
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------
// The device over the entry minizip has open.

class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(ZipReader *reader, const QString &name, qint64 size)
        : m_reader(reader)
        , m_name(name)
        , m_size(size)
    { }

    ~ZipEntryDevice() override { release(); }

    bool isSequential() const override { return true; }

    qint64 bytesAvailable() const override
    {
        const qint64 rest = m_reader ? qMax<qint64>(0, m_size - m_read) : 0;
        return QIODevice::bytesAvailable() + rest;
    }

    void close() override
    {
        release();
        QIODevice::close();
    }

    // The reader opened another entry, or is going away.
    void detach()
    {
        m_reader = nullptr;
        if (!m_ended)
            setErrorString(ZipReader::tr("the entry %1 is no longer open").arg(m_name));
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_ended || !m_reader)
            return -1;
        if (maxSize <= 0)
            return 0;
        const auto chunk = unsigned(qMin<qint64>(maxSize, 1 << 30));
        const int n = unzReadCurrentFile(m_reader->m_unz, data, chunk);
        if (n > 0) {
            m_read += n;
            return n;
        }
        m_ended = true;
        // The end of the data (0) or an error (< 0); closing checks the CRC.
        ZipReader *reader = m_reader;
        reader->m_current = nullptr;
        m_reader = nullptr;
        const int closed = unzCloseCurrentFile(reader->m_unz);
        if (n < 0 || closed != UNZ_OK || reader->m_stream->failed) {
            const QString reason = reader->m_stream->failed && reader->m_file->error() != QFile::NoError
                                           ? reader->m_file->errorString()
                                           : ZipReader::tr("the entry %1 is damaged").arg(m_name);
            setErrorString(reason);
            reader->m_error = reason;
        }
        return -1;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void release()
    {
        if (!m_reader)
            return;
        if (m_reader->m_current == this) {
            unzCloseCurrentFile(m_reader->m_unz);
            m_reader->m_current = nullptr;
        }
        m_reader = nullptr;
    }

    ZipReader *m_reader;
    QString m_name;
    qint64 m_size; // what there is to read: unpacked, or stored for a raw entry
    qint64 m_read = 0;
    bool m_ended = false;
};

// ---------------------------------------------------------------------------------------
// ZipReader

ZipReader::ZipReader(const QString &path)
    : m_path(path)
{ }

ZipReader::~ZipReader()
{
    detachCurrent();
    if (m_unz)
        unzClose(m_unz);
}

bool ZipReader::open()
{
    m_error.clear();
    if (m_unz) {
        m_error = tr("the archive is already open");
        return false;
    }
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = m_file->errorString();
        return false;
    }
    m_stream = std::make_unique<zipio::Stream>();
    m_stream->device = m_file.get();
    zlib_filefunc64_def functions = zipio::functionsFor(m_stream.get());
    m_unz = unzOpen2_64(m_stream.get(), &functions);
    if (!m_unz) {
        m_error = m_stream->failed ? m_file->errorString() : tr("the file is not a zip archive");
        return false;
    }

    int rc = unzGoToFirstFile(m_unz);
    while (rc == UNZ_OK) {
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_unz, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            break;
        QByteArray rawName(qsizetype(info.size_filename) + 1, '\0');
        rc = unzGetCurrentFileInfo64(m_unz, &info, rawName.data(), uLong(rawName.size()), nullptr,
                                     0, nullptr, 0);
        if (rc != UNZ_OK)
            break;
        rawName.truncate(qsizetype(info.size_filename));
        unz64_file_pos pos;
        rc = unzGetFilePos64(m_unz, &pos);
        if (rc != UNZ_OK)
            break;
        Entry entry;
        entry.name = decodeName(rawName, info.flag);
        entry.directoryOffset = pos.pos_in_zip_directory;
        entry.fileNumber = pos.num_of_file;
        entry.uncompressedSize = qint64(info.uncompressed_size);
        m_entries << entry;
        rc = unzGoToNextFile(m_unz);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE) {
        m_error = m_stream->failed ? m_file->errorString()
                                   : tr("the archive's list of files is damaged");
        m_entries.clear();
        unzClose(m_unz);
        m_unz = nullptr;
        return false;
    }
    return true;
}

QStringList ZipReader::entryNames() const
{
    QStringList names;
    names.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        names << e.name;
    return names;
}

qsizetype ZipReader::indexOf(const QString &name, Qt::CaseSensitivity cs) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    if (cs == Qt::CaseInsensitive) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (equalAsciiCaseInsensitive(m_entries.at(i).name, name))
                return i;
        }
    }
    return -1;
}

bool ZipReader::contains(const QString &name, Qt::CaseSensitivity cs) const
{
    return indexOf(name, cs) >= 0;
}

std::optional<qint64> ZipReader::uncompressedSize(const QString &name,
                                                  Qt::CaseSensitivity cs) const
{
    const qsizetype i = indexOf(name, cs);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i).uncompressedSize;
}

std::unique_ptr<QIODevice> ZipReader::openEntry(const QString &name, Qt::CaseSensitivity cs)
{
    m_error.clear();
    const qsizetype i = indexOf(name, cs);
    if (i < 0)
        return nullptr;
    return openAt(i, false, nullptr);
}

std::unique_ptr<QIODevice> ZipReader::openRawEntry(const QString &name, RawEntry *info)
{
    m_error.clear();
    const qsizetype i = indexOf(name, Qt::CaseSensitive);
    if (i < 0)
        return nullptr;
    return openAt(i, true, info);
}

std::unique_ptr<QIODevice> ZipReader::openAt(qsizetype index, bool raw, RawEntry *rawInfo)
{
    if (!m_unz) {
        m_error = tr("the archive is not open");
        return nullptr;
    }
    detachCurrent();
    const Entry &entry = m_entries.at(index);
    unz64_file_pos pos;
    pos.pos_in_zip_directory = entry.directoryOffset;
    pos.num_of_file = entry.fileNumber;
    unz_file_info64 info;
    if (unzGoToFilePos64(m_unz, &pos) != UNZ_OK
        || unzGetCurrentFileInfo64(m_unz, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        m_error = tr("the entry %1 is damaged").arg(entry.name);
        return nullptr;
    }
    if (info.flag & EncryptedFlag) {
        m_error = tr("the entry %1 is encrypted").arg(entry.name);
        return nullptr;
    }
    int method = 0;
    int level = 0;
    if (unzOpenCurrentFile2(m_unz, &method, &level, raw ? 1 : 0) != UNZ_OK) {
        m_error = m_stream->failed ? m_file->errorString()
                                   : tr("the entry %1 cannot be unpacked").arg(entry.name);
        return nullptr;
    }
    if (rawInfo) {
        rawInfo->method = method;
        rawInfo->level = level;
        rawInfo->crc = quint32(info.crc);
        rawInfo->compressedSize = qint64(info.compressed_size);
        rawInfo->uncompressedSize = qint64(info.uncompressed_size);
    }
    auto device = std::make_unique<ZipEntryDevice>(
            this, entry.name, raw ? qint64(info.compressed_size) : qint64(info.uncompressed_size));
    device->open(QIODevice::ReadOnly);
    m_current = device.get();
    return device;
}

void ZipReader::detachCurrent()
{
    if (!m_current)
        return;
    m_current->detach();
    m_current = nullptr;
    unzCloseCurrentFile(m_unz);
}

} // namespace sd
