#pragma once

// Private to ZipReader and ZipWriter: minizip's file functions over a QIODevice, so
// minizip never opens a file itself (no fopen: any path Qt opens works, non-ASCII ones
// on Windows included) and can write into a QSaveFile.

#include <QIODevice>

#include <ioapi.h>

#include <limits>

namespace sd::zipio {

// What minizip's stream handle points to.
struct Stream
{
    QIODevice *device = nullptr;
    bool failed = false; // a read, write or seek failed
};

inline voidpf ZCALLBACK openStream(voidpf opaque, const void *, int)
{
    return opaque; // the device is opened, and closed, by its owner
}

inline uLong ZCALLBACK readStream(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *s = static_cast<Stream *>(stream);
    const qint64 n = s->device->read(static_cast<char *>(buf), qint64(size));
    if (n < 0) {
        s->failed = true;
        return 0;
    }
    return uLong(n);
}

inline uLong ZCALLBACK writeStream(voidpf, voidpf stream, const void *buf, uLong size)
{
    auto *s = static_cast<Stream *>(stream);
    const qint64 n = s->device->write(static_cast<const char *>(buf), qint64(size));
    if (n != qint64(size))
        s->failed = true;
    return n < 0 ? 0 : uLong(n);
}

inline ZPOS64_T ZCALLBACK tellStream(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<Stream *>(stream)->device->pos());
}

inline long ZCALLBACK seekStream(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<Stream *>(stream);
    // minizip seeks back from the current position with an offset that wrapped below zero
    // (it does so when asked for an entry's extra field): relative offsets are signed.
    if (origin != ZLIB_FILEFUNC_SEEK_CUR && offset > ZPOS64_T(std::numeric_limits<qint64>::max()))
        return -1;
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = s->device->pos();
        if (qint64(offset) < -base)
            return -1;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = s->device->size();
        break;
    default:
        return -1;
    }
    if (!s->device->seek(base + qint64(offset))) {
        s->failed = true;
        return -1;
    }
    return 0;
}

inline int ZCALLBACK closeStream(voidpf, voidpf)
{
    return 0; // the owner closes the device (a QSaveFile must be committed, not closed)
}

inline int ZCALLBACK streamError(voidpf, voidpf stream)
{
    return static_cast<Stream *>(stream)->failed ? 1 : 0;
}

inline zlib_filefunc64_def functionsFor(Stream *stream)
{
    zlib_filefunc64_def def;
    def.zopen64_file = openStream;
    def.zread_file = readStream;
    def.zwrite_file = writeStream;
    def.ztell64_file = tellStream;
    def.zseek64_file = seekStream;
    def.zclose_file = closeStream;
    def.zerror_file = streamError;
    def.opaque = stream;
    return def;
}

} // namespace sd::zipio
