#include "backupcatalog.h"

#include "files/workspacesettings.h"
#include "workspace.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <filesystem>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QAtomicInt s_connectionCounter;

const QString StampFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString stampOf(const QDateTime &utc)
{
    return utc.toUTC().toString(StampFormat);
}

QDateTime timeOfStamp(const QString &stamp)
{
    const QDate d = QDate::fromString(stamp.left(8), u"yyyyMMdd"_s);
    const QTime t = QTime::fromString(stamp.mid(9, 6), u"HHmmss"_s);
    return d.isValid() && t.isValid() ? QDateTime(d, t, QTimeZone::utc()) : QDateTime();
}

// PRAGMA user_version as the database header holds it (offset 60, big-endian); -1 when
// the file is not an SQLite database. Reads 100 bytes and nothing else.
int headerVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return -1;
    const auto *p = reinterpret_cast<const uchar *>(h.constData()) + 60;
    return int((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8)
               | quint32(p[3]));
}

// A connection of its own, closed and removed when it goes out of scope. A read-only one
// on a file in WAL mode makes SQLite create "-wal" and "-shm" beside it: those it created
// are removed again when they are empty, so that looking at a backup leaves nothing behind.
class RawConnection final
{
public:
    RawConnection(const QString &path, const QString &options)
        : m_name(u"sd-backup-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
        , m_path(path)
        , m_readOnly(options.contains(u"QSQLITE_OPEN_READONLY"_s))
        , m_hadWal(QFileInfo::exists(path + u"-wal"_s))
        , m_hadShm(QFileInfo::exists(path + u"-shm"_s))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawConnection() { close(); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
        m_open = false;
        if (m_readOnly && !m_hadWal) {
            const QFileInfo wal(m_path + u"-wal"_s);
            if (wal.exists() && wal.size() == 0 && QFile::remove(wal.filePath()) && !m_hadShm)
                QFile::remove(m_path + u"-shm"_s);
        }
    }

private:
    QString m_name;
    QString m_path;
    QString m_error;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_hadWal = false;
    bool m_hadShm = false;
};

// The first lines a statement returns, joined; the error text when it fails.
QString firstLines(const QSqlDatabase &db, const QString &sql, bool *failed = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (failed)
            *failed = true;
        return q.lastError().text();
    }
    if (failed)
        *failed = false;
    QStringList lines;
    while (q.next() && lines.size() < 10)
        lines << q.value(0).toString();
    return lines.join(u"; "_s);
}

// The rename reaches the disk before we report success (POSIX; elsewhere the system's
// own write-back is relied on). Files are synced by Workspace::syncFile().
void syncDir(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir)
#endif
}

} // namespace

BackupCatalog::BackupCatalog(const QString &workspacePath)
    : m_path(QFileInfo(workspacePath).absoluteFilePath())
    , m_dir(Workspace(workspacePath).backupDir())
    , m_base(QFileInfo(workspacePath).completeBaseName())
{
}

QString BackupCatalog::kindCode(BackupEntry::Kind kind)
{
    switch (kind) {
    case BackupEntry::Kind::Daily:
        return u"daily"_s;
    case BackupEntry::Kind::Migration:
        return u"migration"_s;
    case BackupEntry::Kind::Manual:
        return u"manual"_s;
    case BackupEntry::Kind::BeforeRestore:
        return u"before-restore"_s;
    }
    return {};
}

QString BackupCatalog::kindName(BackupEntry::Kind kind)
{
    switch (kind) {
    case BackupEntry::Kind::Daily:
        return tr("Daily");
    case BackupEntry::Kind::Migration:
        return tr("Before update");
    case BackupEntry::Kind::Manual:
        return tr("Manual");
    case BackupEntry::Kind::BeforeRestore:
        return tr("Before restore");
    }
    return {};
}

QString BackupCatalog::dailyPath(const QDate &day) const
{
    return m_dir + u'/' + m_base + u".daily."_s + day.toString(Qt::ISODate) + u".sqlite"_s;
}

QString BackupCatalog::newPath(BackupEntry::Kind kind, const QDateTime &utc) const
{
    if (kind == BackupEntry::Kind::Daily)
        return dailyPath(utc.toLocalTime().date());
    const QString what = kind == BackupEntry::Kind::Migration
            ? u"v%1"_s.arg(Workspace::latestSchemaVersion())
            : kindCode(kind);
    const QString stem = m_dir + u'/' + m_base + u'.' + what + u'.' + stampOf(utc);
    QString path = stem + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + u"-%1.sqlite"_s.arg(n);
    return path;
}

