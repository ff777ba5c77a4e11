#include "cli/cliapp.h"
#include "core/version.h"
#include "sellercentercsv.h"
#include "store/migrator.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const
    {
        // --json prints exactly one JSON object on one line.
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() != 1)
            return {};
        return QJsonDocument::fromJson(lines.first().toUtf8()).object();
    }
};

CliResult runCli(const QStringList &args, const QDate &today = QDate(2026, 11, 21))
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = sd::CliApp(out, err).run(args, today);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initDemo();
    void initMigratesAndReportsBackup();
    void initDemoRefusedOnUsedWorkspace();
    void check();
    void checkUnhealthy();
    void backup();
    void stores();
    void storesSetUpFromNothing();
    void storesRefusedAsThePageRefuses_data();
    void storesRefusedAsThePageRefuses();
    void rules();
    void usageErrors_data();
    void usageErrors();
    void failuresNameTheFile();
    void importRefusalsSayWhyOnce();
    void replyToAClaim();
    void templatesExportImport();
    void templatesOfferNewerShippedWording();
    void calcOneModelAndCompare();
    void calcBatch();
    void realExecutable();
    void versionOfBothPrograms();
    void helpListsEveryCommand();
};

void tst_Cli::initDemo()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"init"_s, u"--demo"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"stores"_s).toInt(), 3);
    QVERIFY(o.value(u"orders"_s).toInt() >= 5000);
    QCOMPARE(o.value(u"schema_version"_s).toInt(), sd::Migrator::latestVersion());
    QVERIFY(r.err.isEmpty());
    // Plain text for people.
    const auto text = runCli({u"--db"_s, db, u"init"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u"3 stores"_s));
}

void tst_Cli::initMigratesAndReportsBackup()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QString error;
        QVERIFY(sd::Migrator::migrate(raw, 1, &error));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    // Made by a SellerDesk that did not record its version: check says so with null.
    const auto before = runCli({u"--db"_s, db, u"--json"_s, u"check"_s});
    QCOMPARE(before.code, 1);
    QVERIFY(before.json().value(u"migrated_by"_s).isNull());
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"init"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"previous_schema_version"_s).toInt(), 1);
    const QString backup = r.json().value(u"backup"_s).toString();
    QVERIFY(QFile::exists(backup));
    const auto after = runCli({u"--db"_s, db, u"--json"_s, u"check"_s});
    QCOMPARE(after.code, 0);
    QCOMPARE(after.json().value(u"migrated_by"_s).toString(), sd::appVersion());
}

void tst_Cli::initDemoRefusedOnUsedWorkspace()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"init"_s, u"--demo"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.startsWith(u"error: "_s));
    QVERIFY(r.err.contains(u"already has stores"_s));
    QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
}

void tst_Cli::check()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"check"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"integrity"_s).toString(), u"ok"_s);
    QCOMPARE(r.json().value(u"healthy"_s).toBool(), true);
    QCOMPARE(r.json().value(u"schema_version"_s).toInt(), sd::Migrator::latestVersion());
    // The workspace says which SellerDesk migrated it: this one, which created it.
    QCOMPARE(r.json().value(u"migrated_by"_s).toString(), sd::appVersion());
    QCOMPARE(r.json().value(u"app_version"_s).toString(), sd::appVersion());
}

void tst_Cli::checkUnhealthy()
{
    QTemporaryDir dir;
    // Missing workspace.
    auto r = runCli({u"--db"_s, dir.filePath(u"none.sqlite"_s), u"check"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"none.sqlite"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"none.sqlite"_s))); // check never creates
    // An old schema needs migrating: not healthy, and check does not migrate it.
    const QString old = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw2"_s);
        raw.setDatabaseName(old);
        QVERIFY(raw.open());
        QString error;
        QVERIFY(sd::Migrator::migrate(raw, 2, &error));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw2"_s);
    r = runCli({u"--db"_s, old, u"--json"_s, u"check"_s});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json().value(u"healthy"_s).toBool(true), false);
    QCOMPARE(r.json().value(u"schema_version"_s).toInt(), 2);
    QVERIFY(r.err.contains(u"init"_s));
    r = runCli({u"--db"_s, old, u"--json"_s, u"check"_s});
    QCOMPARE(r.json().value(u"schema_version"_s).toInt(), 2);
}

