#include "workspace.h"

#include "backupcatalog.h"
#include "auditlog.h"
#include "migrator.h"
#include "privatefiles.h"
#include "transaction.h"
#include "replies/templaterepository.h"
#include "rules/rulerepository.h"
#include "tier/tierrepository.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QAtomicInt s_workspaceCounter;

bool createPrivateFile(const QString &path, QString *error)
{
    privatefiles::makeDir(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = f.errorString();
        return false;
    }
    f.close();
    return f.setPermissions(privatefiles::FileMode);
}

QString firstValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return q.lastError().text();
    QStringList lines;
    while (q.next() && lines.size() < 10)
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

} // namespace

Workspace::Workspace(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_prefix(u"sd-workspace-%1-"_s.arg(s_workspaceCounter.fetchAndAddRelaxed(1)))
{
}

Workspace::~Workspace()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Workspace::connectionName() const
{
    return m_prefix + QString::number(quintptr(QThread::currentThreadId()), 16);
}

QSqlDatabase Workspace::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (m_immutable) {
        // Nothing can write the file (a read-only disk): SQLite may then skip the
        // shared-memory file it could not create.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                           + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        if (m_readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connections << name;
    }
    QString error;
    if (!db.open() || !configure(db, &error))
        qWarning("SellerDesk: cannot open workspace connection: %s",
                 qUtf8Printable(error.isEmpty() ? db.lastError().text() : error));
    return db;
}