QList<BackupEntry> BackupCatalog::list() const
{
    const QString b = QRegularExpression::escape(m_base);
    const QString stamp = u"(\\d{8}T\\d{6}Z)(?:-\\d+)?"_s;
    const QRegularExpression daily(u"^"_s + b + u"\\.daily\\.(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"_s);
    const QRegularExpression migration(u"^"_s + b + u"\\.v\\d+\\."_s + stamp + u"\\.sqlite$"_s);
    const QRegularExpression manual(u"^"_s + b + u"\\.manual\\."_s + stamp + u"\\.sqlite$"_s);
    const QRegularExpression before(u"^"_s + b + u"\\.before-restore\\."_s + stamp
                                    + u"\\.sqlite$"_s);

    QList<BackupEntry> out;
    const QFileInfoList files = QDir(m_dir).entryInfoList({u"*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &fi : files) {
        const QString name = fi.fileName();
        BackupEntry e;
        QRegularExpressionMatch m;
        if ((m = daily.match(name)).hasMatch()) {
            e.kind = BackupEntry::Kind::Daily;
            e.day = QDate::fromString(m.captured(1), Qt::ISODate);
            if (!e.day.isValid())
                continue;
            // The file's own time, unless it was copied since (then the start of its day).
            const QDateTime modified = fi.lastModified();
            e.time = modified.date() == e.day ? modified.toUTC()
                                              : e.day.startOfDay().toUTC();
        } else if ((m = migration.match(name)).hasMatch()) {
            e.kind = BackupEntry::Kind::Migration;
        } else if ((m = manual.match(name)).hasMatch()) {
            e.kind = BackupEntry::Kind::Manual;
        } else if ((m = before.match(name)).hasMatch()) {
            e.kind = BackupEntry::Kind::BeforeRestore;
        } else {
            continue;
        }
        if (e.kind != BackupEntry::Kind::Daily) {
            e.time = timeOfStamp(m.captured(1));
            if (!e.time.isValid())
                continue;
        }
        e.path = fi.absoluteFilePath();
        e.bytes = fi.size();
        e.schemaVersion = headerVersion(e.path);
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return out;
}

bool BackupCatalog::verify(const QString &file, int *schemaVersion, QString *error)
{
    const QFileInfo fi(file);
    const QString name = shown(fi.absoluteFilePath());
    if (!fi.isFile()) {
        *error = tr("%1: no such file").arg(name);
        return false;
    }
    if (headerVersion(file) < 0) {
        *error = tr("%1 is not a SellerDesk workspace (not an SQLite database)").arg(name);
        return false;
    }
    RawConnection c(fi.absoluteFilePath(), u"QSQLITE_OPEN_READONLY"_s);
    if (!c.isOpen()) {
        *error = tr("%1 cannot be opened: %2").arg(name, c.error());
        return false;
    }
    bool failed = false;
    const QString integrity = firstLines(c.db(), u"PRAGMA integrity_check"_s, &failed);
    if (failed) {
        *error = tr("%1 cannot be read: %2").arg(name, integrity);
        return false;
    }
    if (integrity != u"ok"_s) {
        *error = tr("%1 is damaged (integrity check: %2)").arg(name, integrity);
        return false;
    }
    const int version = firstLines(c.db(), u"PRAGMA user_version"_s).toInt();
    const QString tables = firstLines(c.db(), u"SELECT count(*) FROM sqlite_master "
                                              "WHERE type = 'table' "
                                              "AND name IN ('stores', 'orders', 'rules')"_s);
    if (version < 1 || tables != u"3"_s) {
        *error = tr("%1 is not a SellerDesk workspace").arg(name);
        return false;
    }
    if (version > Workspace::latestSchemaVersion()) {
        *error = tr("%1 was written by a newer SellerDesk (schema version %2; this version knows "
                    "up to %3)")
                         .arg(name)
                         .arg(version)
                         .arg(Workspace::latestSchemaVersion());
        return false;
    }
    if (schemaVersion)
        *schemaVersion = version;
    return true;
}

std::optional<BackupEntry> BackupCatalog::newestHealthy() const
{
    const QList<BackupEntry> all = list();
    for (const BackupEntry &e : all) {
        if (e.schemaVersion < 1 || e.schemaVersion > Workspace::latestSchemaVersion())
            continue;
        QString ignored;
        if (verify(e.path, nullptr, &ignored))
            return e;
    }
    return std::nullopt;
}

QString BackupCatalog::damagedHint() const
{
    // Only the headers are read (verifying a large backup takes seconds; restore does it).
    const QList<BackupEntry> all = list();
    for (const BackupEntry &e : all) {
        if (e.schemaVersion >= 1 && e.schemaVersion <= Workspace::latestSchemaVersion())
            return tr("The newest backup is %1, written %2; restore it in SellerDesk or with "
                      "\"sellerdesk-cli restore FILE\".")
                    .arg(shown(e.path), e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    }
    return tr("There is no backup in %1.").arg(shown(m_dir));
}

QStringList BackupCatalog::prune(int keep) const
{
    keep = std::max(keep, 1);
    QList<BackupEntry> daily;
    const QList<BackupEntry> all = list();
    for (const BackupEntry &e : all) {
        if (e.kind == BackupEntry::Kind::Daily)
            daily << e;
    }
    // Newest day first: the days kept are the newest, whatever the files' times say.
    std::sort(daily.begin(), daily.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.day > b.day; });
    QStringList removed;
    for (qsizetype i = keep; i < daily.size(); ++i) {
        if (QFile::remove(daily[i].path))
            removed << daily[i].path;
    }
    return removed;
}

bool BackupCatalog::runDaily(const Workspace &ws, const QDate &day, int keep, DailyResult *result,
                             QString *error) const
{
    *result = DailyResult();
    result->path = dailyPath(day);
    if (!QFileInfo::exists(result->path)) {
        QString why;
        if (ws.backupTo(result->path, &why)) {
            result->written = true;
        } else if (!QFileInfo::exists(result->path)) {
            // (When it exists now, another process wrote it at the same time: fine.)
            *error = tr("the daily backup %1 was not written: %2").arg(shown(result->path), why);
            return false;
        }
    }
    result->pruned = prune(keep);
    return true;
}

bool BackupCatalog::writeManual(const Workspace &ws, QString *path, QString *error) const
{
    *path = newPath(BackupEntry::Kind::Manual, QDateTime::currentDateTimeUtc());
    return ws.backupTo(*path, error);
}

namespace {

// The in-use check and the lock a restore holds.
//
// SellerDesk keeps every workspace in WAL mode, and in WAL mode SQLite keeps a SHARED lock
// on the database file for as long as a connection is open (not only during a
// transaction), whether the connection reads or writes and whichever process it is in
// (within one process SQLite tracks the locks of all its connections to a file itself).
// This connection sets locking_mode = EXCLUSIVE before its first read: SQLite then opens
// the WAL without shared memory and must take an EXCLUSIVE lock on the database file
// first, which it gets only when no other connection exists. So:
//   - the first read fails with SQLITE_BUSY exactly when someone else has the workspace
//     open: a SellerDesk window, sellerdesk-cli, a worker thread, the sqlite3 shell;
//   - once it succeeds the lock is held until close(): nobody can open the workspace while
//     the restore works on it (they wait, then get "database is locked").
// Closing a WAL connection deletes "<file>-wal" by name; the restore therefore switches
// the old file to journal_mode = MEMORY (checkpointing and removing its WAL while it holds
// the lock) before renaming the new file over it, so closing afterwards touches no name.
// A program that opened the workspace while the lock was held and gets its turn after the
// swap holds the old, replaced file: now in rollback mode, SQLite refuses to write to it
// because it has been moved (SQLITE_READONLY_DBMOVED), so nothing can be written there.
//
// A rollback-journal database (not SellerDesk's) holds no lock while idle, and a file
// that is not a database cannot be locked through SQLite: those report Unreadable or Free.
// While the lock is held nothing in this process may open and close the workspace file
// itself (QFile): closing any descriptor of a file drops all of the process's POSIX locks
// on it, and SQLite guards only its own descriptors.
class ExclusiveLock final
{
public:
    explicit ExclusiveLock(const QString &path)
    {
        if (!QFileInfo::exists(path)) {
            access = BackupCatalog::Access::Absent;
            return;
        }
        // Wait briefly: a connection that is closing right now lets go within milliseconds.
        conn = std::make_unique<RawConnection>(path, u"QSQLITE_BUSY_TIMEOUT=500"_s);
        if (!conn->isOpen()) {
            access = BackupCatalog::Access::Unreadable;
            detail = conn->error();
            conn.reset();
            return;
        }
        QSqlQuery q(conn->db());
        if (!q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s)
            || !q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            const int code = q.lastError().nativeErrorCode().toInt();
            detail = q.lastError().text();
            // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
            access = (code & 0xff) == 5 || (code & 0xff) == 6 ? BackupCatalog::Access::InUse
                                                              : BackupCatalog::Access::Unreadable;
            q.finish();
            q = QSqlQuery();
            conn.reset();
            return;
        }
        q.finish();
        access = BackupCatalog::Access::Free;
    }

    bool held() const { return conn != nullptr; }
    QSqlDatabase db() const { return conn->db(); }
    void release() { conn.reset(); }

    BackupCatalog::Access access = BackupCatalog::Access::Free;
    QString detail;
    std::unique_ptr<RawConnection> conn;
};

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec) {
        *error = QString::fromLocal8Bit(ec.message());
        return false;
    }
    return true;
}