void tst_Cli::backup()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    const QString out = dir.filePath(u"copies/backup.sqlite"_s);
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s, u"--out"_s, out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json().value(u"bytes"_s).toInteger() > 0);
    // The copy is a healthy workspace with the same orders.
    const auto c = runCli({u"--db"_s, out, u"--json"_s, u"stores"_s});
    QCOMPARE(c.code, 0);
    QCOMPARE(c.json().value(u"stores"_s).toArray().size(), 3);
    // Never overwrites.
    const auto again = runCli({u"--db"_s, db, u"backup"_s, u"--out"_s, out});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(u"already exists"_s));
}

void tst_Cli::stores()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray stores = r.json().value(u"stores"_s).toArray();
    QCOMPARE(stores.size(), 3);
    const QJsonObject first = stores.first().toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"Harbor Home Goods"_s);
    QCOMPARE(first.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(first.value(u"orders"_s).toInt(), 1800);
    QCOMPARE(first.value(u"archived"_s).toBool(true), false);
    const auto text = runCli({u"--db"_s, db, u"stores"_s});
    QVERIFY(text.out.contains(u"Petal & Thread Crafts"_s));
}

void tst_Cli::storesSetUpFromNothing()
{
    // A headless machine: init, a store, an import into it, with no GUI at any point.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    auto r = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"add"_s, u"Harbor Home"_s,
                     u"--currency"_s, u"eur"_s, u"--tz"_s, u"Europe/Madrid"_s, u"--account"_s,
                     u"cn1521873042"_s, u"--jit"_s, u"self"_s});
    QCOMPARE(r.code, 0);
    QJsonObject store = r.json().value(u"store"_s).toObject();
    QCOMPARE(store.value(u"name"_s).toString(), u"Harbor Home"_s);
    QCOMPARE(store.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(store.value(u"time_zone"_s).toString(), u"Europe/Madrid"_s);
    QCOMPARE(store.value(u"account_id"_s).toString(), u"cn1521873042"_s);
    QCOMPARE(store.value(u"jit"_s).toString(), u"self"_s);
    // The default JIT handover is the Cainiao pickup.
    r = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"add"_s, u"Lumen"_s, u"--currency"_s,
                u"USD"_s, u"--tz"_s, u"Asia/Shanghai"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"store"_s).toObject().value(u"jit"_s).toString(), u"pickup"_s);

    const QString csv = dir.filePath(u"orders.csv"_s);
    QVERIFY(sdtest::writeSellerCenterCsv(csv, 20));
    r = runCli({u"--db"_s, db, u"--json"_s, u"import"_s, u"orders"_s, csv, u"--store"_s,
                u"Harbor Home"_s, u"--model"_s, u"pop"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.json().value(u"inserted"_s).toInt() > 0);

    r = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"rename"_s, u"Harbor Home"_s,
                u"Harbor Home Goods"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"store"_s).toObject().value(u"name"_s).toString(),
             u"Harbor Home Goods"_s);
    r = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"archive"_s, u"Lumen"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"store"_s).toObject().value(u"archived"_s).toBool(), true);
    const QJsonArray stores
            = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s}).json().value(u"stores"_s).toArray();
    QCOMPARE(stores.size(), 2);
    QCOMPARE(stores.at(0).toObject().value(u"name"_s).toString(), u"Harbor Home Goods"_s);
    QVERIFY(stores.at(0).toObject().value(u"orders"_s).toInt() > 0);
    QCOMPARE(stores.at(1).toObject().value(u"archived"_s).toBool(), true);
    r = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"unarchive"_s, u"Lumen"_s});
    QCOMPARE(r.json().value(u"store"_s).toObject().value(u"archived"_s).toBool(true), false);
}

