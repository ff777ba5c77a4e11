#include "store/auditlog.h"
#include "store/transaction.h"
#include "stores/storerepository.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using sd::Store;
using sd::StoreRepository;

class tst_Stores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void addRenameArchive();
    void validation_data();
    void validation();
    void auditIsWrittenWithTheChange();
    void auditRollsBackWithTheChange();
};

namespace {
Store makeStore(const QString &name)
{
    Store s;
    s.name = name;
    s.accountId = u"cn1000"_s;
    s.currency = u"USD"_s;
    s.timeZone = u"Asia/Shanghai"_s;
    return s;
}
} // namespace

void tst_Stores::addRenameArchive()
{
    sdtest::TempWorkspace t;
    StoreRepository repo(t.db());
    QString error;
    const auto id = repo.add(makeStore(u"  Harbor Home  "_s), &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(repo.byId(*id)->name, u"Harbor Home"_s); // trimmed
    QVERIFY(repo.rename(*id, u"Harbor Home Goods"_s, &error));
    QCOMPARE(repo.byName(u"harbor home goods"_s)->id, *id); // case-insensitive lookup
    QVERIFY(repo.setArchived(*id, true, &error));
    QVERIFY(repo.byId(*id)->archived);
    QCOMPARE(repo.all(false).size(), 0);
    QCOMPARE(repo.all(true).size(), 1);
    QVERIFY(repo.setArchived(*id, false, &error));
    QCOMPARE(repo.all(false).size(), 1);
}

void tst_Stores::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty name") << u"   "_s << u"USD"_s << u"UTC"_s << u"name"_s;
    QTest::newRow("duplicate, other case") << u"EXISTING"_s << u"USD"_s << u"UTC"_s << u"already"_s;
    QTest::newRow("long name") << QString(81, u'x') << u"USD"_s << u"UTC"_s << u"80"_s;
    QTest::newRow("bad currency") << u"New"_s << u"DOLLARS"_s << u"UTC"_s << u"currency"_s;
    QTest::newRow("bad zone") << u"New"_s << u"USD"_s << u"Mars/Olympus"_s << u"time zone"_s;
}

void tst_Stores::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(QString, zone);
    QFETCH(QString, reason);
    sdtest::TempWorkspace t;
    StoreRepository repo(t.db());
    QString error;
    QVERIFY(repo.add(makeStore(u"Existing"_s), &error));
    Store s = makeStore(name);
    s.currency = currency;
    s.timeZone = zone;
    QVERIFY(!repo.add(s, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(repo.all().size(), 1);
    // Renaming into a clash is refused too, and the old name stays.
    const auto second = repo.add(makeStore(u"Second"_s), &error);
    QVERIFY(!repo.rename(*second, u"existing"_s, &error));
    QCOMPARE(repo.byId(*second)->name, u"Second"_s);
}

void tst_Stores::auditIsWrittenWithTheChange()
{
    sdtest::TempWorkspace t;
    StoreRepository repo(t.db());
    QString error;
    const auto id = repo.add(makeStore(u"Lumen"_s), &error);
    QVERIFY(repo.rename(*id, u"Lumen Gadgets"_s, &error));
    QVERIFY(repo.setArchived(*id, true, &error));
    const auto entries = sd::AuditLog(t.db()).entriesFor(u"stores"_s, QString::number(*id));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].action, u"create"_s);
    QCOMPARE(entries[0].newValue, u"Lumen"_s);
    QCOMPARE(entries[1].action, u"rename"_s);
    QCOMPARE(entries[1].oldValue, u"Lumen"_s);
    QCOMPARE(entries[1].newValue, u"Lumen Gadgets"_s);
    QCOMPARE(entries[2].action, u"archive"_s);
    QCOMPARE(entries[2].storeId, *id);
    QVERIFY(!entries[2].actor.isEmpty());
    QVERIFY(qAbs(entries[2].atUtc - QDateTime::currentSecsSinceEpoch()) < 60);
    // A no-op rename writes nothing.
    QVERIFY(repo.rename(*id, u"Lumen Gadgets"_s, &error));
    QCOMPARE(sd::AuditLog(t.db()).entriesFor(u"stores"_s, QString::number(*id)).size(), 3);
}

void tst_Stores::auditRollsBackWithTheChange()
{
    // If the audit entry cannot be written, the change is not kept either.
    sdtest::TempWorkspace t;
    QVERIFY(QSqlQuery(t.db()).exec(
            u"CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    StoreRepository repo(t.db());
    QString error;
    QVERIFY(!repo.add(makeStore(u"Ghost"_s), &error));
    QVERIFY2(error.contains(u"audit"_s), qPrintable(error));
    QVERIFY(!repo.byName(u"Ghost"_s));
}

QTEST_GUILESS_MAIN(tst_Stores)
#include "tst_stores.moc"