void removeIfExists(const QString &path)
{
    if (QFileInfo::exists(path))
        QFile::remove(path);
}

} // namespace

BackupCatalog::Access BackupCatalog::access(QString *detail) const
{
    ExclusiveLock lock(m_path);
    if (detail)
        *detail = lock.detail;
    return lock.access;
}

bool BackupCatalog::restore(const QString &backupFile, RestoreResult *result, QString *error) const
{
    *result = RestoreResult();
    const QFileInfo backupInfo(backupFile);
    const QString backup = backupInfo.absoluteFilePath();
    const QString workspace = shown(m_path);
    if (QFileInfo::exists(m_path) && backupInfo.exists()
        && backupInfo.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()) {
        *error = tr("%1 is the workspace itself; choose a backup").arg(shown(backup));
        return false;
    }
    int version = 0;
    if (!verify(backup, &version, error)) {
        *error = tr("Nothing was restored: %1").arg(*error);
        return false;
    }

    ExclusiveLock lock(m_path);
    if (lock.access == Access::InUse) {
        *error = tr("%1 is open in SellerDesk, sellerdesk-cli or another program (a window, a "
                    "process, a scheduled job). Close it and try again; nothing was changed.")
                         .arg(workspace);
        return false;
    }
    const bool exists = lock.access != Access::Absent;
    bool healthy = false;
    if (lock.held()) {
        bool failed = false;
        healthy = firstLines(lock.db(), u"PRAGMA quick_check"_s, &failed) == u"ok"_s && !failed;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // 1. The workspace as it is, kept before anything changes: a readable one copied to a
    //    before-restore backup now; a damaged one renamed aside below, as it is.
    QString why;
    if (healthy) {
        QString tmp;
        const QString target = newPath(BackupEntry::Kind::BeforeRestore, now);
        if (!Workspace::vacuumToTemp(lock.db(), m_dir, u".sellerdesk-backup-XXXXXX"_s, &tmp, &why)
            || !QFile::rename(tmp, target)) {
            QFile::remove(tmp);
            *error = tr("%1: the backup of the current workspace could not be written, so "
                        "nothing was restored: %2")
                             .arg(workspace, why.isEmpty() ? shown(target) : why);
            return false;
        }
        result->beforeRestore = target;
    }

    // 2. The restored workspace, complete and synced, beside the old one.
    QString tmp;
    {
        RawConnection source(backup, u"QSQLITE_OPEN_READONLY"_s);
        if (!source.isOpen()
            || !Workspace::vacuumToTemp(source.db(), folder, u".sellerdesk-restore-XXXXXX"_s, &tmp, &why)) {
            *error = tr("%1 could not be copied into place, so nothing was restored: %2")
                             .arg(shown(backup), source.isOpen() ? why : source.error());
            return false;
        }
    }
    {
        // VACUUM INTO writes a rollback-journal file; the restored workspace is in WAL mode
        // from the start, so that the in-use check sees every connection to it (above).
        RawConnection walSwitch(tmp, QString());
        const bool wal = walSwitch.isOpen()
                && firstLines(walSwitch.db(), u"PRAGMA journal_mode = WAL"_s).toLower() == u"wal"_s;
        walSwitch.close();
        if (wal)
            Workspace::syncFile(tmp);
        else
            version = -1; // refused below
    }
    if (headerVersion(tmp) != version) {
        QFile::remove(tmp);
        *error = tr("%1 could not be copied into place, so nothing was restored")
                         .arg(shown(backup));
        return false;
    }

    const QString wal = m_path + u"-wal"_s;
    const QString shm = m_path + u"-shm"_s;
    if (healthy) {
        // 3a. Fold the WAL into the old file while the lock is held, so that closing the
        //     lock later deletes no "-wal" that might by then belong to the new file.
        if (firstLines(lock.db(), u"PRAGMA journal_mode = MEMORY"_s).toLower() != u"memory"_s) {
            QFile::remove(tmp);
            *error = tr("%1 could not be prepared for the restore; nothing was restored, and the "
                        "current workspace was also saved as %2")
                             .arg(workspace, shown(result->beforeRestore));
            return false;
        }
        removeIfExists(wal);
        removeIfExists(shm);
#ifdef Q_OS_WIN
        // Windows does not replace a file that is open; a program opening it in between makes
        // the rename below fail, leaving the workspace as it is.
        lock.release();
#endif
        if (!replaceFile(tmp, m_path, &why)) {
            QFile::remove(tmp);
            *error = tr("%1 could not be replaced: %2. Nothing was restored; the workspace is "
                        "unchanged and was also saved as %3")
                             .arg(workspace, why, shown(result->beforeRestore));
            return false;
        }
        lock.release();
    } else {
        // 3b. A damaged or unreadable workspace is renamed aside with its WAL, not deleted.
        lock.release();
        if (exists) {
            const QString aside = folder + u'/' + m_base + u".damaged-"_s + stampOf(now)
                    + u".sqlite"_s;
            if (!QFile::rename(m_path, aside)) {
                QFile::remove(tmp);
                *error = tr("%1 could not be moved aside to %2; nothing was restored")
                                 .arg(workspace, shown(aside));
                return false;
            }
            if (QFileInfo::exists(wal))
                QFile::rename(wal, aside + u"-wal"_s);
            removeIfExists(shm);
            result->damagedAside = aside;
        }
        // The path is free now; QFile::rename never replaces a file someone just created.
        if (!QFile::rename(tmp, m_path)) {
            QFile::remove(tmp);
            *error = result->damagedAside.isEmpty()
                    ? tr("The backup could not be put in place at %1 (a new workspace was "
                         "created there meanwhile?); the backup %2 is unchanged")
                              .arg(workspace, shown(backup))
                    : tr("The backup could not be put in place at %1 (a new workspace was "
                         "created there meanwhile?); the backup %2 is unchanged and the damaged "
                         "workspace is kept as %3")
                              .arg(workspace, shown(backup), shown(result->damagedAside));
            return false;
        }
    }
    syncDir(folder);
    result->restored = backup;
    result->schemaVersion = version;
    return true;
}

DailyBackupScheduler::DailyBackupScheduler(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_today([] { return QDate::currentDate(); })
{
    connect(m_timer, &QTimer::timeout, this, &DailyBackupScheduler::check);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher->result();
        if (o.ok) {
            m_doneDay = m_runningDay;
            m_failedAt = QDateTime();
        } else {
            m_failedAt = QDateTime::currentDateTimeUtc();
        }
        Q_EMIT finished(o.ok, o.result.path, o.result.written, o.result.pruned, o.error);
    });
}