void tst_Cli::storesRefusedAsThePageRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList ok{u"--currency"_s, u"USD"_s, u"--tz"_s, u"UTC"_s};
    QTest::newRow("taken name") << (QStringList{u"add"_s, u"harbor"_s} + ok) << 1
                                << u"There is already a store called \"Harbor\"."_s;
    QTest::newRow("currency") << QStringList{u"add"_s, u"B"_s,    u"--currency"_s,
                                             u"XYZ"_s, u"--tz"_s, u"UTC"_s}
                              << 1 << u"\"XYZ\" is not a currency SellerDesk knows."_s;
    QTest::newRow("zone") << QStringList{u"add"_s, u"B"_s,    u"--currency"_s,
                                         u"USD"_s, u"--tz"_s, u"Mars/Base"_s}
                          << 1 << u"\"Mars/Base\" is not a time zone"_s;
    QTest::newRow("no zone") << QStringList{u"add"_s, u"B"_s, u"--currency"_s, u"USD"_s} << 2
                             << u"--tz"_s;
    QTest::newRow("jit") << (QStringList{u"add"_s, u"B"_s, u"--jit"_s, u"boat"_s} + ok) << 2
                         << u"not \"boat\""_s;
    QTest::newRow("no name") << (QStringList{u"add"_s} + ok) << 2 << u"give the store's name"_s;
    QTest::newRow("rename unknown") << QStringList{u"rename"_s, u"Nope"_s, u"X"_s} << 1
                                    << u"there is no store called \"Nope\""_s;
    QTest::newRow("subcommand") << QStringList{u"delete"_s, u"Harbor"_s} << 2
                                << u"unknown subcommand \"delete\""_s;
}

void tst_Cli::storesRefusedAsThePageRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"stores"_s, u"add"_s, u"Harbor"_s, u"--currency"_s, u"USD"_s,
                     u"--tz"_s, u"UTC"_s})
                     .code,
             0);
    const auto r = runCli(QStringList{u"--db"_s, db, u"stores"_s} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing was added or changed.
    const QJsonArray stores
            = runCli({u"--db"_s, db, u"--json"_s, u"stores"_s}).json().value(u"stores"_s).toArray();
    QCOMPARE(stores.size(), 1);
    QCOMPARE(stores.first().toObject().value(u"name"_s).toString(), u"Harbor"_s);
}

void tst_Cli::rules()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    auto ruleValue = [&](const QString &at, const QString &key) {
        const auto r = runCli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"--at"_s, at});
        const QJsonArray rules = r.json().value(u"rules"_s).toArray();
        for (const QJsonValue &v : rules) {
            if (v.toObject().value(u"key"_s).toString() == key)
                return v.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    QCOMPARE(ruleValue(u"2024-01-01"_s, u"pop.new_product_delivery_hours"_s)
                     .value(u"value"_s)
                     .toString(),
             u"72"_s);
    const QJsonObject later = ruleValue(u"2025-01-01"_s, u"pop.new_product_delivery_hours"_s);
    QCOMPARE(later.value(u"value"_s).toString(), u"96"_s);
    QCOMPARE(later.value(u"effective_from"_s).toString(), u"2024-09-09"_s);
    QCOMPARE(later.value(u"unit"_s).toString(), u"hours"_s);
    QVERIFY(ruleValue(u"2020-01-01"_s, u"pop.new_product_delivery_hours"_s)
                    .value(u"value"_s)
                    .isNull());
    const auto r = runCli({u"--db"_s, db, u"--json"_s, u"rules"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"at"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("db without path") << QStringList{u"stores"_s, u"--db"_s};
    QTest::newRow("backup out without file") << QStringList{u"backup"_s, u"--out"_s};
    QTest::newRow("bad date") << QStringList{u"rules"_s, u"--at"_s, u"21/11/2026"_s};
    QTest::newRow("stray argument") << QStringList{u"stores"_s, u"extra"_s};
    QTest::newRow("init stray") << QStringList{u"init"_s, u"--demos"_s};
    QTest::newRow("reply without claim") << QStringList{u"reply"_s};
    QTest::newRow("reply bad claim") << QStringList{u"reply"_s, u"--claim"_s, u"seven"_s};
    QTest::newRow("claims bad state") << QStringList{u"claims"_s, u"--state"_s, u"open"_s};
    QTest::newRow("templates export without out") << QStringList{u"templates"_s, u"export"_s};
    QTest::newRow("templates import without file") << QStringList{u"templates"_s, u"import"_s};
    QTest::newRow("calc without model") << QStringList{u"calc"_s, u"--price"_s, u"10"_s};
    QTest::newRow("calc bad model")
            << QStringList{u"calc"_s, u"--price"_s, u"10"_s, u"--model"_s, u"dropship"_s};
    QTest::newRow("calc bad rate")
            << QStringList{u"calc"_s, u"--price"_s,           u"10"_s,   u"--model"_s,
                           u"pop"_s,  u"--commission-rate"_s, u"eight"_s};
    QTest::newRow("calc bad price")
            << QStringList{u"calc"_s, u"--price"_s, u"10,5,0"_s, u"--model"_s, u"pop"_s};
    QTest::newRow("calc bad currency") << QStringList{
            u"calc"_s, u"--price"_s, u"10"_s, u"--currency"_s, u"XYZ"_s, u"--model"_s, u"pop"_s};
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QStringList full = args;
    if (!args.contains(u"--db"_s))
        full = QStringList{u"--db"_s, dir.filePath(u"ws.sqlite"_s)} + args;
    const auto r = runCli(QStringList{u"--json"_s} + full);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith(u"error: "_s));
    QVERIFY(r.err.contains(u"usage:"_s));
    QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
    QVERIFY(!r.json().value(u"error"_s).toString().isEmpty());
}

void tst_Cli::failuresNameTheFile()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(u"junk.sqlite"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, it is a shopping list\n");
    f.close();
    const auto r = runCli({u"--db"_s, junk, u"stores"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.startsWith(u"error: "_s));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(junk)), qPrintable(r.err));
}

