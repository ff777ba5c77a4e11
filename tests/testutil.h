#pragma once

#include "io/zipreader.h"
#include "store/workspace.h"

#include <QFile>

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace sdtest
