#include "zipwriter.h"

#include "zipio_p.h"
#include "zipreader.h"

#include <QIODevice>

#include <zip.h>

namespace sd {

namespace {

constexpr uLong Utf8NameFlag = 1 << 11;
constexpr qint64 Zip64Threshold = 0xFFFF'FFFFLL;
constexpr qint64 CopyChunk = 256 * 1024;

} // namespace

ZipWriter::ZipWriter(QIODevice *out)
    : m_out(out)
{ }

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

bool ZipWriter::refuse(const QString &reason)
{
    m_error = reason;
    return false;
}

bool ZipWriter::fail(int code)
{
    if (m_stream && m_stream->failed && !m_out->errorString().isEmpty())
        m_error = m_out->errorString();
    else
        m_error = tr("zip error %1").arg(code);
    m_state = State::Failed;
    return false;
}

bool ZipWriter::open()
{
    if (m_state != State::New)
        return refuse(tr("the archive is already open"));
    if (!m_out || !m_out->isOpen() || !m_out->isWritable())
        return refuse(tr("the output is not open for writing"));
    if (m_out->isSequential())
        return refuse(tr("the output cannot go back to complete an entry"));
    m_stream = std::make_unique<zipio::Stream>();
    m_stream->device = m_out;
    zlib_filefunc64_def functions = zipio::functionsFor(m_stream.get());
    m_zip = zipOpen2_64(m_stream.get(), APPEND_STATUS_CREATE, nullptr, &functions);
    if (!m_zip)
        return fail(ZIP_ERRNO);
    m_state = State::Open;
    return true;
}

bool ZipWriter::openEntry(const QString &name, int method, int level, bool raw, bool zip64)
{
    if (m_state != State::Open)
        return refuse(m_state == State::Failed ? m_error : tr("no entry can be started now"));
    const QByteArray utf8 = name.toUtf8();
    if (utf8.isEmpty() || utf8.size() > 0xFFFF || utf8.contains('\0'))
        return refuse(tr("\"%1\" cannot name a zip entry").arg(name));
    // 1980-01-01 00:00, the earliest date a zip entry can carry: no clock in the bytes.
    zip_fileinfo info = {};
    info.tmz_date.tm_year = 1980;
    info.tmz_date.tm_mon = 0;
    info.tmz_date.tm_mday = 1;
    const int rc = zipOpenNewFileInZip4_64(m_zip, utf8.constData(), &info, nullptr, 0, nullptr, 0,
                                           nullptr, method, level, raw ? 1 : 0, -MAX_WBITS,
                                           DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0,
                                           Utf8NameFlag, zip64 ? 1 : 0);
    if (rc != ZIP_OK)
        return fail(rc);
    m_state = raw ? State::InRawEntry : State::InEntry;
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    if (!openEntry(name, Z_DEFLATED, Z_DEFAULT_COMPRESSION, false, data.size() >= Zip64Threshold))
        return false;
    return writeRaw(data.constData(), data.size()) && endEntry();
}

bool ZipWriter::beginEntry(const QString &name)
{
    return openEntry(name, Z_DEFLATED, Z_DEFAULT_COMPRESSION, false, false);
}

bool ZipWriter::write(const QByteArray &data)
{
    return write(data.constData(), data.size());
}

bool ZipWriter::write(const char *data, qint64 size)
{
    if (m_state != State::InEntry)
        return refuse(m_state == State::Failed ? m_error : tr("no entry is open"));
    return writeRaw(data, size);
}

bool ZipWriter::writeRaw(const char *data, qint64 size)
{
    while (size > 0) {
        const auto chunk = unsigned(qMin<qint64>(size, 1 << 30));
        const int rc = zipWriteInFileInZip(m_zip, data, chunk);
        if (rc != ZIP_OK)
            return fail(rc);
        data += chunk;
        size -= chunk;
    }
    return true;
}

bool ZipWriter::endEntry()
{
    if (m_state != State::InEntry)
        return refuse(m_state == State::Failed ? m_error : tr("no entry is open"));
    const int rc = zipCloseFileInZip(m_zip);
    if (rc != ZIP_OK || m_stream->failed)
        return fail(rc);
    m_state = State::Open;
    return true;
}

bool ZipWriter::copyEntry(ZipReader &from, const QString &name)
{
    if (m_state != State::Open)
        return refuse(m_state == State::Failed ? m_error : tr("no entry can be started now"));
    ZipReader::RawEntry stored;
    const auto in = from.openRawEntry(name, &stored);
    if (!in) {
        return refuse(from.errorString().isEmpty() ? tr("the archive has no entry %1").arg(name)
                                                   : from.errorString());
    }
    const bool zip64 = stored.compressedSize >= Zip64Threshold
                       || stored.uncompressedSize >= Zip64Threshold;
    if (!openEntry(name, stored.method, stored.level, true, zip64))
        return false;
    QByteArray buffer(CopyChunk, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        const qint64 n = in->read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        if (!writeRaw(buffer.constData(), n))
            return false;
        copied += n;
    }
    if (!from.errorString().isEmpty() || copied != stored.compressedSize) {
        m_error = from.errorString().isEmpty() ? tr("the entry %1 is damaged").arg(name)
                                               : from.errorString();
        m_state = State::Failed;
        return false;
    }
    const int rc = zipCloseFileInZipRaw64(m_zip, ZPOS64_T(stored.uncompressedSize), stored.crc);
    if (rc != ZIP_OK || m_stream->failed)
        return fail(rc);
    m_state = State::Open;
    return true;
}

bool ZipWriter::close()
{
    if (m_state == State::InEntry && !endEntry())
        return false;
    if (m_state != State::Open)
        return refuse(m_state == State::Failed ? m_error : tr("the archive is not open"));
    const int rc = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK || m_stream->failed)
        return fail(rc);
    m_state = State::Closed;
    return true;
}

} // namespace sd