void tst_Cli::importRefusalsSayWhyOnce()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"stores"_s, u"add"_s, u"Harbor"_s, u"--currency"_s, u"USD"_s,
                     u"--tz"_s, u"UTC"_s})
                     .code,
             0);
    auto import = [&](const QString &file, const QStringList &more = {}) {
        return runCli(QStringList{u"--db"_s, db, u"import"_s, u"orders"_s, file, u"--store"_s,
                                  u"Harbor"_s}
                      + more);
    };
    // The file is the problem: said with its place, not as "0 rows have problems".
    const QString csv = dir.filePath(u"orders.csv"_s);
    QVERIFY(sdtest::writeSellerCenterCsv(csv, 5));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::Append));
    f.write(QByteArray("8000000000000099,x,,Ana\0Souza\n", 30));
    f.close();
    auto r = import(csv, {u"--model"_s, u"pop"_s});
    QCOMPARE(r.code, 1);
    // Its line (the last of the file) and column (the buyer's name).
    const qsizetype lines = [&] {
        QFile in(csv);
        return in.open(QIODevice::ReadOnly) ? in.readAll().count('\n') : -1;
    }();
    QVERIFY2(r.err.contains(
                     u"orders.csv:%1:4: the field holds the control character U+0000"_s.arg(lines)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"(not imported; nothing was written)"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"0 rows"_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u"U+0000"_s), 1);

    // A folder is a folder.
    r = import(dir.path(), {u"--model"_s, u"pop"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"is a folder"_s), qPrintable(r.err));

    // A seller-center export without --model: said once, naming --model.
    const QString good = dir.filePath(u"good.csv"_s);
    QVERIFY(sdtest::writeSellerCenterCsv(good, 40));
    r = import(good);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"--model pop|"_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u"fulfilled"_s), 1);
    QVERIFY2(r.err.contains(u"good.csv:2:"_s), qPrintable(r.err));
    // And a wrong --model names the option.
    r = import(good, {u"--model"_s, u"boat"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--model \"boat\" is not a fulfillment model"_s), qPrintable(r.err));
}

