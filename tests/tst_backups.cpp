#include "appcontext.h"
#include "backupsdialog.h"
#include "files/workspacesettings.h"
#include "store/backupcatalog.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using sd::BackupCatalog;
using sd::BackupEntry;
using sd::Workspace;

namespace {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(sdtest::fileBytes(path), QCryptographicHash::Sha256);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

void addStores(const QSqlDatabase &db, int count, const QString &prefix = u"Store"_s)
{
    for (int i = 0; i < count; ++i) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO stores (name, currency, time_zone, created_utc) "
                  "VALUES (?, 'USD', 'UTC', 0)"_s);
        q.addBindValue(u"%1 %2"_s.arg(prefix).arg(i + 1));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

// A workspace with `stores` stores, closed again (its WAL folded into the file).
void makeWorkspace(const QString &path, int stores)
{
    Workspace ws(path);
    QString error;
    QVERIFY2(ws.open(&error), qPrintable(error));
    addStores(ws.connection(), stores);
}

// What a file holds, read through a read-only connection of its own.
qint64 countIn(const QString &path, const QString &sql)
{
    Workspace ws(path);
    QString error;
    if (!ws.openReadOnly(&error))
        return -1;
    return sdtest::scalar(ws.connection(), sql);
}

QString storeName(const QString &path, int id)
{
    Workspace ws(path);
    QString error;
    if (!ws.openReadOnly(&error))
        return {};
    QSqlQuery q(ws.connection());
    q.prepare(u"SELECT name FROM stores WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool isPrivate(const QString &path)
{
    const auto perms = QFile::permissions(path);
    return (perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                     | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther))
            == QFileDevice::Permissions()
            && (perms & QFileDevice::ReadOwner) && (perms & QFileDevice::WriteOwner);
}

// Overwrites the b-tree page header of a table's root page: quick_check then fails while
// the file still opens as an SQLite database.
void corruptTable(const QString &path, const QString &table)
{
    qint64 root = 0, pageSize = 0;
    {
        Workspace ws(path);
        QString error;
        QVERIFY2(ws.openReadOnly(&error), qPrintable(error));
        root = sdtest::scalar(ws.connection(),
                              u"SELECT rootpage FROM sqlite_master WHERE name = '%1'"_s.arg(table));
        pageSize = sdtest::scalar(ws.connection(), u"PRAGMA page_size"_s);
    }
    QVERIFY(root > 1 && pageSize > 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((root - 1) * pageSize));
    QCOMPARE(f.write(QByteArray(32, '\xff')), qint64(32));
}

QStringList namesIn(const QString &dir, const QString &pattern = u"*"_s)
{
    return QDir(dir).entryList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
}

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const
    {
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        return lines.size() == 1 ? QJsonDocument::fromJson(lines.first().toUtf8()).object()
                                 : QJsonObject();
    }
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SELLERDESK_CLI_PATH), args);
    CliResult r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Another process that keeps the workspace open (this test program, started with
// --hold-workspace) until it is released.
class Holder
{
public:
    explicit Holder(const QString &path, bool readOnly = false)
    {
        QStringList args{u"--hold-workspace"_s, path};
        if (readOnly)
            args << u"--read-only"_s;
        m_process.start(QCoreApplication::applicationFilePath(), args);
        m_ready = m_process.waitForStarted(30000) && m_process.waitForReadyRead(30000)
                && m_process.readLine().trimmed() == "ready";
    }
    ~Holder() { release(); }
    bool isReady() const { return m_ready; }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }

private:
    QProcess m_process;
    bool m_ready = false;
};

int holdWorkspace(const QString &path, bool readOnly)
{
    Workspace ws(path);
    QString error;
    if (!(readOnly ? ws.openReadOnly(&error) : ws.open(&error))) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sdtest::scalar(ws.connection(), u"SELECT count(*) FROM stores"_s);
    std::printf("ready\n");
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) { }
    return 0;
}

} // namespace

class tst_Backups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dailyBackupIsWrittenOncePerDay();
    void pruningKeepsTheNewestDailyOnly();
    void listDescribesEachBackup();
    void backupsAndWorkspaceArePrivate();
    void restoreBringsBackTheExactData();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void restoreRefusedWhileOpenInAnotherProcess();
    void restoreRefusedWhileOpenInThisProcess();
    void damagedWorkspaceIsRefusedAndRestoredFromTheNewestHealthyBackup();
    void schedulerBacksUpOnAWorkerOnceADay();
    void cliBackupBackupsRestore();
    void dialogListsBacksUpAndAsksForRestore();
};

