// What SellerDesk writes beside a workspace is readable by the user alone (folders 0700, files
// 0600) whatever the umask, and what an older version left readable is tightened on the first
// open for writing; exports the user asks for keep the user's umask.

#include "cliprocess.h"
#include "disputes/chargebackrepository.h"
#include "disputes/disputerepository.h"
#include "files/attachmentstore.h"
#include "sellercentercsv.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "store/workspacepaths.h"
#include "testutil.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return u"0%1"_s.arg(mode, 3, 8, QChar(u'0'));
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString writePng(const QString &path)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    return image.save(path, "PNG") ? path : QString();
}

// Every folder and file under `root`, with its mode, that is not 0700 / 0600.
QStringList notPrivate(const QString &root, const QStringList &exempt)
{
    QStringList wrong;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (exempt.contains(path))
            continue;
        const int want = it.fileInfo().isDir() ? 0700 : 0600;
        const int mode = modeOf(path);
        if (mode != want)
            wrong << u"%1 is %2, not %3"_s.arg(path, octal(mode), octal(want));
    }
    return wrong;
}

} // namespace

class tst_PrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everythingWrittenIsPrivateUnderAnOpenUmask();
    void olderLooseFilesAreTightenedOnceWithAnAuditEntry();

private:
    mode_t m_umask = 022;
};

void tst_PrivateFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The most permissive umask: every file anyone writes would be world-readable and
    // writable, so only SellerDesk's own modes keep buyers' data private. The CLI processes
    // the test starts inherit it.
    m_umask = ::umask(0);
}

void tst_PrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void tst_PrivateFiles::everythingWrittenIsPrivateUnderAnOpenUmask()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    // SellerDesk makes the workspace's folder; the user's input and exports live elsewhere.
    const QString root = tmp.filePath(u"data"_s);
    const QString db = root + u"/SellerDesk/workspace.sqlite"_s;
    const QString inputs = tmp.filePath(u"inputs"_s);
    const QString exports = tmp.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(inputs) && QDir().mkpath(exports));

    // A demo workspace: claims with buyers' photos.
    auto r = sdtest::runCliProcess(db, {u"--json"_s, u"init"_s, u"--demo"_s});
    QVERIFY2(r.ok(), qPrintable(r.err));

    // Evidence on a dispute and a document on a chargeback, added as the GUI adds them.
    {
        sd::Workspace ws(db);
        QString error;
        QVERIFY2(ws.open(&error), qPrintable(error));
        const qint64 dispute = scalar(ws.connection(), u"SELECT id FROM disputes LIMIT 1"_s);
        const qint64 chargeback = scalar(ws.connection(), u"SELECT id FROM chargebacks LIMIT 1"_s);
        QVERIFY(dispute > 0 && chargeback > 0);
        const QString photo = writePng(inputs + u"/label-photo.png"_s);
        QVERIFY2(sd::DisputeRepository(ws.connection()).attachEvidence(dispute, photo, &error),
                 qPrintable(error));
        const QString scan = writePng(inputs + u"/bank-letter.png"_s);
        QVERIFY2(sd::ChargebackRepository(ws.connection()).attachDocument(chargeback, scan, &error),
                 qPrintable(error));
    }

    // An import with a bad row, kept going with --skip-bad: the rejected rows (buyers' names
    // and addresses) are written beside the input.
    const QString csv = inputs + u"/orders.csv"_s;
    QVERIFY(sdtest::writeSellerCenterCsv(csv, 20, 8200000000000000LL));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        f.write("not-an-order-id,等待您发货,,Ana Souza,yesterday,,9.99,0,9.99,0,Mug,,"
                "Rua 1,Ana Souza,BR,SP,São Paulo,Rua 1,01000,,,,,,,\n");
    }
    QString store;
    {
        sd::Workspace ws(db);
        QString error;
        QVERIFY2(ws.openReadOnly(&error), qPrintable(error));
        QSqlQuery q(ws.connection());
        QVERIFY(q.exec(u"SELECT name FROM stores ORDER BY id LIMIT 1"_s) && q.next());
        store = q.value(0).toString();
    }
    QVERIFY(!store.isEmpty());
    r = sdtest::runCliProcess(db, {u"--json"_s, u"import"_s, u"orders"_s, csv, u"--store"_s, store,
                                   u"--model"_s, u"semi_jit"_s, u"--skip-bad"_s});
    QVERIFY2(r.ok(), qPrintable(r.err + r.out));
    QDir in(inputs);
    const QStringList rejected = in.entryList({u"orders.rejected-*.csv"_s}, QDir::Files);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(octal(modeOf(in.filePath(rejected.first()))), octal(0600));

    // Today's daily backup, a restore of it, and the erasure of old personal data.
    r = sdtest::runCliProcess(db, {u"--json"_s, u"backup"_s, u"--daily"_s});
    QVERIFY2(r.ok(), qPrintable(r.err));
    const QString daily
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"backup"_s).toString();
    QVERIFY(QFile::exists(daily));
    r = sdtest::runCliProcess(db, {u"--json"_s, u"restore"_s, daily});
    QVERIFY2(r.ok(), qPrintable(r.err));
    r = sdtest::runCliProcess(db, {u"--json"_s, u"purge"_s, u"personal-data"_s,
                                   u"--older-than-months"_s, u"1"_s, u"--yes"_s});
    QVERIFY2(r.ok(), qPrintable(r.err));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"orders"_s).toInt() > 0);

    // Exports the user asks for follow the user's umask (0000 here: 0666).
    const QString exported = exports + u"/orders.csv"_s;
    r = sdtest::runCliProcess(db, {u"export"_s, u"orders"_s, u"--out"_s, exported});
    QVERIFY2(r.ok(), qPrintable(r.err));
    QCOMPARE(octal(modeOf(exported)), octal(0666));

    // Everything SellerDesk made under the workspace's folder, the evidence and photos, the
    // backups and what the restore set aside, is private; so is its folder.
    const QStringList wrong = notPrivate(root + u"/SellerDesk"_s, {});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QCOMPARE(octal(modeOf(root + u"/SellerDesk"_s)), octal(0700));
    // The walk saw the kinds of files the issue names.
    QVERIFY(QFileInfo(sd::paths::evidenceFolder(db)).isDir());
    QVERIFY(QFileInfo(QFileInfo(daily).absolutePath()).isDir());
    int stored = 0;
    QDirIterator it(sd::paths::evidenceFolder(db), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++stored;
    }
    QVERIFY(stored >= 32); // the demo's photos, the evidence and the document
}