void tst_Cli::replyToAClaim()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    // A new claim without photos yet (the demo has one per store).
    auto r = runCli({u"--db"_s, db, u"--json"_s, u"claims"_s, u"--state"_s, u"new"_s, u"--store"_s,
                     u"Harbor Home Goods"_s});
    QCOMPARE(r.code, 0);
    QJsonObject first;
    for (const QJsonValue &v : r.json().value(u"claims"_s).toArray()) {
        if (v.toObject().value(u"photos"_s).toInt() == 0)
            first = v.toObject();
    }
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.value(u"state"_s).toString(), u"new"_s);
    QVERIFY(first.value(u"awaiting_reply"_s).toBool());
    const QString id = QString::number(first.value(u"id"_s).toInteger());

    // Nobody has set a name to sign with: exit 1, naming the placeholder.
    r = runCli({u"--db"_s, db, u"reply"_s, u"--claim"_s, id});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"{agent_name}"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    r = runCli({u"--db"_s, db, u"--json"_s, u"reply"_s, u"--claim"_s, id, u"--agent"_s, u"Mei"_s});
    QCOMPARE(r.code, 0);
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"template"_s).toString(), u"request_photos"_s);
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    // The buyer's language, in the variant for the buyer's country ("pt" -> "pt_BR").
    QCOMPARE(o.value(u"lang"_s).toString().section(u'_', 0, 0), first.value(u"language"_s).toString());
    const QString text = o.value(u"text"_s).toString();
    QVERIFY(text.contains(first.value(u"order_id"_s).toString()));
    QVERIFY(text.contains(u"Mei\nHarbor Home Goods"_s));
    QVERIFY(!text.contains(u'{'));

    r = runCli({u"--db"_s, db, u"--json"_s, u"reply"_s, u"--claim"_s, id, u"--agent"_s, u"Mei"_s,
                u"--template"_s, u"claim_received"_s, u"--lang"_s, u"ko"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"lang"_s).toString(), u"ko"_s);
    QVERIFY(r.json().value(u"text"_s).toString().contains(u"Harbor Home Goods"_s));
    // A regional variant asked for either way.
    r = runCli({u"--db"_s, db, u"--json"_s, u"reply"_s, u"--claim"_s, id, u"--agent"_s, u"Mei"_s,
                u"--lang"_s, u"es-419"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"lang"_s).toString(), u"es_419"_s);

    // The full-refund confirmation for a claim without a refund: the amount is named as
    // missing, never guessed.
    r = runCli({u"--db"_s, db, u"reply"_s, u"--claim"_s, id, u"--agent"_s, u"Mei"_s, u"--template"_s,
                u"damage_apology"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"{refund_amount} has no value"_s), qPrintable(r.err));

    // A coupon template for a claim without a coupon: every value is named.
    r = runCli({u"--db"_s, db, u"reply"_s, u"--claim"_s, id, u"--agent"_s, u"Mei"_s, u"--template"_s,
                u"coupon_offer"_s});
    QCOMPARE(r.code, 1);
    for (const QString &name : {u"{coupon_code}"_s, u"{coupon_value}"_s, u"{coupon_min_spend}"_s, u"{coupon_expiry}"_s})
        QVERIFY2(r.err.contains(name), qPrintable(r.err));
    r = runCli({u"--db"_s, db, u"reply"_s, u"--claim"_s, u"99999"_s, u"--agent"_s, u"Mei"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"99999"_s));

    // --record saves it on the claim: the buyer is no longer owed a reply.
    r = runCli({u"--db"_s, db, u"--json"_s, u"reply"_s, u"--claim"_s, id, u"--agent"_s, u"Mei"_s,
                u"--record"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json().value(u"recorded"_s).toBool());
    r = runCli({u"--db"_s, db, u"--json"_s, u"claims"_s, u"--awaiting-reply"_s});
    for (const QJsonValue &v : r.json().value(u"claims"_s).toArray())
        QVERIFY(QString::number(v.toObject().value(u"id"_s).toInteger()) != id);
}