void tst_Backups::dailyBackupIsWrittenOncePerDay()
{
    sdtest::TempWorkspace t;
    addStores(t.db(), 2);
    const BackupCatalog catalog(t.path());
    const QDate day(2026, 11, 21);
    BackupCatalog::DailyResult r;
    QString error;
    QVERIFY2(catalog.runDaily(*t.ws, day, 7, &r, &error), qPrintable(error));
    QVERIFY(r.written);
    QCOMPARE(r.path, t.dir.filePath(u"backups/ws.daily.2026-11-21.sqlite"_s));
    QCOMPARE(countIn(r.path, u"SELECT count(*) FROM stores"_s), 2);

    // The same day again: the backup of the morning stays as it was.
    addStores(t.db(), 1, u"Later"_s);
    const QByteArray first = fileHash(r.path);
    QVERIFY(catalog.runDaily(*t.ws, day, 7, &r, &error));
    QVERIFY(!r.written);
    QCOMPARE(fileHash(r.path), first);
    QCOMPARE(countIn(r.path, u"SELECT count(*) FROM stores"_s), 2);

    // The next day: a new one, with what was added since.
    QVERIFY(catalog.runDaily(*t.ws, day.addDays(1), 7, &r, &error));
    QVERIFY(r.written);
    QCOMPARE(QFileInfo(r.path).fileName(), u"ws.daily.2026-11-22.sqlite"_s);
    QCOMPARE(countIn(r.path, u"SELECT count(*) FROM stores"_s), 3);
    QCOMPARE(namesIn(catalog.backupDir()),
             (QStringList{u"ws.daily.2026-11-21.sqlite"_s, u"ws.daily.2026-11-22.sqlite"_s}));
}

void tst_Backups::pruningKeepsTheNewestDailyOnly()
{
    sdtest::TempWorkspace t;
    const BackupCatalog catalog(t.path());
    QString error;
    const QDate first(2026, 10, 1);
    for (int i = 0; i < 10; ++i) {
        BackupCatalog::DailyResult r;
        QVERIFY2(catalog.runDaily(*t.ws, first.addDays(i), 100, &r, &error), qPrintable(error));
    }
    // Backups of the other kinds, older than every daily one.
    const QString migration = catalog.backupDir() + u"/ws.v3.20250101T000000Z.sqlite"_s;
    const QString manual = catalog.backupDir() + u"/ws.manual.20250102T000000Z.sqlite"_s;
    const QString before = catalog.backupDir() + u"/ws.before-restore.20250103T000000Z.sqlite"_s;
    for (const QString &p : {migration, manual, before})
        QVERIFY2(t.ws->backupTo(p, &error), qPrintable(error));
    // Another workspace's daily backups in the same folder are not this one's to prune.
    const QString other = catalog.backupDir() + u"/other.daily.2020-01-01.sqlite"_s;
    QVERIFY(t.ws->backupTo(other, &error));

    BackupCatalog::DailyResult r;
    QVERIFY(catalog.runDaily(*t.ws, first.addDays(10), 3, &r, &error));
    QCOMPARE(r.pruned.size(), 8);
    QStringList daily = namesIn(catalog.backupDir(), u"ws.daily.*"_s);
    QCOMPARE(daily, (QStringList{u"ws.daily.2026-10-09.sqlite"_s, u"ws.daily.2026-10-10.sqlite"_s,
                                 u"ws.daily.2026-10-11.sqlite"_s}));
    for (const QString &p : {migration, manual, before, other})
        QVERIFY2(QFileInfo::exists(p), qPrintable(p));

    // A count below one keeps one: today's backup is never pruned away.
    QCOMPARE(catalog.prune(0).size(), 2);
    QCOMPARE(namesIn(catalog.backupDir(), u"ws.daily.*"_s),
             QStringList{u"ws.daily.2026-10-11.sqlite"_s});
    for (const QString &p : {migration, manual, before, other})
        QVERIFY2(QFileInfo::exists(p), qPrintable(p));
}

