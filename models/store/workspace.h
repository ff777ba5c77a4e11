#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sd {

// One SellerDesk workspace: a single SQLite file holding every store's records.
//
// open() creates the file if needed (mode 0600 on POSIX: it holds buyers' names
// and addresses), runs quick_check, refuses a file written by a newer SellerDesk
// without touching it, writes a VACUUM INTO backup before any migration, migrates,
// and seeds the rule defaults. A workspace that cannot be written (a read-only disk or
// folder) opens read-only instead: isReadOnly() and readOnlyReason() say so. Each
// thread gets its own connection from connection().
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(sd::Workspace)
public:
    // How long a connection waits for another writer's lock before it reports busy.
    static constexpr int BusyTimeoutMs = 5000;

    explicit Workspace(const QString &path);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    bool open(QString *error);
    // Opens without writing anything (no migration, no WAL switch): for checks.
    bool openReadOnly(QString *error);
    bool isOpen() const { return m_open; }
    // Why open() or openReadOnly() failed. Damaged: the file failed quick_check or is not
    // readable as a database (the error then names the newest healthy backup).
    enum class OpenFailure { None, Damaged, Newer, NotAWorkspace, Other };
    OpenFailure openFailure() const { return m_openFailure; }
    bool isReadOnly() const { return m_readOnly; }
    // Why open() opened the workspace read-only (empty when it did not).
    QString readOnlyReason() const { return m_readOnlyReason; }

    QString path() const { return m_path; }
    // This thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    // Closes this thread's connection; call before a worker thread ends.
    void releaseConnection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    // The version of the SellerDesk that last migrated the workspace (empty: one before 0.2,
    // which did not record it).
    QString migratedBy() const;
    // The backup written before the last migration this session ran, or empty.
    QString lastBackupPath() const { return m_lastBackup; }

    // PRAGMA integrity_check: "ok" or the first problems found.
    QString integrityCheck() const;
    // A consistent copy of the live workspace (VACUUM INTO a temporary file in the
    // target's folder, renamed into place; mode 0600). Refuses to overwrite.
    bool backupTo(const QString &outFile, QString *error) const;

    // VACUUM INTO a new 0600 temporary file in `folder` (`pattern` as QTemporaryFile takes
    // it), flushed to disk: *tmpPath, for the caller to rename into place or remove.
    static bool vacuumToTemp(const QSqlDatabase &db, const QString &folder, const QString &pattern,
                             QString *tmpPath, QString *error);
    // A file's data on the disk before it is renamed into place (POSIX fsync; elsewhere
    // the system's own write-back is relied on).
    static void syncFile(const QString &path);

    // Folder where migration backups go: <workspace folder>/backups.
    QString backupDir() const;

private:
    bool configure(QSqlDatabase &db, QString *error) const;
    // The file and its folder (for the -wal and -shm files) can be written.
    bool isWritableLocation() const;
    QString connectionName() const;

    QString m_path;
    QString m_prefix;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_immutable = false;
    QString m_readOnlyReason;
    OpenFailure m_openFailure = OpenFailure::None;
    QString m_lastBackup;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace sd