void tst_Cli::templatesExportImport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    const QString file = dir.filePath(u"library.json"_s);
    auto r = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s, u"export"_s, u"--out"_s, file});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"templates"_s).toInt(), 9);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    QVERIFY(json.contains("\"damage_apology\""));
    QVERIFY(json.contains("\"es_419\"") && json.contains("\"pt_PT\""));

    // Another team's library: one template edited. Imported as a new version.
    json.replace("We are deeply sorry", "We are truly sorry"); // the seed's verbatim apology
    const QString edited = dir.filePath(u"edited.json"_s);
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    r = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s, u"import"_s, edited});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"updated"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"unchanged"_s).toInt(), 8);
    r = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s});
    for (const QJsonValue &v : r.json().value(u"templates"_s).toArray()) {
        const QJsonObject t = v.toObject();
        const bool seed = t.value(u"key"_s).toString() == u"damage_apology_seed"_s;
        QCOMPARE(t.value(u"version"_s).toInt(), seed ? 2 : 1);
        QCOMPARE(t.value(u"edited"_s).toBool(), seed);
        QCOMPARE(t.value(u"update_offered"_s).toBool(), false); // nothing newer shipped
    }

    // A broken file is refused, named with its line and column, and changes nothing.
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"sellerdesk-reply-templates\",\n \"version\": 1\n \"templates\": []}");
    bad.close();
    r = runCli({u"--db"_s, db, u"templates"_s, u"import"_s, bad.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"bad.json:3:"_s), qPrintable(r.err));
    r = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s});
    QCOMPARE(r.json().value(u"templates"_s).toArray().size(), 9);
}

void tst_Cli::templatesOfferNewerShippedWording()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    // As if an earlier SellerDesk had shipped request_photos and claim_rejected in other
    // words, and the team had replaced both with its own (an imported library).
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw3"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"UPDATE reply_template_texts SET body = 'Earlier wording, {buyer_name}' "
                       "WHERE lang = 'en' AND version_ref IN (SELECT v.id FROM reply_template_versions v "
                       "JOIN reply_templates t ON t.id = v.template_ref "
                       "WHERE t.key IN ('request_photos', 'claim_rejected'))"_s));
        for (const QString &key : {u"request_photos"_s, u"claim_rejected"_s}) {
            q.prepare(u"INSERT INTO reply_template_versions (template_ref, version, title_en, origin, "
                      "created_utc, created_by) SELECT id, 2, 'Ours', 'imported', 0, 'team' "
                      "FROM reply_templates WHERE key = ?"_s);
            q.addBindValue(key);
            QVERIFY(q.exec());
            const QVariant version = q.lastInsertId();
            q.prepare(u"INSERT INTO reply_template_texts (version_ref, lang, body) VALUES (?, 'en', ?)"_s);
            q.addBindValue(version);
            q.addBindValue(u"Our team's wording, {buyer_name}"_s);
            QVERIFY(q.exec());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw3"_s);
    // The next start (any command that writes) keeps the team's wording.
    auto r = runCli({u"--db"_s, db, u"init"_s});
    QCOMPARE(r.code, 0);

    auto listed = [&] {
        QHash<QString, QJsonObject> out;
        const auto list = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s}).json().value(u"templates"_s).toArray();
        for (const QJsonValue &v : list)
            out.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
        return out;
    };
    auto t = listed();
    for (const QString &key : {u"request_photos"_s, u"claim_rejected"_s}) {
        QCOMPARE(t.value(key).value(u"version"_s).toInt(), 2); // the team's wording stays in use
        QCOMPARE(t.value(key).value(u"origin"_s).toString(), u"imported"_s);
        QVERIFY(t.value(key).value(u"edited"_s).toBool());
        QVERIFY(t.value(key).value(u"update_offered"_s).toBool());
    }
    QVERIFY(!t.value(u"damage_apology"_s).value(u"update_offered"_s).toBool());
    r = runCli({u"--db"_s, db, u"templates"_s});
    QVERIFY2(r.out.contains(u"templates restore request_photos"_s), qPrintable(r.out));

    // Keep one, take the other.
    r = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s, u"keep"_s, u"request_photos"_s});
    QCOMPARE(r.code, 0);
    r = runCli({u"--db"_s, db, u"--json"_s, u"templates"_s, u"restore"_s, u"claim_rejected"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"version"_s).toInt(), 3);
    t = listed();
    QCOMPARE(t.value(u"request_photos"_s).value(u"version"_s).toInt(), 2);
    QVERIFY(!t.value(u"request_photos"_s).value(u"update_offered"_s).toBool());
    QCOMPARE(t.value(u"claim_rejected"_s).value(u"origin"_s).toString(), u"restored"_s);
    QVERIFY(!t.value(u"claim_rejected"_s).value(u"edited"_s).toBool());
    QVERIFY(!t.value(u"claim_rejected"_s).value(u"update_offered"_s).toBool());
    // Nothing is offered for damage_apology: keeping it is refused.
    r = runCli({u"--db"_s, db, u"templates"_s, u"keep"_s, u"damage_apology"_s});
    QCOMPARE(r.code, 1);
    r = runCli({u"--db"_s, db, u"templates"_s, u"restore"_s});
    QCOMPARE(r.code, 2);
}