void tst_PrivateFiles::olderLooseFilesAreTightenedOnceWithAnAuditEntry()
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(u"ws.sqlite"_s);
    QString stored;
    QString user;
    {
        sd::Workspace ws(db);
        QString error;
        QVERIFY2(ws.open(&error), qPrintable(error));
        const QString photo = writePng(tmp.filePath(u"photo.png"_s));
        auto a = sd::AttachmentStore(ws.connection()).add(u"claims"_s, 1, photo, &error);
        QVERIFY2(a, qPrintable(error));
        stored = sd::AttachmentStore(ws.connection()).pathOf(*a);
        QVERIFY(ws.backupTo(ws.backupDir() + u"/ws.manual.20261101T000000Z.sqlite"_s, &error));
    }
    // As SellerDesk 0.1 left them under a 022 umask; and a file the user put there.
    const QString evidence = sd::paths::evidenceFolder(db);
    const QString shard = QFileInfo(stored).absolutePath();
    const QString backups = tmp.filePath(u"backups"_s);
    const QString backup = backups + u"/ws.manual.20261101T000000Z.sqlite"_s;
    for (const QString &folder : {evidence, shard, backups})
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
    for (const QString &file : {stored, backup})
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions(0x6644)));
    user = evidence + u"/notes-for-the-team.txt"_s;
    {
        QFile f(user);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept as the user made it");
    }
    QVERIFY(QFile::setPermissions(user, QFileDevice::Permissions(0x6644)));
    QCOMPARE(octal(modeOf(shard)), octal(0755));
    QCOMPARE(octal(modeOf(stored)), octal(0644));

    auto repairs = [&db] {
        sd::Workspace ws(db);
        QString error;
        if (!ws.open(&error))
            return qint64(-1);
        return scalar(ws.connection(),
                      u"SELECT count(*) FROM audit_log WHERE action = 'make_private'"_s);
    };
    QCOMPARE(repairs(), qint64(1));
    for (const QString &folder : {evidence, shard, backups})
        QCOMPARE(octal(modeOf(folder)), octal(0700));
    for (const QString &file : {stored, backup})
        QCOMPARE(octal(modeOf(file)), octal(0600));
    QCOMPARE(octal(modeOf(user)), octal(0644)); // not SellerDesk's: left alone
    {
        sd::Workspace ws(db);
        QString error;
        QVERIFY(ws.open(&error));
        QSqlQuery q(ws.connection());
        QVERIFY(q.exec(u"SELECT new_value FROM audit_log WHERE action = 'make_private'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"3 folders 0700, 2 files 0600"_s);
    }
    // Once: a second open finds nothing to change and records nothing more.
    QCOMPARE(repairs(), qint64(1));
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