void Workspace::releaseConnection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.removeOne(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Workspace::configure(QSqlDatabase &db, QString *error) const
{
    QStringList pragmas{u"PRAGMA foreign_keys = ON"_s,
                        // sql-safe: PRAGMA takes no bound values; the timeout is a constant.
                        u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)};
    if (!m_readOnly)
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = FULL"_s;
    for (const QString &p : std::as_const(pragmas)) {
        QSqlQuery q(db);
        if (!q.exec(p)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Workspace::openReadOnly(QString *error)
{
    if (!QFileInfo::exists(m_path)) {
        *error = tr("%1: no workspace at this path").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_readOnly = true;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = tr("%1: cannot open: %2")
                         .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    QSqlQuery probe(db);
    bool readable = probe.exec(u"SELECT count(*) FROM sqlite_master"_s);
    // SQLITE_IOERR (10), SQLITE_FULL (13), SQLITE_CANTOPEN (14).
    const int failed = readable ? 0 : probe.lastError().nativeErrorCode().toInt() & 0xff;
    if (!readable && !m_immutable
        && (!isWritableLocation() || failed == 10 || failed == 13 || failed == 14)) {
        // A workspace in WAL mode whose -shm file cannot be made: a read-only disk, or a
        // full one. Nothing can write it then, so it is read as it is.
        probe = QSqlQuery();
        db = QSqlDatabase();
        releaseConnection();
        m_immutable = true;
        db = connection();
        probe = QSqlQuery(db);
        readable = probe.exec(u"SELECT count(*) FROM sqlite_master"_s);
    }
    if (!readable) {
        *error = tr("%1: not a SellerDesk workspace (%2)")
                         .arg(QDir::toNativeSeparators(m_path), probe.lastError().text());
        // SQLITE_CORRUPT (11) or SQLITE_NOTADB (26): a file that may have been a workspace.
        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
        m_openFailure = code == 11 || code == 26 ? OpenFailure::Damaged : OpenFailure::Other;
        if (m_openFailure == OpenFailure::Damaged)
            *error += u'\n' + BackupCatalog(m_path).damagedHint();
        return false;
    }
    m_open = true;
    return true;
}

bool Workspace::open(QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    m_openFailure = OpenFailure::Other;
    if (!QFileInfo::exists(m_path)) {
        QString why;
        if (!createPrivateFile(m_path, &why)) {
            *error = tr("%1: cannot create the workspace: %2").arg(shown, why);
            return false;
        }
    }

    // Look before writing anything: version and health, read-only. A workspace nothing
    // can be written to (a read-only disk or folder, a file without write permission, a
    // disk too full to open it) then opens read-only: everything can be looked at,
    // nothing changed.
    const bool writable = isWritableLocation();
    bool diskFull = false;
    int version = 0;
    {
        Workspace probe(m_path);
        QString why;
        if (!probe.openReadOnly(&why)) {
            *error = why;
            m_openFailure = probe.openFailure();
            return false;
        }
        // The probe could read the file only without its -shm file: the disk is full.
        diskFull = writable && probe.m_immutable;
        QSqlDatabase db = probe.connection();
        version = Migrator::currentVersion(db);
        const QString quick = firstValue(db, u"PRAGMA quick_check"_s);
        if (quick != u"ok"_s) {
            *error = tr("%1: the workspace failed its integrity check and was not opened for "
                        "writing: %2")
                             .arg(shown, quick)
                    + u'\n' + BackupCatalog(m_path).damagedHint();
            m_openFailure = OpenFailure::Damaged;
            return false;
        }
        if (version > Migrator::latestVersion()) {
            *error = tr("%1 was written by a newer SellerDesk (schema version %2; this version "
                        "knows up to %3). It was left untouched: open it with a newer SellerDesk.")
                             .arg(shown)
                             .arg(version)
                             .arg(Migrator::latestVersion());
            m_openFailure = OpenFailure::Newer;
            return false;
        }
        if (version == 0 && firstValue(db, u"SELECT count(*) FROM sqlite_master"_s) != u"0"_s) {
            *error = tr("%1 is an SQLite database but not a SellerDesk workspace; it was left "
                        "untouched.")
                             .arg(shown);
            m_openFailure = OpenFailure::NotAWorkspace;
            return false;
        }
    }

    if (!writable || diskFull) {
        if (version != Migrator::latestVersion()) {
            *error = tr("%1 is read-only and at schema version %2; this SellerDesk needs "
                        "version %3 and cannot migrate it there. Open it where it can be "
                        "written, or with the SellerDesk that made it.")
                             .arg(shown)
                             .arg(version)
                             .arg(Migrator::latestVersion());
            return false;
        }
        if (!openReadOnly(error))
            return false;
        m_readOnlyReason = diskFull
                ? tr("The disk holding %1 is full. It is open read-only until space is freed: "
                     "everything can be looked at, nothing can be changed.")
                          .arg(shown)
                : tr("%1 cannot be written (a read-only disk or folder, or no write "
                     "permission). It is open read-only: everything can be looked at, nothing "
                     "can be changed.")
                          .arg(shown);
        m_openFailure = OpenFailure::None;
        return true;
    }

    m_readOnly = false;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = tr("%1: cannot open: %2").arg(shown, db.lastError().text());
        return false;
    }

    if (version < Migrator::latestVersion()) {
        if (version > 0) {
            const QString stamp =
                    QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
            const QString backup = backupDir() + u'/' + QFileInfo(m_path).completeBaseName()
                    + u".v%1.%2.sqlite"_s.arg(version).arg(stamp);
            QString why;
            if (!backupTo(backup, &why)) {
                *error = tr("%1: no migration was run because the backup before it failed: %2")
                                 .arg(shown, why);
                return false;
            }
            m_lastBackup = backup;
        }
        QString why;
        if (!Migrator::migrate(db, Migrator::latestVersion(), &why)) {
            *error = tr("%1: %2").arg(shown, why);
            return false;
        }
    }

    QString why;
    if (!RuleRepository(db).seedDefaults(&why)) {
        *error = tr("%1: cannot seed the rule defaults: %2").arg(shown, why);
        return false;
    }
    if (!TierRepository(db).seedDefault(&why)) {
        *error = tr("%1: cannot seed the tier model: %2").arg(shown, why);
        return false;
    }
    if (!TemplateRepository(db).seedBuiltins(&why)) {
        *error = tr("%1: cannot add the built-in reply templates: %2").arg(shown, why);
        return false;
    }
    // What an older SellerDesk left readable by other accounts is made private, once: after
    // that nothing is found to change and nothing more is recorded.
    const privatefiles::Repair repair = privatefiles::repairWorkspace(m_path, backupDir());
    if (repair.changed()) {
        // Best effort: the files are private already; a busy workspace only loses the note.
        Transaction tx(db);
        AuditLog(db).record(u"workspace"_s, QFileInfo(m_path).fileName(), u"make_private"_s,
                            u"permissions"_s, QVariant(),
                            u"%1 folders 0700, %2 files 0600"_s.arg(repair.folders).arg(repair.files),
                            std::nullopt, &why);
        tx.commit();
    }
    m_openFailure = OpenFailure::None;
    m_open = true;
    return true;
}

int Workspace::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

QString Workspace::migratedBy() const
{
    return Migrator::lastMigration(connection()).appVersion;
}

int Workspace::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QString Workspace::integrityCheck() const
{
    return firstValue(connection(), u"PRAGMA integrity_check"_s);
}

bool Workspace::isWritableLocation() const
{
    const QFileInfo file(m_path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

QString Workspace::backupDir() const
{
    return QFileInfo(m_path).absolutePath() + u"/backups"_s;
}

void Workspace::syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        ::fsync(f.handle());
#else
    Q_UNUSED(path)
#endif
}

bool Workspace::vacuumToTemp(const QSqlDatabase &db, const QString &folder, const QString &pattern,
                             QString *tmpPath, QString *error)
{
    if (!privatefiles::makeDir(folder)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // QTemporaryFile creates the file 0600 and empty, which VACUUM INTO accepts.
    QTemporaryFile tmp(folder + u'/' + pattern);
    if (!tmp.open()) {
        *error = tmp.errorString();
        return false;
    }
    tmp.setAutoRemove(false);
    *tmpPath = tmp.fileName();
    tmp.close();
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(*tmpPath);
    if (!q.exec()) {
        *error = q.lastError().text();
        QFile::remove(*tmpPath);
        return false;
    }
    syncFile(*tmpPath);
    return true;
}

bool Workspace::backupTo(const QString &outFile, QString *error) const
{
    const QFileInfo out(outFile);
    if (out.exists()) {
        *error = tr("%1 already exists; choose another name")
                         .arg(QDir::toNativeSeparators(out.absoluteFilePath()));
        return false;
    }
    if (!privatefiles::makeDir(out.absolutePath())) {
        *error = tr("cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(out.absolutePath()));
        return false;
    }
    QString tmpPath;
    if (!vacuumToTemp(connection(), out.absolutePath(), u".sellerdesk-backup-XXXXXX"_s, &tmpPath,
                      error))
        return false;
    if (!QFile::rename(tmpPath, out.absoluteFilePath())) {
        QFile::remove(tmpPath);
        *error = tr("cannot move the backup into place at %1")
                         .arg(QDir::toNativeSeparators(out.absoluteFilePath()));
        return false;
    }
    return true;
}

} // namespace sd