void tst_Cli::calcOneModelAndCompare()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s}).code, 0);
    const QStringList product{u"--price"_s,
                              u"12.99"_s,
                              u"--supply-price"_s,
                              u"9.50"_s,
                              u"--qty"_s,
                              u"3"_s,
                              u"--commission-rate"_s,
                              u"8"_s,
                              u"--affiliate-rate"_s,
                              u"10"_s,
                              u"--affiliate-share"_s,
                              u"20"_s,
                              u"--cost"_s,
                              u"4.10"_s,
                              u"--packaging"_s,
                              u"0.35"_s,
                              u"--first-mile"_s,
                              u"0.60"_s,
                              u"--delivery"_s,
                              u"2.50"_s,
                              u"--date"_s,
                              u"2026-06-01"_s};
    auto r = runCli(QStringList{u"--db"_s, db, u"--json"_s, u"calc"_s, u"--model"_s, u"semi_jit"_s}
                    + product);
    QCOMPARE(r.code, 0);
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"net"_s).toString(), u"36.63"_s);
    QCOMPARE(o.value(u"profit"_s).toString(), u"21.48"_s);
    QCOMPARE(o.value(u"margin"_s).toString(), u"55.1193"_s);
    QJsonObject reduction;
    for (const QJsonValue &v : o.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        QVERIFY(line.contains(u"label"_s) && line.contains(u"amount"_s)
                && line.contains(u"rule"_s));
        if (line.value(u"key"_s).toString() == u"commission_waived"_s)
            reduction = line;
    }
    QCOMPARE(reduction.value(u"amount"_s).toString(), u"1.56"_s);
    const QJsonObject rule = reduction.value(u"rule"_s).toObject();
    QCOMPARE(rule.value(u"key"_s).toString(), u"semi_jit.commission_reduction"_s);
    QCOMPARE(rule.value(u"value"_s).toString(), u"50"_s);
    QCOMPARE(rule.value(u"effective_from"_s).toString(), u"2024-01-01"_s);
    QVERIFY(rule.value(u"source"_s).toString().contains(u"seed 002"_s));
    QVERIFY(o.value(u"warnings"_s).toArray().first().toString().contains(u"Choice band"_s));

    r = runCli(QStringList{u"--db"_s, db, u"--json"_s, u"calc"_s, u"--compare"_s} + product);
    QCOMPARE(r.code, 0);
    o = r.json();
    QCOMPARE(o.value(u"best"_s).toString(), u"semi_warehouse"_s);
    QCOMPARE(o.value(u"models"_s).toArray().size(), 5);
    // A POP price under the rule after the transition: warned.
    r = runCli({u"--db"_s, db, u"--json"_s, u"calc"_s, u"--model"_s, u"pop"_s, u"--price"_s,
                u"9.99"_s, u"--date"_s, u"2026-04-01"_s});
    QVERIFY(r.json().value(u"warnings"_s)
                    .toArray()
                    .first()
                    .toString()
                    .contains(u"must go semi-managed"_s));
    // A managed model without its supply price: exit 1, saying what is missing.
    r = runCli({u"--db"_s, db, u"calc"_s, u"--model"_s, u"full_managed"_s, u"--price"_s, u"10"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"supply price"_s));
}

