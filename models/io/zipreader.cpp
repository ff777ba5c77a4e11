#include "zipreader.h"

#include "zipio_p.h"

#include <QFile>
#include <QStringDecoder>
#include <QtEndian>
#include <algorithm>

#include <unzip.h>
#include <zlib.h>

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

// A ZIP64 entry (Info-ZIP's zip -fz, any archive over 4 GiB) has 0xFFFFFFFF in its 32-bit
// size fields and the real sizes in its ZIP64 extra field (header 0x0001: the uncompressed,
// then the compressed size, each present only when its 32-bit field is 0xFFFFFFFF). The
// minizip 1.1 of Debian 12 does not read them on 64-bit systems (it compares with
// (unsigned long)-1); newer minizip does. Read them here either way.
constexpr ZPOS64_T Zip64Marker = 0xFFFFFFFFu;

bool readZip64Sizes(unzFile unz, unz_file_info64 *info)
{
    if (info->uncompressed_size != Zip64Marker && info->compressed_size != Zip64Marker)
        return true;
    QByteArray extra(qsizetype(info->size_file_extra), '\0');
    if (extra.isEmpty()
        || unzGetCurrentFileInfo64(unz, nullptr, nullptr, 0, extra.data(), uLong(extra.size()),
                                   nullptr, 0)
                   != UNZ_OK)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(extra.constData());
    qsizetype at = 0;
    while (at + 4 <= extra.size()) {
        const quint16 id = qFromLittleEndian<quint16>(p + at);
        const quint16 size = qFromLittleEndian<quint16>(p + at + 2);
        at += 4;
        if (at + size > extra.size())
            return false;
        if (id == 0x0001) {
            qsizetype field = at;
            for (ZPOS64_T *value : {&info->uncompressed_size, &info->compressed_size}) {
                if (*value != Zip64Marker)
                    continue;
                if (field + 8 > at + size)
                    return false;
                *value = qFromLittleEndian<quint64>(p + field);
                field += 8;
            }
            return true;
        }
        at += size;
    }
    return false; // a 32-bit size says "see the ZIP64 field", and there is none
}

} // namespace

// ---------------------------------------------------------------------------------------
// The device over the entry minizip has open.

class ZipEntryDevice final : public QIODevice
{
public:
    // `crc`: checked over the unpacked bytes (not for a raw entry, whose bytes are packed).
    ZipEntryDevice(ZipReader *reader, const QString &name, qint64 size, std::optional<quint32> crc)
        : m_reader(reader)
        , m_name(name)
        , m_size(size)
        , m_expectedCrc(crc)
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
        // Never past the entry's size: minizip may not know it (a ZIP64 entry, see above).
        const auto chunk = unsigned(std::min<qint64>({maxSize, m_size - m_read, qint64(1) << 30}));
        const int n = chunk > 0 ? unzReadCurrentFile(m_reader->m_unz, data, chunk) : 0;
        if (n > 0) {
            m_read += n;
            if (m_expectedCrc)
                m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(n));
            return n;
        }
        m_ended = true;
        // The end of the data (0) or an error (< 0). Closing checks minizip's CRC when it
        // knew the size; the size and CRC are checked here in any case.
        ZipReader *reader = m_reader;
        reader->m_current = nullptr;
        m_reader = nullptr;
        const int closed = unzCloseCurrentFile(reader->m_unz);
        const bool whole = m_read == m_size && (!m_expectedCrc || m_crc == *m_expectedCrc);
        if (n < 0 || closed != UNZ_OK || !whole || reader->m_stream->failed) {
            const QString reason
                    = reader->m_stream->failed && reader->m_file->error() != QFile::NoError
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
    std::optional<quint32> m_expectedCrc;
    uLong m_crc = crc32(0, nullptr, 0);
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
        if (!readZip64Sizes(m_unz, &info)) {
            rc = UNZ_BADZIPFILE;
            break;
        }
        unz64_file_pos pos;
        rc = unzGetFilePos64(m_unz, &pos);
        if (rc != UNZ_OK)
            break;
        Entry entry;
        entry.name = decodeName(rawName, info.flag);
        entry.directoryOffset = pos.pos_in_zip_directory;
        entry.fileNumber = pos.num_of_file;
        entry.uncompressedSize = qint64(info.uncompressed_size);
        entry.compressedSize = qint64(info.compressed_size);
        entry.crc = quint32(info.crc);
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

std::optional<qint64> ZipReader::uncompressedSize(const QString &name, Qt::CaseSensitivity cs) const
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
        rawInfo->crc = entry.crc;
        rawInfo->compressedSize = entry.compressedSize;
        rawInfo->uncompressedSize = entry.uncompressedSize;
    }
    auto device = std::make_unique<ZipEntryDevice>(
            this, entry.name, raw ? entry.compressedSize : entry.uncompressedSize,
            raw ? std::nullopt : std::optional<quint32>(entry.crc));
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
