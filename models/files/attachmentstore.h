#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sd {

struct Attachment
{
    qint64 id = 0;
    QString entity; // "disputes", "chargebacks", ...
    qint64 entityId = 0;
    QString fileName; // as the user picked it
    QString sha256;
    qint64 sizeBytes = 0;
    QString mimeType;
    qint64 addedUtc = 0;
    QString addedBy;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
};

// Evidence files copied into the workspace: "<workspace>-files/<aa>/<sha256>.<ext>"
// beside the workspace file, so that moving or deleting the original loses nothing
// and the same file attached twice is stored once. Images and PDFs only, up to the
// workspace's size limit (WorkspaceSettings::attachmentMaxBytes).
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(sd::AttachmentStore)
public:
    // The largest picture accepted, whatever its file size: shown at full size it
    // takes 4 bytes a pixel (the GUI raises Qt's image allocation limit to match).
    static constexpr qint64 MaxImagePixels = 100'000'000;

    explicit AttachmentStore(const QSqlDatabase &db) : m_db(db) { }

    // The folder for this workspace's files.
    QString folder() const;
    // Copies the file in and records it; call inside the transaction of the change it
    // belongs to. The copy is verified before the row is written.
    std::optional<Attachment> add(const QString &entity, qint64 entityId, const QString &sourcePath,
                                  QString *error);
    QList<Attachment> list(const QString &entity, qint64 entityId) const;
    // Where the stored copy is.
    QString pathOf(const Attachment &a) const;

private:
    QSqlDatabase m_db;
};

} // namespace sd