void tst_Backups::listDescribesEachBackup()
{
    sdtest::TempWorkspace t;
    const BackupCatalog catalog(t.path());
    QString error;
    BackupCatalog::DailyResult daily;
    QVERIFY(catalog.runDaily(*t.ws, QDate::currentDate(), 7, &daily, &error));
    const QString migration = catalog.backupDir() + u"/ws.v2.20260101T080000Z.sqlite"_s;
    QVERIFY(t.ws->backupTo(migration, &error));
    QString manual;
    QVERIFY(catalog.writeManual(*t.ws, &manual, &error));
    // Not listed: another name, a temporary file, a file of another workspace.
    QFile junk(catalog.backupDir() + u"/ws.manual.20200101T000000Z.sqlite"_s);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a database");
    junk.close();
    for (const QString &name : {u"notes.sqlite"_s, u".sellerdesk-backup-abc123"_s,
                                u"other.manual.20260101T000000Z.sqlite"_s}) {
        QFile f(catalog.backupDir() + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }

    const QList<BackupEntry> list = catalog.list();
    QCOMPARE(list.size(), 4);
    // Newest first.
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(list[i - 1].time >= list[i].time);
    auto find = [&](const QString &path) {
        for (const BackupEntry &e : list) {
            if (e.path == path)
                return e;
        }
        return BackupEntry();
    };
    const BackupEntry m = find(manual);
    QCOMPARE(m.kind, BackupEntry::Kind::Manual);
    QVERIFY(qAbs(m.time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(m.bytes, QFileInfo(manual).size());
    QCOMPARE(m.schemaVersion, Workspace::latestSchemaVersion());
    const BackupEntry v = find(migration);
    QCOMPARE(v.kind, BackupEntry::Kind::Migration);
    QCOMPARE(v.time, QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()));
    const BackupEntry d = find(daily.path);
    QCOMPARE(d.kind, BackupEntry::Kind::Daily);
    QCOMPARE(d.day, QDate::currentDate());
    QCOMPARE(find(junk.fileName()).schemaVersion, -1);
    QCOMPARE(list.last().path, junk.fileName()); // 2020: the oldest
    // newestHealthy() passes over the junk and finds the newest real one.
    const auto newest = catalog.newestHealthy();
    QVERIFY(newest);
    QCOMPARE(newest->path, list.first().path);
}

void tst_Backups::backupsAndWorkspaceArePrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    makeWorkspace(path, 1);
    const BackupCatalog catalog(path);
    QString error, manual;
    BackupCatalog::DailyResult daily;
    {
        Workspace ws(path);
        QVERIFY(ws.open(&error));
        QVERIFY(catalog.runDaily(ws, QDate(2026, 11, 21), 7, &daily, &error));
        QVERIFY(catalog.writeManual(ws, &manual, &error));
    }
    BackupCatalog::RestoreResult r;
    QVERIFY2(catalog.restore(manual, &r, &error), qPrintable(error));
    for (const QString &p : {path, daily.path, manual, r.beforeRestore})
        QVERIFY2(isPrivate(p), qPrintable(p));
#else
    QSKIP("POSIX file modes only");
#endif
}

void tst_Backups::restoreBringsBackTheExactData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    makeWorkspace(path, 3);
    const BackupCatalog catalog(path);
    QString error, manual;
    {
        Workspace ws(path);
        QVERIFY(ws.open(&error));
        QVERIFY(catalog.writeManual(ws, &manual, &error));
        // After the backup: a store renamed, one added.
        QVERIFY(exec(ws.connection(), u"UPDATE stores SET name = 'Renamed' WHERE id = 1"_s));
        addStores(ws.connection(), 1, u"Added"_s);
    }
    QCOMPARE(countIn(path, u"SELECT count(*) FROM stores"_s), 4);

    BackupCatalog::RestoreResult r;
    QVERIFY2(catalog.restore(manual, &r, &error), qPrintable(error));
    // No temporary, -wal or -shm file is left behind.
    QCOMPARE(namesIn(dir.path()), QStringList{u"ws.sqlite"_s});
    QCOMPARE(namesIn(catalog.backupDir(), u".*"_s), QStringList());
    QCOMPARE(r.restored, manual);
    QCOMPARE(r.schemaVersion, Workspace::latestSchemaVersion());
    QVERIFY(r.damagedAside.isEmpty());
    // The workspace is the backup again ...
    QCOMPARE(countIn(path, u"SELECT count(*) FROM stores"_s), 3);
    QCOMPARE(storeName(path, 1), u"Store 1"_s);
    // ... and what it held before is in the before-restore backup, listed as such.
    QVERIFY(QFileInfo::exists(r.beforeRestore));
    QCOMPARE(countIn(r.beforeRestore, u"SELECT count(*) FROM stores"_s), 4);
    QCOMPARE(storeName(r.beforeRestore, 1), u"Renamed"_s);
    const QList<BackupEntry> listed = catalog.list();
    QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const BackupEntry &e) {
        return e.path == r.beforeRestore && e.kind == BackupEntry::Kind::BeforeRestore;
    }));
    // The backup itself is untouched.
    QCOMPARE(countIn(manual, u"SELECT count(*) FROM stores"_s), 3);

    // The restored workspace opens for writing, healthy, in WAL mode.
    Workspace ws(path);
    QVERIFY2(ws.open(&error), qPrintable(error));
    QCOMPARE(ws.integrityCheck(), u"ok"_s);
    QCOMPARE(sdtest::scalar(ws.connection(),
                            u"SELECT count(*) FROM stores WHERE name = 'Added 1'"_s),
             0);

    // And the before-restore backup brings the later state back in turn.
    ws.releaseConnection();
    BackupCatalog::RestoreResult back;
    QVERIFY2(catalog.restore(r.beforeRestore, &back, &error), qPrintable(error));
    QCOMPARE(countIn(path, u"SELECT count(*) FROM stores"_s), 4);
    QCOMPARE(storeName(path, 1), u"Renamed"_s);
}

