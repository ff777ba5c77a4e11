#pragma once

#include "io/zipreader.h"
#include "store/workspace.h"

#include <QFile>

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

namespace sdtest {

// A fresh workspace in a temporary folder, opened and migrated.
struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<sd::Workspace> ws;

    TempWorkspace()
    {
        ws = std::make_unique<sd::Workspace>(dir.filePath(QStringLiteral("ws.sqlite")));
        QString error;
        if (!ws->open(&error))
            qFatal("cannot open the test workspace: %s", qUtf8Printable(error));
    }
    QSqlDatabase db() const { return ws->connection(); }
    QString path() const { return ws->path(); }
};

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A file's bytes; empty when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One entry of a zip (an .xlsx part); empty when absent.
inline QByteArray zipEntry(const QString &path, const QString &entry)
{
    sd::ZipReader zip(path);
    if (!zip.open())
        return {};
    const auto f = zip.openEntry(entry);
    return f ? f->readAll() : QByteArray();
}

// The archive as Info-ZIP's `zip -fz` writes it: every entry's 32-bit uncompressed size is
// 0xFFFFFFFF in its local header and in the central directory, the real size in a ZIP64
// extra field (0x0001). Entries are rewritten in order, offsets moved to match.
inline QByteArray asZip64(const QByteArray &zip)
{
    auto u16 = [&zip](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
    auto u32 = [&zip](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
    auto put16 = [](QByteArray &b, quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        b.append(c, 2);
    };
    auto zip64Extra = [&](quint64 size) {
        QByteArray e;
        put16(e, 0x0001);
        put16(e, 8);
        char c[8];
        qToLittleEndian(size, c);
        e.append(c, 8);
        return e;
    };
    const qsizetype eocd = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    const quint16 count = u16(eocd + 10);
    qsizetype cd = qsizetype(u32(eocd + 16));
    QByteArray body;
    QByteArray central;
    for (int i = 0; i < count; ++i) {
        const quint32 usize = u32(cd + 24);
        const quint16 nameLen = u16(cd + 28);
        const quint16 extraLen = u16(cd + 30);
        const quint16 commentLen = u16(cd + 32);
        const qsizetype local = qsizetype(u32(cd + 42));
        // Local header: sizes 0xFFFFFFFF for the uncompressed one, the ZIP64 field appended.
        const quint16 localName = u16(local + 26);
        const quint16 localExtra = u16(local + 28);
        const quint32 csize = u32(local + 18);
        const quint32 newOffset = quint32(body.size());
        QByteArray header = zip.mid(local, 30 + localName + localExtra);
        qToLittleEndian(quint32(0xFFFFFFFF), header.data() + 22);
        const QByteArray extra = zip64Extra(usize);
        qToLittleEndian(quint16(localExtra + extra.size()), header.data() + 28);
        body += header + extra + zip.mid(local + 30 + localName + localExtra, csize);
        // Central entry: the same, and the new offset.
        QByteArray entry = zip.mid(cd, 46 + nameLen + extraLen);
        qToLittleEndian(quint32(0xFFFFFFFF), entry.data() + 24);
        qToLittleEndian(quint16(extraLen + extra.size()), entry.data() + 30);
        qToLittleEndian(newOffset, entry.data() + 42);
        central += entry + extra + zip.mid(cd + 46 + nameLen + extraLen, commentLen);
        cd += 46 + nameLen + extraLen + commentLen;
    }
    QByteArray end = zip.mid(eocd);
    qToLittleEndian(quint32(central.size()), end.data() + 12);
    qToLittleEndian(quint32(body.size()), end.data() + 16);
    return body + central + end;
}


} // namespace sdtest
