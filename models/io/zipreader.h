#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QFile;

namespace sd {

namespace zipio {
struct Stream;
}
class ZipEntryDevice;

// Reads a zip archive with minizip's unzip API. minizip reads through a QFile (our own
// file functions, never fopen), so every path Qt opens works, non-ASCII ones on Windows
// included.
//
// Entry names are UTF-8 when the entry says so (general purpose bit 11) or when they
// are valid UTF-8, else Latin-1. Names are compared exactly unless a call asks for
// Qt::CaseInsensitive (ASCII case, as OOXML part names are compared); an exact match is
// preferred then.
//
// One entry is read at a time: opening an entry ends the device handed out before (it
// then reads nothing more and reports an error). A device may outlive the reader; it
// then fails the same way.
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ZipReader)
public:
    // An entry as it is stored, for copying it into another archive without
    // recompressing it (ZipWriter::copyEntry()).
    struct RawEntry
    {
        int method = 0; // 0 stored, 8 deflated
        int level = 0; // the compression level the entry's flags tell
        quint32 crc = 0; // of the uncompressed data
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    explicit ZipReader(const QString &path);
    ~ZipReader();
    Q_DISABLE_COPY_MOVE(ZipReader)

    // Opens the file and reads the archive's central directory.
    bool open();
    // Why the last call failed (a sentence without the file name).
    QString errorString() const { return m_error; }

    // In the order of the central directory.
    QStringList entryNames() const;
    bool contains(const QString &name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // The size the entry declares once unpacked (reading never goes past it), or
    // nullopt when there is no such entry.
    std::optional<qint64> uncompressedSize(const QString &name,
                                           Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

    // A sequential, read-only device over the entry's unpacked data; nullptr when the
    // entry is absent (errorString() is then empty) or cannot be read. At the end of the
    // data the CRC is checked: a mismatch is a read error.
    std::unique_ptr<QIODevice> openEntry(const QString &name,
                                         Qt::CaseSensitivity cs = Qt::CaseSensitive);
    // The entry's stored (compressed) bytes, and in *info how to store them again.
    std::unique_ptr<QIODevice> openRawEntry(const QString &name, RawEntry *info);

private:
    friend class ZipEntryDevice;

    struct Entry
    {
        QString name;
        quint64 directoryOffset = 0; // minizip's unz64_file_pos
        quint64 fileNumber = 0;
        // The real sizes, ZIP64 ones included (ZipReader::open reads them).
        qint64 uncompressedSize = 0;
        qint64 compressedSize = 0;
        quint32 crc = 0;
    };

    qsizetype indexOf(const QString &name, Qt::CaseSensitivity cs) const;
    std::unique_ptr<QIODevice> openAt(qsizetype index, bool raw, RawEntry *info);
    void detachCurrent();

    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<zipio::Stream> m_stream;
    void *m_unz = nullptr; // unzFile
    QList<Entry> m_entries;
    ZipEntryDevice *m_current = nullptr; // the device reading the open entry
    QString m_error;
};

} // namespace sd