void tst_Cli::calcBatch()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    const QString list = dir.filePath(u"products.csv"_s);
    QFile f(list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("product_id,price,cost\nP1,12.99,4.10\nP2,1O.00,1\n"); // a letter O in P2's price
    f.close();
    const QString out = dir.filePath(u"out.xlsx"_s);
    auto r = runCli({u"--db"_s, db, u"--json"_s, u"calc"_s, u"batch"_s, list, u"--out"_s, out});
    QCOMPARE(r.code, 1);
    const QJsonArray errors = r.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().startsWith(u"products.csv:3:2:"_s),
             qPrintable(errors.first().toString()));
    QVERIFY(!QFile::exists(out));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("product_id,price,cost\nP1,12.99,4.10\nP2,10.00,1\n");
    f.close();
    r = runCli({u"--db"_s, db, u"--json"_s, u"calc"_s, u"batch"_s, list, u"--out"_s, out,
                u"--date"_s, u"2026-06-01"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"products"_s).toInt(), 2);
    QVERIFY(QFile::exists(out));
    // The demo's orders: every product sold in the last 90 days.
    r = runCli({u"--db"_s, db, u"--json"_s, u"calc"_s, u"batch"_s, u"--from-orders"_s, u"--out"_s,
                dir.filePath(u"orders.csv"_s), u"--date"_s, u"2026-11-21"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"products"_s).toInt(), 24); // 8 products in each of the 3 demo stores
}

void tst_Cli::realExecutable()
{
    // The installed program wires the same library: exit codes and one JSON object.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QProcess p;
    p.start(QStringLiteral(SELLERDESK_CLI_PATH), {u"--db"_s, db, u"--json"_s, u"init"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    p.start(QStringLiteral(SELLERDESK_CLI_PATH), {u"--db"_s, db, u"nonsense"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().startsWith("error: "));
}

void tst_Cli::versionOfBothPrograms()
{
    // The version set once in CMakeLists.txt, as both installed programs print it; the GUI
    // answers without a display (no QT_QPA_PLATFORM, no DISPLAY).
    QCOMPARE(sd::appVersion(), QStringLiteral(SELLERDESK_PROJECT_VERSION));
    QProcess cli;
    cli.start(QStringLiteral(SELLERDESK_CLI_PATH), {u"--version"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()),
             u"sellerdesk-cli %1\n"_s.arg(QStringLiteral(SELLERDESK_PROJECT_VERSION)));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SELLERDESK_GUI_PATH), {u"--version"_s});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()),
             u"SellerDesk %1\n"_s.arg(QStringLiteral(SELLERDESK_PROJECT_VERSION)));
}

void tst_Cli::helpListsEveryCommand()
{
    // --help is the man page's source: every command the CLI runs is described in it.
    const auto r = runCli({u"--help"_s});
    QCOMPARE(r.code, 0);
    const QStringList commands{u"init"_s,
                               u"check"_s,
                               u"backup"_s,
                               u"backups"_s,
                               u"restore"_s,
                               u"stores"_s,
                               u"rules"_s,
                               u"import orders"_s,
                               u"export orders"_s,
                               u"orders due"_s,
                               u"import disputes|chargebacks|ledger"_s,
                               u"disputes due"_s,
                               u"ledger month"_s,
                               u"tier"_s,
                               u"import tier"_s,
                               u"tier model export"_s,
                               u"tier model import"_s,
                               u"claims"_s,
                               u"reply"_s,
                               u"templates"_s,
                               u"templates export"_s,
                               u"templates import"_s,
                               u"calc"_s,
                               u"calc batch"_s,
                               u"report"_s,
                               u"purge personal-data"_s};
    for (const QString &c : commands)
        QVERIFY2(r.out.contains(u"\n  "_s + c + u' ') || r.out.contains(u"\n  "_s + c + u'\n'),
                 qPrintable(c));
    // Descriptions wrap within 80 columns (the synopsis of a long command may not).
    const QStringList lines = r.out.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 80 || (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)),
                 qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
