// Two writers on one workspace: a GUI window and sellerdesk-cli, or two windows (two
// connections on two threads here, as two windows have). Nothing is lost or
// corrupted; a writer that meets a lock waits for the busy timeout, then says so
// plainly and leaves the person's input as it was.

#include "cliprocess.h"
#include "orders/orderrepository.h"
#include "sellercentercsv.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(sdtest::fileBytes(path), QCryptographicHash::Sha256);
}

// A demo workspace made by the CLI, the first store's name, and the refs of the first
// `n` orders.
struct Shared
{
    QTemporaryDir dir;
    QString path;
    QString store;
    QList<qint64> refs;
    explicit Shared(int n = 0) : path(dir.filePath(u"ws.sqlite"_s))
    {
        const auto init = sdtest::runCliProcess(path, {u"init"_s, u"--demo"_s});
        if (init.exitCode != 0)
            qFatal("init failed: %s", qUtf8Printable(init.err));
        sd::Workspace ws(path);
        QString error;
        if (!ws.open(&error))
            qFatal("%s", qUtf8Printable(error));
        QSqlQuery q(ws.connection());
        q.exec(u"SELECT name FROM stores ORDER BY id LIMIT 1"_s);
        q.next();
        store = q.value(0).toString();
        q.prepare(u"SELECT id FROM orders ORDER BY id LIMIT ?"_s);
        q.addBindValue(n);
        q.exec();
        while (q.next())
            refs << q.value(0).toLongLong();
    }
};

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void blockedWriterWaitsThenSaysSo();
    void noteSavedWhileCliImportsKeepsBoth();
    void twoWindowsWritingLoseNothing();
};

