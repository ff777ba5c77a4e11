#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace sd {

namespace zipio {
struct Stream;
}
class ZipReader;

// Writes a zip archive with minizip's zip API into a device the caller owns and keeps
// open (a QSaveFile, say: the writer never closes it, so it can be committed after
// close()). The device must be open for writing and allow seeking back: minizip fills
// in each entry's sizes and CRC in its local header once the entry is complete.
//
// The same entries give the same bytes: every entry is dated 1980-01-01 00:00 (the
// earliest DOS date, as Excel does), names are UTF-8 with general purpose bit 11 set,
// data is deflated at zlib's default level, and no attributes or extra fields are
// written. An entry streamed with beginEntry() holds at most 4 GiB; addFile() and
// copyEntry() use Zip64 fields when an entry needs them.
//
// Every call returns false on failure, with the reason in errorString(); after a
// failure to write, the archive is unusable and only the destructor is left.
// Destroying an open writer ends the archive as close() does (the device must outlive
// the writer).
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ZipWriter)
public:
    explicit ZipWriter(QIODevice *out);
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    bool open();
    // A whole entry at once.
    bool addFile(const QString &name, const QByteArray &data);
    // An entry streamed in parts: beginEntry(), write() as often as needed, endEntry().
    bool beginEntry(const QString &name);
    bool write(const QByteArray &data);
    bool write(const char *data, qint64 size);
    bool endEntry();
    // Copies an entry of another archive as it is stored, without unpacking it.
    bool copyEntry(ZipReader &from, const QString &name);
    // Writes the central directory. The device stays open.
    bool close();

    QString errorString() const { return m_error; }

private:
    enum class State { New, Open, InEntry, InRawEntry, Closed, Failed };

    bool openEntry(const QString &name, int method, int level, bool raw, bool zip64);
    bool writeRaw(const char *data, qint64 size);
    bool fail(int code);
    bool refuse(const QString &reason);

    QIODevice *m_out;
    std::unique_ptr<zipio::Stream> m_stream;
    void *m_zip = nullptr; // zipFile
    State m_state = State::New;
    QString m_error;
};

} // namespace sd