DailyBackupScheduler::~DailyBackupScheduler()
{
    waitForIdle();
}

void DailyBackupScheduler::start(int delayMs, int checkMs)
{
    m_timer->start(checkMs);
    QTimer::singleShot(delayMs, this, &DailyBackupScheduler::check);
}

bool DailyBackupScheduler::isRunning() const
{
    return m_watcher->isRunning();
}

void DailyBackupScheduler::waitForIdle()
{
    m_watcher->waitForFinished();
}

void DailyBackupScheduler::check()
{
    if (isRunning())
        return;
    const QDate today = m_today();
    if (today == m_doneDay)
        return;
    // A failure (disk full, say) is tried again after an hour, or on the next day.
    if (m_failedAt.isValid() && today == m_runningDay
        && m_failedAt.secsTo(QDateTime::currentDateTimeUtc()) < 3600)
        return;
    m_runningDay = today;
    Workspace *ws = m_workspace;
    m_watcher->setFuture(QtConcurrent::run([ws, today] {
        Outcome o;
        {
            const int keep = WorkspaceSettings(ws->connection()).backupsKeepDaily();
            o.ok = BackupCatalog(ws->path()).runDaily(*ws, today, keep, &o.result, &o.error);
        }
        ws->releaseConnection();
        return o;
    }));
}

} // namespace sd