void tst_Concurrency::blockedWriterWaitsThenSaysSo()
{
    Shared s(1);
    const QString csv = s.dir.filePath(u"orders.csv"_s);
    QVERIFY(sdtest::writeSellerCenterCsv(csv, 50, 8200000000000000LL));
    const QByteArray csvHash = sha256(csv);

    // One window is in the middle of writing (a transaction left open).
    sd::Workspace holder(s.path);
    QString error;
    QVERIFY2(holder.open(&error), qPrintable(error));
    QSqlQuery lock(holder.connection());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(lock.exec(u"UPDATE stores SET account_id = 'held' WHERE id = 1"_s));

    sd::Workspace other(s.path);
    QVERIFY2(other.open(&error), qPrintable(error));
    const qint64 ordersBefore = sdtest::scalar(other.connection(), u"SELECT count(*) FROM orders"_s);

    // The CLI waits for the busy timeout, then fails with a message that says why.
    QElapsedTimer timer;
    timer.start();
    const auto blocked = sdtest::runCliProcess(s.path, {u"import"_s, u"orders"_s, csv, u"--store"_s,
                                   s.store, u"--model"_s, u"semi_jit"_s});
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY2(timer.elapsed() >= sd::Workspace::BusyTimeoutMs - 500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(blocked.err.contains(u"busy"_s) && blocked.err.contains(u"another SellerDesk window"_s),
             qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(u"orders.csv"_s), qPrintable(blocked.err));

    // The other window's note is refused the same way; what the person typed is theirs
    // to keep (the page leaves the editor as it is) and nothing was written.
    sd::OrderRepository repo(other.connection());
    QVERIFY(!repo.setStaffNote(s.refs.first(), u"Ask the buyer for a photo"_s, &error));
    QVERIFY2(error.contains(u"busy"_s) && error.contains(u"Nothing was changed"_s), qPrintable(error));

    // The first window finishes: its write is kept, and the others go through.
    QVERIFY(lock.exec(u"COMMIT"_s));
    QCOMPARE(sha256(csv), csvHash);
    QCOMPARE(sdtest::scalar(other.connection(), u"SELECT count(*) FROM orders"_s), ordersBefore);
    QVERIFY2(repo.setStaffNote(s.refs.first(), u"Ask the buyer for a photo"_s, &error), qPrintable(error));
    const auto retried = sdtest::runCliProcess(s.path, {u"import"_s, u"orders"_s, csv, u"--store"_s,
                                   s.store, u"--model"_s, u"semi_jit"_s});
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QCOMPARE(sdtest::scalar(other.connection(), u"SELECT count(*) FROM orders"_s), ordersBefore + 50);
    QCOMPARE(sdtest::scalar(other.connection(), u"SELECT count(*) FROM stores WHERE account_id = 'held'"_s), 1);
    QCOMPARE(repo.detail(s.refs.first())->staffNote, u"Ask the buyer for a photo"_s);
}

void tst_Concurrency::noteSavedWhileCliImportsKeepsBoth()
{
    Shared s(1);
    constexpr int Orders = 8000;
    const QString csv = s.dir.filePath(u"orders.csv"_s);
    QVERIFY(sdtest::writeSellerCenterCsv(csv, Orders, 8300000000000000LL));
    sd::Workspace window(s.path);
    QString error;
    QVERIFY2(window.open(&error), qPrintable(error));
    const qint64 before = sdtest::scalar(window.connection(), u"SELECT count(*) FROM orders"_s);

    QProcess import;
    import.start(QStringLiteral(SELLERDESK_CLI_PATH),
                 {u"--db"_s, s.path, u"import"_s, u"orders"_s, csv, u"--store"_s, s.store,
                  u"--model"_s, u"semi_jit"_s});
    QVERIFY(import.waitForStarted());
    // The person saves while the import runs; a busy answer is retried, as pressing
    // Save again would.
    sd::OrderRepository repo(window.connection());
    int attempts = 0;
    bool saved = false;
    while (!saved && attempts < 40) {
        ++attempts;
        saved = repo.setStaffNote(s.refs.first(), u"Buyer asked to combine shipping"_s, &error);
        if (!saved)
            QVERIFY2(error.contains(u"busy"_s), qPrintable(error));
    }
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(import.waitForFinished(600000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    QCOMPARE(sdtest::scalar(window.connection(), u"SELECT count(*) FROM orders"_s), before + Orders);
    QCOMPARE(repo.detail(s.refs.first())->staffNote, u"Buyer asked to combine shipping"_s);
    QCOMPARE(window.integrityCheck(), u"ok"_s);
}

void tst_Concurrency::twoWindowsWritingLoseNothing()
{
    constexpr int PerWindow = 150;
    // A day no demo order was reviewed on.
    static const QDate ReviewDay(2031, 1, 2);
    Shared s(2 * PerWindow);
    QCOMPARE(s.refs.size(), 2 * PerWindow);

    // Each "window" has its own workspace object and connection, on its own thread,
    // and writes notes and review marks as fast as it can.
    auto window = [&s](int index, QStringList *errors) {
        sd::Workspace ws(s.path);
        QString error;
        if (!ws.open(&error)) {
            errors->append(error);
            return;
        }
        {
            sd::OrderRepository repo(ws.connection());
            for (int i = index; i < s.refs.size(); i += 2) {
                if (!repo.setStaffNote(s.refs[i], u"note %1 from window %2"_s.arg(i).arg(index), &error))
                    errors->append(error);
                if (repo.markReviewed({s.refs[i]}, ReviewDay, &error) != 1)
                    errors->append(u"order %1 not marked: %2"_s.arg(s.refs[i]).arg(error));
            }
        }
        ws.releaseConnection();
    };
    QStringList errorsA, errorsB;
    std::unique_ptr<QThread> a(QThread::create(window, 0, &errorsA));
    std::unique_ptr<QThread> b(QThread::create(window, 1, &errorsB));
    a->start();
    b->start();
    QVERIFY(a->wait(300000));
    QVERIFY(b->wait(300000));
    QVERIFY2(errorsA.isEmpty(), qPrintable(errorsA.join(u'\n')));
    QVERIFY2(errorsB.isEmpty(), qPrintable(errorsB.join(u'\n')));

    sd::Workspace check(s.path);
    QString error;
    QVERIFY2(check.open(&error), qPrintable(error));
    sd::OrderRepository repo(check.connection());
    for (int i = 0; i < s.refs.size(); ++i) {
        const auto d = repo.detail(s.refs[i]);
        QCOMPARE(d->staffNote, u"note %1 from window %2"_s.arg(i).arg(i % 2));
    }
    QCOMPARE(sdtest::scalar(check.connection(),
                            u"SELECT count(*) FROM orders WHERE reviewed_on = '2031-01-02'"_s),
             qint64(s.refs.size()));
    QCOMPARE(check.integrityCheck(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