void tst_Backups::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged") << u"damaged"_s << u"is damaged"_s;
    QTest::newRow("not sqlite") << u"junk"_s << u"not an SQLite database"_s;
    QTest::newRow("other database") << u"foreign"_s << u"not a SellerDesk workspace"_s;
    QTest::newRow("newer version") << u"newer"_s << u"newer SellerDesk"_s;
    QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
    QTest::newRow("the workspace itself") << u"self"_s << u"workspace itself"_s;
}

void tst_Backups::restoreRefusesBadBackups()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    makeWorkspace(path, 2);
    const BackupCatalog catalog(path);
    QString backup = catalog.backupDir() + u"/ws.manual.20260101T000000Z.sqlite"_s;
    QString error;
    QDir().mkpath(catalog.backupDir());
    if (kind == u"damaged"_s || kind == u"newer"_s) {
        {
            Workspace ws(path);
            QVERIFY(ws.open(&error));
            QVERIFY(ws.backupTo(backup, &error));
        }
        if (kind == u"damaged"_s) {
            corruptTable(backup, u"stores"_s);
        } else {
            Workspace b(backup);
            QVERIFY(b.open(&error));
            QVERIFY(exec(b.connection(), u"PRAGMA user_version = %1"_s.arg(
                                                 Workspace::latestSchemaVersion() + 1)));
        }
    } else if (kind == u"junk"_s) {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else if (kind == u"foreign"_s) {
        // An SQLite database of another program, with a schema version of its own.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QVERIFY(exec(db, u"CREATE TABLE customers (id INTEGER)"_s));
        QVERIFY(exec(db, u"PRAGMA user_version = 3"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else if (kind == u"self"_s) {
        backup = path;
    }
    const QByteArray before = fileHash(path);
    const QStringList backupsBefore = namesIn(catalog.backupDir());

    BackupCatalog::RestoreResult r;
    QVERIFY(!catalog.restore(backup, &r, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(r.beforeRestore.isEmpty() && r.damagedAside.isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(namesIn(catalog.backupDir()), backupsBefore);
    QCOMPARE(namesIn(dir.path()), QStringList{u"ws.sqlite"_s});
}

void tst_Backups::restoreRefusedWhileOpenInAnotherProcess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    makeWorkspace(path, 2);
    const BackupCatalog catalog(path);
    QString error, manual;
    {
        Workspace ws(path);
        QVERIFY(ws.open(&error));
        QVERIFY(catalog.writeManual(ws, &manual, &error));
        addStores(ws.connection(), 1, u"Later"_s);
    }
    QCOMPARE(catalog.access(), BackupCatalog::Access::Free);

    for (const bool readOnly : {false, true}) {
        Holder holder(path, readOnly);
        QVERIFY(holder.isReady());
        QCOMPARE(catalog.access(), BackupCatalog::Access::InUse);
        const QByteArray before = fileHash(path);
        BackupCatalog::RestoreResult r;
        QVERIFY(!catalog.restore(manual, &r, &error));
        QVERIFY2(error.contains(u"is open"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(r.beforeRestore.isEmpty());
        // The CLI says the same.
        const CliResult cli = runCli({u"--db"_s, path, u"restore"_s, manual});
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(u"is open"_s), qPrintable(cli.err));
        holder.release();
    }
    QCOMPARE(namesIn(catalog.backupDir(), u"ws.before-restore.*"_s), QStringList());
    QCOMPARE(countIn(path, u"SELECT count(*) FROM stores"_s), 3);

    // Once the other process is gone the restore goes ahead.
    QCOMPARE(catalog.access(), BackupCatalog::Access::Free);
    BackupCatalog::RestoreResult r;
    QVERIFY2(catalog.restore(manual, &r, &error), qPrintable(error));
    QCOMPARE(countIn(path, u"SELECT count(*) FROM stores"_s), 2);
}

void tst_Backups::restoreRefusedWhileOpenInThisProcess()
{
    // Another window of this process: SQLite's locks count connections within a process
    // too. (No file of the workspace is opened here while it is held: closing any
    // descriptor of a file drops the process's POSIX locks on it.)
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    makeWorkspace(path, 2);
    const BackupCatalog catalog(path);
    QString error, manual;
    Workspace window(path);
    QVERIFY(window.open(&error));
    QVERIFY(catalog.writeManual(window, &manual, &error));
    addStores(window.connection(), 1, u"Later"_s);
    QCOMPARE(catalog.access(), BackupCatalog::Access::InUse);
    BackupCatalog::RestoreResult r;
    QVERIFY(!catalog.restore(manual, &r, &error));
    QVERIFY2(error.contains(u"is open"_s), qPrintable(error));
    QCOMPARE(sdtest::scalar(window.connection(), u"SELECT count(*) FROM stores"_s), 3);
    // A worker thread's connection counts as well, until the worker releases it.
    window.releaseConnection();
    QCOMPARE(catalog.access(), BackupCatalog::Access::Free);
    QSemaphore opened, done;
    QThread *worker = QThread::create([&] {
        sdtest::scalar(window.connection(), u"SELECT 1"_s);
        opened.release();
        done.acquire();
        window.releaseConnection();
    });
    worker->start();
    opened.acquire();
    QCOMPARE(catalog.access(), BackupCatalog::Access::InUse);
    done.release();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(catalog.access(), BackupCatalog::Access::Free);
}

void tst_Backups::damagedWorkspaceIsRefusedAndRestoredFromTheNewestHealthyBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    makeWorkspace(path, 3);
    const BackupCatalog catalog(path);
    QString error;
    BackupCatalog::DailyResult daily;
    QString manual;
    {
        Workspace ws(path);
        QVERIFY(ws.open(&error));
        QVERIFY(catalog.runDaily(ws, QDate::currentDate().addDays(-1), 7, &daily, &error));
        QThread::msleep(1100); // a later stamp
        QVERIFY(catalog.writeManual(ws, &manual, &error));
    }
    // The newest backup is damaged too: newestHealthy() passes over it.
    corruptTable(manual, u"stores"_s);
    corruptTable(path, u"stores"_s);
    const QByteArray damaged = fileHash(path);

    Workspace ws(path);
    QVERIFY(!ws.open(&error));
    QCOMPARE(ws.openFailure(), Workspace::OpenFailure::Damaged);
    QVERIFY2(error.contains(u"integrity check"_s), qPrintable(error));
    // The error names the newest backup.
    QVERIFY2(error.contains(QDir::toNativeSeparators(manual)), qPrintable(error));
    QCOMPARE(fileHash(path), damaged); // not written to

    const auto newest = catalog.newestHealthy();
    QVERIFY(newest);
    QCOMPARE(newest->path, daily.path);
    QCOMPARE(newest->kind, BackupEntry::Kind::Daily);

    // sellerdesk-cli check names it as well.
    const CliResult check = runCli({u"--db"_s, path, u"check"_s});
    QCOMPARE(check.code, 1);
    QVERIFY2(check.err.contains(QDir::toNativeSeparators(manual)), qPrintable(check.err));

    BackupCatalog::RestoreResult r;
    QVERIFY2(catalog.restore(newest->path, &r, &error), qPrintable(error));
    QVERIFY(r.beforeRestore.isEmpty()); // not readable: set aside instead
    QVERIFY(QFileInfo(r.damagedAside).fileName().startsWith(u"ws.damaged-"_s));
    QCOMPARE(QFileInfo(r.damagedAside).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(fileHash(r.damagedAside), damaged);
    QVERIFY(ws.open(&error));
    QCOMPARE(ws.openFailure(), Workspace::OpenFailure::None);
    QCOMPARE(sdtest::scalar(ws.connection(), u"SELECT count(*) FROM stores"_s), 3);
}

void tst_Backups::schedulerBacksUpOnAWorkerOnceADay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    const BackupCatalog catalog(path);
    {
        auto ws = std::make_unique<Workspace>(path);
        QString error;
        QVERIFY(ws->open(&error));
        QVERIFY(sd::WorkspaceSettings(ws->connection())
                        .setValue(sd::WorkspaceSettings::BackupsKeepDaily, u"2"_s, &error));
        QDate today(2026, 11, 21);
        sd::DailyBackupScheduler scheduler(ws.get());
        scheduler.setToday([&today] { return today; });
        QSignalSpy spy(&scheduler, &sd::DailyBackupScheduler::finished);
        scheduler.start(0, 20);
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.first().at(0).toBool(), true);
        QCOMPARE(spy.first().at(1).toString(), catalog.dailyPath(today));
        QCOMPARE(spy.first().at(2).toBool(), true);
        // The same day: nothing more, however often it looks.
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        // The date changes while it runs: the next day's backup, then the next, pruned to 2.
        today = today.addDays(1);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 30000);
        today = today.addDays(1);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 30000);
        QCOMPARE(spy.last().at(3).toStringList(),
                 QStringList{catalog.dailyPath(QDate(2026, 11, 21))});
        QCOMPARE(namesIn(catalog.backupDir()),
                 (QStringList{u"ws.daily.2026-11-22.sqlite"_s, u"ws.daily.2026-11-23.sqlite"_s}));
    }
    // The worker closed its connection when it was done: nothing holds the workspace now.
    QCOMPARE(catalog.access(), BackupCatalog::Access::Free);
}

void tst_Backups::cliBackupBackupsRestore()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    makeWorkspace(db, 2);
    const BackupCatalog catalog(db);

    // backup: a manual backup in the backup folder.
    CliResult r = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s});
    QCOMPARE(r.code, 0);
    const QString manual = r.json().value(u"backup"_s).toString();
    QCOMPARE(r.json().value(u"kind"_s).toString(), u"manual"_s);
    QCOMPARE(QFileInfo(manual).absolutePath(), QDir::toNativeSeparators(catalog.backupDir()));
    QVERIFY(QFileInfo(manual).fileName().startsWith(u"ws.manual."_s));
    QCOMPARE(countIn(manual, u"SELECT count(*) FROM stores"_s), 2);

    // backup --daily: once a day.
    r = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s, u"--daily"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"written"_s).toBool(), true);
    QCOMPARE(r.json().value(u"backup"_s).toString(),
             QDir::toNativeSeparators(catalog.dailyPath(QDate::currentDate())));
    r = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s, u"--daily"_s});
    QCOMPARE(r.json().value(u"written"_s).toBool(true), false);

    // backup --out FILE as before.
    const QString out = dir.filePath(u"copies/copy.sqlite"_s);
    r = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s, u"--out"_s, out});
    QCOMPARE(r.code, 0);
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(runCli({u"--db"_s, db, u"backup"_s, u"--out"_s, out}).code, 1);
    QCOMPARE(runCli({u"--db"_s, db, u"backup"_s, u"--daily"_s, u"--out"_s, out}).code, 2);

    // backups: the list, as JSON and as a table.
    r = runCli({u"--db"_s, db, u"--json"_s, u"backups"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray list = r.json().value(u"backups"_s).toArray();
    QCOMPARE(list.size(), 2);
    QStringList kinds;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        kinds << o.value(u"kind"_s).toString();
        QVERIFY(QFileInfo::exists(o.value(u"path"_s).toString()));
        QCOMPARE(o.value(u"bytes"_s).toInteger(), QFileInfo(o.value(u"path"_s).toString()).size());
        QCOMPARE(o.value(u"schema_version"_s).toInt(), Workspace::latestSchemaVersion());
        QVERIFY(QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODate).isValid());
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"daily"_s, u"manual"_s}));
    r = runCli({u"--db"_s, db, u"backups"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"manual"_s) && r.out.contains(QFileInfo(manual).fileName()));

    // restore: by path, and by the name the list shows.
    {
        Workspace ws(db);
        QString error;
        QVERIFY(ws.open(&error));
        QVERIFY(exec(ws.connection(), u"DELETE FROM stores"_s));
    }
    r = runCli({u"--db"_s, db, u"--json"_s, u"restore"_s, manual});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"restored"_s).toString(), manual);
    const QString before = r.json().value(u"before_restore"_s).toString();
    QVERIFY(QFileInfo::exists(before));
    QCOMPARE(countIn(before, u"SELECT count(*) FROM stores"_s), 0);
    QCOMPARE(countIn(db, u"SELECT count(*) FROM stores"_s), 2);
    r = runCli({u"--db"_s, db, u"restore"_s, QFileInfo(before).fileName()});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Restored"_s));
    QCOMPARE(countIn(db, u"SELECT count(*) FROM stores"_s), 0);

    // A file that is no workspace is refused, and nothing changes.
    const QByteArray hash = fileHash(db);
    r = runCli({u"--db"_s, db, u"--json"_s, u"restore"_s, out + u".missing"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.startsWith(u"error: "_s));
    QCOMPARE(fileHash(db), hash);
    QCOMPARE(runCli({u"--db"_s, db, u"restore"_s}).code, 2);
}

