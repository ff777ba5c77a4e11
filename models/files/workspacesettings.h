#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// Settings that belong to a workspace rather than to one computer (the GUI and the
// CLI see the same values): kept in workspace_settings.
class WorkspaceSettings final
{
    Q_DECLARE_TR_FUNCTIONS(sd::WorkspaceSettings)
public:
    static inline const QString AttachmentMaxBytes = QStringLiteral("attachments.max_bytes");
    static constexpr qint64 DefaultAttachmentMaxBytes = 20 * 1024 * 1024;

    explicit WorkspaceSettings(const QSqlDatabase &db) : m_db(db) { }

    QString value(const QString &key, const QString &fallback = {}) const;
    qint64 integer(const QString &key, qint64 fallback) const;
    // Writes with an audit entry, in its own transaction.
    bool setValue(const QString &key, const QString &value, QString *error);

    qint64 attachmentMaxBytes() const
    {
        return integer(AttachmentMaxBytes, DefaultAttachmentMaxBytes);
    }

private:
    QSqlDatabase m_db;
};

} // namespace sd
