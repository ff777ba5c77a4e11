#include "attachmentstore.h"

#include "files/workspacesettings.h"
#include "store/auditlog.h"
#include "store/privatefiles.h"
#include "store/workspacepaths.h"
#include "time/utctime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QString extensionFor(const QString &mime)
{
    if (mime == u"application/pdf"_s)
        return u"pdf"_s;
    if (mime == u"image/jpeg"_s)
        return u"jpg"_s;
    return mime.section(u'/', 1); // png, gif, webp, bmp
}

} // namespace

QString AttachmentStore::folder() const
{
    return paths::evidenceFolder(m_db.databaseName());
}

QString AttachmentStore::pathOf(const Attachment &a) const
{
    return QDir(folder()).filePath(a.sha256.left(2) + u'/' + a.sha256 + u'.'
                                   + extensionFor(a.mimeType));
}

std::optional<Attachment> AttachmentStore::add(const QString &entity, qint64 entityId,
                                               const QString &sourcePath, QString *error)
{
    const QFileInfo info(sourcePath);
    const QString name = info.fileName();
    QFile in(sourcePath);
    if (!info.isFile() || !in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(QDir::toNativeSeparators(sourcePath),
                                                info.isFile() ? in.errorString() : tr("no such file"));
        return std::nullopt;
    }
    const qint64 limit = WorkspaceSettings(m_db).attachmentMaxBytes();
    if (in.size() > limit) {
        const QLocale locale;
        *error = tr("%1 is %2; files up to %3 can be attached (a setting)")
                         .arg(name, locale.formattedDataSize(in.size()), locale.formattedDataSize(limit));
        return std::nullopt;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForData(&in);
    const QString mimeName = mime.name();
    const bool allowed = mimeName == u"application/pdf"_s
            || QStringList{u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s,
                           u"image/bmp"_s}
                       .contains(mimeName);
    if (!allowed) {
        *error = tr("%1 is not an image or a PDF (it looks like %2)").arg(name, mime.comment());
        return std::nullopt;
    }
    if (mimeName.startsWith(u"image/"_s)) {
        // A small file can unpack to a huge picture: refuse what could not be shown.
        in.seek(0);
        QImageReader reader(&in);
        const QSize size = reader.size();
        if (!size.isValid()) {
            *error = tr("%1 is not a readable image: %2").arg(name, reader.errorString());
            return std::nullopt;
        }
        if (qint64(size.width()) * size.height() > MaxImagePixels) {
            *error = tr("%1 is %2 × %3 pixels; images up to %4 megapixels can be attached")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(MaxImagePixels / 1000000);
            return std::nullopt;
        }
    }
    in.seek(0);
    const QByteArray content = in.readAll();
    if (content.size() != in.size()) {
        *error = tr("%1: cannot read: %2").arg(name, in.errorString());
        return std::nullopt;
    }
    Attachment a;
    a.entity = entity;
    a.entityId = entityId;
    a.fileName = name;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.sizeBytes = content.size();
    a.mimeType = mimeName;
    a.addedUtc = utc::toStore(QDateTime::currentDateTimeUtc());
    a.addedBy = AuditLog::currentActor();

    const QString target = pathOf(a);
    QFile existing(target);
    const bool stored = existing.open(QIODevice::ReadOnly)
            && QCryptographicHash::hash(existing.readAll(), QCryptographicHash::Sha256).toHex()
                    == a.sha256.toLatin1();
    existing.close();
    if (!stored) {
        // Buyers' photos and documents: the folders 0700, the file 0600 from its first byte.
        if (!privatefiles::makeDir(QFileInfo(target).path())) {
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(target).path()));
            return std::nullopt;
        }
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || !privatefiles::restrict(out)
            || out.write(content) != content.size() || !out.commit()) {
            *error = tr("cannot store %1 in %2: %3")
                             .arg(name, QDir::toNativeSeparators(folder()), out.errorString());
            return std::nullopt;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO attachments (entity, entity_id, file_name, sha256, size_bytes, "
              "mime_type, added_utc, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.entity);
    q.addBindValue(a.entityId);
    q.addBindValue(a.fileName);
    q.addBindValue(a.sha256);
    q.addBindValue(a.sizeBytes);
    q.addBindValue(a.mimeType);
    q.addBindValue(a.addedUtc);
    q.addBindValue(a.addedBy);
    if (!q.exec()) {
        *error = q.lastError().nativeErrorCode() == u"2067"_s // SQLITE_CONSTRAINT_UNIQUE
                ? tr("%1 is already attached").arg(name)
                : q.lastError().text();
        return std::nullopt;
    }
    a.id = q.lastInsertId().toLongLong();
    return a;
}

QList<Attachment> AttachmentStore::list(const QString &entity, qint64 entityId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, file_name, sha256, size_bytes, mime_type, added_utc, added_by "
              "FROM attachments WHERE entity = ? AND entity_id = ? ORDER BY added_utc, id"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    QList<Attachment> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.entity = entity;
        a.entityId = entityId;
        a.fileName = q.value(1).toString();
        a.sha256 = q.value(2).toString();
        a.sizeBytes = q.value(3).toLongLong();
        a.mimeType = q.value(4).toString();
        a.addedUtc = q.value(5).toLongLong();
        a.addedBy = q.value(6).toString();
        out.append(a);
    }
    return out;
}

} // namespace sd
