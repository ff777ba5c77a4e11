#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;
template <typename T>
class QFutureWatcher;

namespace sd {

class Workspace;

// One backup file of a workspace, as found in its backup folder.
struct BackupEntry
{
    enum class Kind { Daily, Migration, Manual, BeforeRestore };

    Kind kind = Kind::Manual;
    QString path;
    // When it was written (UTC): the stamp in its name, or for a daily one the file's time.
    QDateTime time;
    // Daily backups: the local day in the name.
    QDate day;
    qint64 bytes = 0;
    // PRAGMA user_version read from the file's header; -1 when it is not an SQLite file.
    int schemaVersion = -1;
};

// The backups of one workspace, all in Workspace::backupDir() (<workspace folder>/backups),
// named after the workspace file's base name:
//   <base>.daily.<YYYY-MM-DD>.sqlite            one a day, the oldest pruned beyond a count
//   <base>.v<N>.<stamp>.sqlite                  written before a migration from version N
//   <base>.manual.<stamp>.sqlite                Back Up Now, sellerdesk-cli backup
//   <base>.before-restore.<stamp>.sqlite        the workspace as it was before a restore
// where <stamp> is the UTC time yyyyMMddTHHmmssZ (a "-2", "-3" is added when two are
// written in the same second). Only daily backups are ever deleted, by pruning.
//
// Every file is written with Workspace::backupTo or the same VACUUM INTO into a 0600
// temporary file renamed into place, so a backup is either complete or absent.
class BackupCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(sd::BackupCatalog)
public:
    explicit BackupCatalog(const QString &workspacePath);

    QString workspacePath() const { return m_path; }
    QString backupDir() const { return m_dir; }

    // Every backup of this workspace, newest first. Reads only the files' headers.
    QList<BackupEntry> list() const;
    // The newest backup that verify() accepts.
    std::optional<BackupEntry> newestHealthy() const;
    // A sentence for a workspace that cannot be opened: the newest backup this version can
    // restore (judged by its header only: cheap) and how, or that there is none.
    QString damagedHint() const;

    // Whether a file can be restored: it opens read-only, passes integrity_check, is a
    // SellerDesk workspace and is not newer than this build. Never writes to the file.
    static bool verify(const QString &file, int *schemaVersion, QString *error);

    // "daily", "migration", "manual", "before-restore" (file names, JSON).
    static QString kindCode(BackupEntry::Kind kind);
    // The kind as shown to people.
    static QString kindName(BackupEntry::Kind kind);

    QString dailyPath(const QDate &day) const;
    // A name for a new manual or before-restore backup written at `utc`, not yet taken.
    QString newPath(BackupEntry::Kind kind, const QDateTime &utc) const;

    struct DailyResult
    {
        QString path;
        bool written = false; // false: today's backup was already there
        QStringList pruned;
    };
    // Writes the daily backup of `day` with ws.backupTo (on the calling thread's
    // connection) unless it exists, then deletes the oldest daily backups beyond `keep`
    // (at least 1). Backups of other kinds are never deleted.
    bool runDaily(const Workspace &ws, const QDate &day, int keep, DailyResult *result,
                  QString *error) const;
    // Deletes the oldest daily backups beyond `keep` (at least 1); returns their paths.
    QStringList prune(int keep) const;
    // A manual backup in the backup folder; its path in *path.
    bool writeManual(const Workspace &ws, QString *path, QString *error) const;

    enum class Access { Free, InUse, Absent, Unreadable };
    // Whether another connection, in this process or another, has the workspace open
    // (see restore()). Free also for a file that is not an SQLite database.
    Access access(QString *detail = nullptr) const;

    struct RestoreResult
    {
        QString restored;      // the backup restored
        QString beforeRestore; // the before-restore backup written, or empty
        QString damagedAside;  // where a damaged workspace was set aside, or empty
        int schemaVersion = 0; // of the restored workspace
    };
    // Replaces the workspace with a backup:
    //  1. verify() the backup (nothing happens when it is refused);
    //  2. refuse while any connection has the workspace open (the check holds an exclusive
    //     lock from then on, so nobody can open it half way; see the .cpp);
    //  3. a healthy workspace is first copied to a before-restore backup; a damaged or
    //     unreadable one is renamed aside to <base>.damaged-<stamp>.sqlite (with its -wal);
    //  4. the backup is copied (VACUUM INTO) to a 0600 temporary file in the workspace's
    //     folder, synced, and renamed over the workspace; stale -wal/-shm files go.
    // Nothing stored is lost: on any failure the workspace is left as it was.
    bool restore(const QString &backupFile, RestoreResult *result, QString *error) const;

private:
    QString m_path;
    QString m_dir;
    QString m_base;
};

// Runs the daily backup of an open workspace on a worker thread (VACUUM INTO a large
// workspace takes seconds), when start()ed and again whenever the local date changes while
// it runs; a failed attempt is retried after an hour. The worker uses its own connection
// (Workspace::connection() on the pool thread, released when it is done). The destructor
// waits for a running backup.
class DailyBackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackupScheduler)
public:
    explicit DailyBackupScheduler(Workspace *workspace, QObject *parent = nullptr);
    ~DailyBackupScheduler() override;

    // The first run after `delayMs`, then a look at the date every `checkMs`.
    void start(int delayMs = 0, int checkMs = 60 * 1000);
    bool isRunning() const;
    void waitForIdle();
    // Tests: what "today" is (default: the local date).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // Runs now when today's backup has not been done by this scheduler yet.
    void check();

Q_SIGNALS:
    void finished(bool ok, const QString &path, bool written, const QStringList &pruned,
                  const QString &error);

private:
    struct Outcome
    {
        bool ok = false;
        BackupCatalog::DailyResult result;
        QString error;
    };

    Workspace *m_workspace;
    QTimer *m_timer;
    QFutureWatcher<Outcome> *m_watcher;
    std::function<QDate()> m_today;
    QDate m_runningDay;
    QDate m_doneDay;
    QDateTime m_failedAt;
};

} // namespace sd