void tst_Backups::dialogListsBacksUpAndAsksForRestore()
{
    sdtest::TempWorkspace t;
    const BackupCatalog catalog(t.path());
    QString error;
    BackupCatalog::DailyResult daily;
    QVERIFY(catalog.runDaily(*t.ws, QDate::currentDate(), 7, &daily, &error));
    sd::ui::AppContext context(t.ws.get(), false);

    QString requested;
    sd::ui::BackupsDialog::setRestoreHandler(
            [&requested](const QString &file) { requested = file; });
    {
        sd::ui::BackupsDialog dialog(&context);
        auto *list = dialog.findChild<QTreeWidget *>(u"backupList"_s);
        auto *backUpNow = dialog.findChild<QPushButton *>(u"backUpNow"_s);
        auto *restore = dialog.findChild<QPushButton *>(u"restore"_s);
        auto *keep = dialog.findChild<QSpinBox *>(u"keepDaily"_s);
        QVERIFY(list && backUpNow && restore && keep);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), BackupCatalog::kindName(BackupEntry::Kind::Daily));
        QCOMPARE(list->topLevelItem(0)->text(3), QString::number(Workspace::latestSchemaVersion()));
        QVERIFY(!restore->isEnabled()); // nothing selected

        // The kept count is the workspace setting.
        QCOMPARE(keep->value(), 7);
        keep->setValue(4);
        QTRY_COMPARE(sd::WorkspaceSettings(t.db()).backupsKeepDaily(), 4);

        // Back Up Now adds a manual backup, on a worker; the list follows.
        QTest::mouseClick(backUpNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 30000);
        QTRY_VERIFY(backUpNow->isEnabled());

        // Restore… asks first; declined, nothing happens.
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == daily.path)
                list->setCurrentItem(list->topLevelItem(i));
        }
        QVERIFY(restore->isEnabled());
        QString asked;
        dialog.setConfirmation([&asked](const QString &question, const QString &details) {
            asked = question + u'\n' + details;
            return false;
        });
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(asked.contains(u"before-restore backup"_s));
        QVERIFY(requested.isEmpty());
        // Confirmed, the handler gets the backup chosen.
        dialog.setConfirmation([](const QString &, const QString &) { return true; });
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(requested, daily.path);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // Without a handler (no window to reopen) the dialog offers no restore.
    sd::ui::BackupsDialog::setRestoreHandler({});
    sd::ui::BackupsDialog dialog(&context);
    auto *list = dialog.findChild<QTreeWidget *>(u"backupList"_s);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!dialog.findChild<QPushButton *>(u"restore"_s)->isEnabled());
}

int main(int argc, char *argv[])
{
    // The second process of restoreRefusedWhileOpenInAnotherProcess.
    if (argc >= 3 && qstrcmp(argv[1], "--hold-workspace") == 0) {
        QCoreApplication app(argc, argv);
        return holdWorkspace(QString::fromLocal8Bit(argv[2]),
                             argc > 3 && qstrcmp(argv[3], "--read-only") == 0);
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_Backups test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backups.moc"
