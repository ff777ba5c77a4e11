#pragma once

#include "io/recordsource.h"

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
    // Imports: the largest file accepted, the most fields in one row, and the most
    // bytes one XLSX part may unpack to (a zip bomb is refused before it is read).
    static inline const QString ImportMaxFileBytes = QStringLiteral("import.max_file_bytes");
    static constexpr qint64 DefaultImportMaxFileBytes = RecordSource::Limits().maxFileBytes;
    static inline const QString ImportMaxFields = QStringLiteral("import.max_fields");
    static constexpr qint64 DefaultImportMaxFields = RecordSource::Limits().maxFields;
    static inline const QString ImportMaxUnpackedBytes = QStringLiteral("import.max_unpacked_bytes");
    static constexpr qint64 DefaultImportMaxUnpackedBytes = RecordSource::Limits().maxUnpackedBytes;
    // How many daily backups are kept (older ones are deleted).
    static inline const QString BackupsKeepDaily = QStringLiteral("backups.keep_daily");
    static constexpr qint64 DefaultBackupsKeepDaily = 7;
    // Buyers' personal data may be purged from orders older than this many months.
    static inline const QString RetentionMonths = QStringLiteral("privacy.retention_months");
    static constexpr qint64 DefaultRetentionMonths = 24;

    explicit WorkspaceSettings(const QSqlDatabase &db) : m_db(db) { }

    QString value(const QString &key, const QString &fallback = {}) const;
    qint64 integer(const QString &key, qint64 fallback) const;
    // Writes with an audit entry, in its own transaction.
    bool setValue(const QString &key, const QString &value, QString *error);

    qint64 attachmentMaxBytes() const
    {
        return integer(AttachmentMaxBytes, DefaultAttachmentMaxBytes);
    }
    qint64 importMaxFileBytes() const
    {
        return integer(ImportMaxFileBytes, DefaultImportMaxFileBytes);
    }
    int importMaxFields() const { return int(integer(ImportMaxFields, DefaultImportMaxFields)); }
    qint64 importMaxUnpackedBytes() const
    {
        return integer(ImportMaxUnpackedBytes, DefaultImportMaxUnpackedBytes);
    }
    // The three import limits together, for RecordSource::open().
    RecordSource::Limits importLimits() const
    {
        return {importMaxFileBytes(), importMaxFields(), importMaxUnpackedBytes()};
    }
    int backupsKeepDaily() const { return int(integer(BackupsKeepDaily, DefaultBackupsKeepDaily)); }
    int retentionMonths() const { return int(integer(RetentionMonths, DefaultRetentionMonths)); }

private:
    QSqlDatabase m_db;
};

} // namespace sd
