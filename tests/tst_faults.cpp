// A full disk and a read-only disk, for real: tests/faults.sh mounts a small tmpfs in
// a private mount namespace and runs this test with SD_FAULTS_DIR pointing at it (the
// test remounts it read-only itself). Nothing already stored is lost, and the app and
// the CLI say what happened.

#include "appcontext.h"
#include "cliprocess.h"
#include "mainwindow.h"
#include "orders/orderrepository.h"
#include "sellercentercsv.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

sdtest::CliProcess runCli(const QString &db, const QStringList &args)
{
    return sdtest::runCliProcess(db, args);
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(sdtest::fileBytes(path), QCryptographicHash::Sha256);
}

// What CLI `stores` lists: every store with its order count.
QString storeCounts(const QString &db)
{
    return runCli(db, {u"stores"_s}).out;
}

bool remount(const QString &dir, const QString &mode)
{
    return QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,"_s + mode, dir}) == 0;
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDiskRefusesTheImportAndKeepsWhatIsStored();
    void readOnlyDiskOpensReadOnly();

private:
    QString m_dir;
    QString m_db;
    QString m_store;
};

void tst_Faults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = qEnvironmentVariable("SD_FAULTS_DIR");
    QVERIFY2(!m_dir.isEmpty() && QFileInfo(m_dir).isDir(),
             "run through tests/faults.sh, which mounts the small file system this test fills");
    m_db = m_dir + u"/ws.sqlite"_s;
    const sdtest::CliProcess init = runCli(m_db, {u"init"_s, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    m_store = runCli(m_db, {u"--json"_s, u"stores"_s}).out.section(u"\"name\":\""_s, 1).section(u'"', 0, 0);
    QVERIFY(!m_store.isEmpty());
}

void tst_Faults::fullDiskRefusesTheImportAndKeepsWhatIsStored()
{
    const QString csv = QDir::temp().filePath(u"sd-faults-orders.csv"_s);
    QVERIFY(sdtest::writeSellerCenterCsv(csv, 20000, 8600000000000000LL));
    const QString before = storeCounts(m_db);
    QVERIFY(before.contains(u"orders"_s));

    // Fill the disk.
    const QString filler = m_dir + u"/filler.bin"_s;
    auto makeRoom = qScopeGuard([&] { QFile::remove(filler); });
    {
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 16, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
    }
    // Completely full: the workspace cannot even make its shared-memory file, so it
    // opens read-only and the import is refused before it starts.
    const QStringList import{u"import"_s, u"orders"_s, csv, u"--store"_s, m_store, u"--model"_s,
                             u"pop"_s};
    const sdtest::CliProcess full = runCli(m_db, import);
    qInfo("full disk: %s", qPrintable(full.err.trimmed()));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(u"sd-faults-orders.csv: not imported"_s)
                     && full.err.contains(u"disk"_s) && full.err.contains(u"full"_s),
             qPrintable(full.err));
    QCOMPARE(runCli(m_db, {u"stores"_s}).out, before);

    // Nearly full: the import starts and the disk fills under it; it is rolled back.
    QVERIFY(QFile::resize(filler, QFileInfo(filler).size() - 2 * 1024 * 1024));
    const sdtest::CliProcess fills = runCli(m_db, import);
    qInfo("disk filled during the import: %s", qPrintable(fills.err.trimmed()));
    QCOMPARE(fills.exitCode, 1);
    QVERIFY2(fills.err.contains(u"sd-faults-orders.csv: not imported"_s)
                     && fills.err.contains(u"full"_s) && fills.err.contains(u"Nothing was changed"_s),
             qPrintable(fills.err));
    const sdtest::CliProcess check = runCli(m_db, {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(storeCounts(m_db), before);

    // With room again, the same import goes in.
    QVERIFY(QFile::remove(filler));
    const sdtest::CliProcess roomy = runCli(m_db, {u"import"_s, u"orders"_s, csv, u"--store"_s, m_store,
                                       u"--model"_s, u"pop"_s});
    QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
    QVERIFY(storeCounts(m_db) != before);
    QFile::remove(csv);
}

void tst_Faults::readOnlyDiskOpensReadOnly()
{
    const QString before = storeCounts(m_db);
    QVERIFY(remount(m_dir, u"ro"_s));
    auto restore = qScopeGuard([this] { remount(m_dir, u"rw"_s); });
    const QByteArray hash = sha256(m_db);

    sd::Workspace ws(m_db);
    QString error;
    QVERIFY2(ws.open(&error), qPrintable(error));
    QVERIFY(ws.isReadOnly());
    QVERIFY2(ws.readOnlyReason().contains(u"read-only"_s), qPrintable(ws.readOnlyReason()));
    // Everything can be read...
    const qint64 orders = sdtest::scalar(ws.connection(), u"SELECT count(*) FROM orders"_s);
    QVERIFY(orders > 0);
    const qint64 ref = sdtest::scalar(ws.connection(), u"SELECT min(id) FROM orders"_s);
    sd::OrderRepository repo(ws.connection());
    QVERIFY(repo.detail(ref).has_value());
    // ...and a change is refused in words, not with SQLite's.
    QVERIFY(!repo.setStaffNote(ref, u"call the buyer"_s, &error));
    QVERIFY2(error.contains(u"read-only"_s) && error.contains(u"nothing can be changed"_s),
             qPrintable(error));

    // The window says so in its title and status bar.
    {
        sd::ui::AppContext context(&ws, false);
        sd::ui::MainWindow window(&context);
        QVERIFY2(window.windowTitle().contains(u"read-only"_s), qPrintable(window.windowTitle()));
        auto *notice = window.statusBar()->findChild<QLabel *>(u"readOnlyNotice"_s);
        QVERIFY(notice);
        QCOMPARE(notice->toolTip(), ws.readOnlyReason());
        // Importing is not offered.
        QAction *import = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            import = a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I) ? a : import;
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
    }

    // The CLI reads, and refuses to write, saying why.
    QCOMPARE(storeCounts(m_db), before);
    const sdtest::CliProcess purge = runCli(m_db, {u"purge"_s, u"personal-data"_s, u"--older-than-months"_s,
                                       u"1"_s, u"--yes"_s});
    QCOMPARE(purge.exitCode, 1);
    QVERIFY2(purge.err.contains(u"read-only"_s), qPrintable(purge.err));
    QCOMPARE(sha256(m_db), hash);
}

QTEST_MAIN(tst_Faults)
#include "tst_faults.moc"
