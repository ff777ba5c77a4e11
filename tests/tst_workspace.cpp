#include "store/migrator.h"
#include "store/siblingconnection.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using sd::Migrator;
using sd::Workspace;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The schema as SQLite describes it, for comparing two workspaces.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
           "ORDER BY type, name"_s);
    while (q.next())
        rows << q.value(0).toString() + u'|' + q.value(1).toString() + u'|'
                        + q.value(2).toString().simplified();
    return rows;
}

// A raw connection that does not go through Workspace, to build old versions.
struct RawDb
{
    QString name;
    QSqlDatabase db;
    explicit RawDb(const QString &path)
        : name(u"raw-"_s + path)
    {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    }
    ~RawDb()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

class tst_Workspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void migrationStepsAreNumberedAndDescribed();
    void freshWorkspace();
    void fileIsPrivate();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void newerWorkspaceIsRefusedAndUntouched();
    void foreignDatabaseIsRefused();
    void corruptFileIsNotOpenedForWriting();
    void failedStepRollsBack();
    void backupIsConsistentAndRefusesOverwrite();
    void connectionPerThread();
    void orderItemTotalsAreBackfilledByTheMigration();
    void orderItemTotalsFollowEveryWrite();
    void countryNamesBecomeCodesInTheMigration();
    void siblingConnectionReadsBesideTheOwner();
};

namespace {

// units, refunded_items, refunded_minor, warehouse_items, operator_items of an order,
// as stored and as recounted from its line items.
QString storedTotals(const QSqlDatabase &db, qint64 orderRef)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT units, refunded_items, refunded_minor, warehouse_items, operator_items "
              "FROM orders WHERE id = ?"_s);
    q.addBindValue(orderRef);
    if (!q.exec() || !q.next())
        return u"no order"_s;
    return u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong())
            .arg(q.value(2).toLongLong()).arg(q.value(3).toLongLong()).arg(q.value(4).toLongLong());
}

QString countedTotals(const QSqlDatabase &db, qint64 orderRef)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT COALESCE(sum(quantity), 0), COALESCE(sum(refund_minor > 0), 0), "
              "COALESCE(sum(refund_minor), 0), COALESCE(sum(send_goods_operator = 'WAREHOUSE_SEND_GOODS'), 0), "
              "COALESCE(sum(send_goods_operator <> ''), 0) FROM order_items WHERE order_ref = ?"_s);
    q.addBindValue(orderRef);
    if (!q.exec() || !q.next())
        return u"no items"_s;
    return u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong())
            .arg(q.value(2).toLongLong()).arg(q.value(3).toLongLong()).arg(q.value(4).toLongLong());
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

const QString StoreSql = u"INSERT INTO stores (id, name, currency, time_zone, created_utc) "
                         "VALUES (1, 'A', 'USD', 'UTC', 0)"_s;
QString orderSql(int id)
{
    return u"INSERT INTO orders (id, store_id, order_id, fulfillment_model, order_status, currency, created_utc) "
           "VALUES (%1, 1, 'O%1', 'semi_warehouse', 'FINISH', 'USD', 0)"_s.arg(id);
}

} // namespace

void tst_Workspace::migrationStepsAreNumberedAndDescribed()
{
    const auto &steps = Migrator::steps();
    QVERIFY(steps.size() >= 3);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, i + 1);
        QVERIFY2(!steps[i].description.isEmpty(), "each step starts with a -- description line");
    }
    QCOMPARE(Workspace::latestSchemaVersion(), int(steps.size()));
}

void tst_Workspace::freshWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/ws.sqlite"_s);
    Workspace ws(path);
    QString error;
    QVERIFY2(ws.open(&error), qPrintable(error));
    QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
    QVERIFY(ws.lastBackupPath().isEmpty()); // nothing to back up in a new file
    QSqlDatabase db = ws.connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
    QCOMPARE(ws.integrityCheck(), u"ok"_s);
    // Foreign keys are enforced: an order for a store that does not exist is refused.
    QVERIFY(!q.exec(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, "
                    "currency, created_utc) VALUES (999, '1', 'pop', 'FINISH', 'USD', 0)"_s));
    // Rules arrive seeded.
    QVERIFY(sdtest::scalar(db, u"SELECT count(*) FROM rules"_s) > 20);
}

void tst_Workspace::fileIsPrivate()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    Workspace ws(dir.filePath(u"ws.sqlite"_s));
    QString error;
    QVERIFY(ws.open(&error));
    const auto perms = QFile::permissions(ws.path());
    QCOMPARE(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                      | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(perms & QFileDevice::WriteOwner);
    const QString backup = dir.filePath(u"copy.sqlite"_s);
    QVERIFY(ws.backupTo(backup, &error));
    QCOMPARE(QFile::permissions(backup)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#else
    QSKIP("POSIX file modes only");
#endif
}

void tst_Workspace::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Workspace::latestSchemaVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void tst_Workspace::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        RawDb raw(path);
        QString error;
        QVERIFY2(Migrator::migrate(raw.db, from, &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(raw.db), from);
        // Data written at the old version (stores exist from v1 on).
        QSqlQuery q(raw.db);
        QVERIFY(q.exec(u"INSERT INTO stores (name, currency, time_zone, created_utc) "
                       "VALUES ('Old Store', 'USD', 'Asia/Shanghai', 1700000000)"_s));
    }
    Workspace ws(path);
    QString error;
    QVERIFY2(ws.open(&error), qPrintable(error));
    QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(sdtest::scalar(ws.connection(), u"SELECT count(*) FROM stores WHERE name = 'Old Store'"_s), 1);

    // A backup of the old version was written first, and is the old file's content.
    QVERIFY(!ws.lastBackupPath().isEmpty());
    QVERIFY(QFileInfo::exists(ws.lastBackupPath()));
    QVERIFY(ws.lastBackupPath().contains(u".v%1."_s.arg(from)));
    {
        RawDb backup(ws.lastBackupPath());
        QCOMPARE(Migrator::currentVersion(backup.db), from);
        QCOMPARE(sdtest::scalar(backup.db, u"SELECT count(*) FROM stores"_s), 1);
    }

    // The migrated schema is exactly the schema of a fresh workspace.
    sdtest::TempWorkspace fresh;
    QCOMPARE(schemaOf(ws.connection()), schemaOf(fresh.db()));
}

void tst_Workspace::newerWorkspaceIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        RawDb raw(path);
        QSqlQuery q(raw.db);
        QVERIFY(q.exec(u"CREATE TABLE from_the_future (x)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Workspace::latestSchemaVersion() + 1)));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    Workspace ws(path);
    QString error;
    QVERIFY(!ws.open(&error));
    QVERIFY2(error.contains(u"newer SellerDesk"_s), qPrintable(error));
    QVERIFY(error.contains(u"untouched"_s));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    QVERIFY(!QDir(dir.filePath(u"backups"_s)).exists());
}

void tst_Workspace::foreignDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        RawDb raw(path);
        QSqlQuery(raw.db).exec(u"CREATE TABLE customers (id INTEGER)"_s);
    }
    const QByteArray before = fileHash(path);
    Workspace ws(path);
    QString error;
    QVERIFY(!ws.open(&error));
    QVERIFY2(error.contains(u"not a SellerDesk workspace"_s), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void tst_Workspace::corruptFileIsNotOpenedForWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"junk.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const QByteArray before = fileHash(path);
    Workspace ws(path);
    QString error;
    QVERIFY(!ws.open(&error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(fileHash(path), before);
}

void tst_Workspace::failedStepRollsBack()
{
    // A migration that fails half way leaves the workspace at the version it had: the
    // steps before the failing one are rolled back with it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    RawDb raw(path);
    QString error;
    QVERIFY(Migrator::migrate(raw.db, 1, &error));
    // Sabotage step 3 by creating, outside the migrator, a table it will create.
    QVERIFY(QSqlQuery(raw.db).exec(u"CREATE TABLE orders (x)"_s));
    QVERIFY(!Migrator::migrate(raw.db, Migrator::latestVersion(), &error));
    QVERIFY2(error.contains(u"step 3"_s), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(raw.db), 1);
    // Step 2 ran and was undone.
    QCOMPARE(sdtest::scalar(raw.db, u"SELECT count(*) FROM sqlite_master WHERE name = 'rules'"_s), 0);
}

void tst_Workspace::backupIsConsistentAndRefusesOverwrite()
{
    sdtest::TempWorkspace t;
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"INSERT INTO stores (name, currency, time_zone, created_utc) "
                   "VALUES ('A', 'USD', 'UTC', 0)"_s));
    const QString out = t.dir.filePath(u"backups/copy.sqlite"_s);
    QString error;
    QVERIFY2(t.ws->backupTo(out, &error), qPrintable(error));
    {
        Workspace copy(out);
        QVERIFY2(copy.open(&error), qPrintable(error));
        QCOMPARE(sdtest::scalar(copy.connection(), u"SELECT count(*) FROM stores"_s), 1);
        QCOMPARE(copy.integrityCheck(), u"ok"_s);
    }
    QVERIFY(!t.ws->backupTo(out, &error));
    QVERIFY(error.contains(u"already exists"_s));
    // No temporary files are left behind.
    const QStringList leftovers =
            QDir(t.dir.filePath(u"backups"_s)).entryList({u".sellerdesk-backup-*"_s}, QDir::Files | QDir::Hidden);
    QVERIFY(leftovers.isEmpty());
}

void tst_Workspace::connectionPerThread()
{
    sdtest::TempWorkspace t;
    const QString mainName = t.db().connectionName();
    QString otherName;
    qint64 otherCount = -1;
    QThread *thread = QThread::create([&] {
        QSqlDatabase db = t.ws->connection();
        otherName = db.connectionName();
        otherCount = sdtest::scalar(db, u"SELECT count(*) FROM rules"_s);
        db = QSqlDatabase();
        t.ws->releaseConnection();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    QCOMPARE(otherCount, sdtest::scalar(t.db(), u"SELECT count(*) FROM rules"_s));
}

void tst_Workspace::orderItemTotalsAreBackfilledByTheMigration()
{
    // A workspace of version 9 with line items: migration 10 counts them onto their orders.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    {
        RawDb raw(path);
        QString error;
        QVERIFY2(Migrator::migrate(raw.db, 9, &error), qPrintable(error));
        QVERIFY(exec(raw.db, StoreSql));
        QVERIFY(exec(raw.db, orderSql(1)));
        QVERIFY(exec(raw.db, orderSql(2)));
        QVERIFY(exec(raw.db, u"INSERT INTO order_items (order_ref, child_id, quantity, unit_price_minor, "
                             "refund_minor, send_goods_operator) VALUES "
                             "(1, 'a', 2, 500, 0, 'WAREHOUSE_SEND_GOODS'), (1, 'b', 3, 700, 700, ''), "
                             "(1, 'c', 1, 100, 40, 'SELLER_SEND_GOODS')"_s));
    }
    Workspace ws(path);
    QString error;
    QVERIFY2(ws.open(&error), qPrintable(error));
    const QSqlDatabase db = ws.connection();
    QCOMPARE(storedTotals(db, 1), u"6 2 740 1 2"_s);
    QCOMPARE(storedTotals(db, 2), u"0 0 0 0 0"_s); // an order without items
}

void tst_Workspace::orderItemTotalsFollowEveryWrite()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    QVERIFY(exec(db, StoreSql));
    QVERIFY(exec(db, orderSql(1)));
    QVERIFY(exec(db, orderSql(2)));
    QVERIFY(exec(db, u"INSERT INTO order_items (id, order_ref, child_id, quantity, unit_price_minor, refund_minor, "
                     "send_goods_operator) VALUES (10, 1, 'a', 2, 500, 0, ''), "
                     "(11, 1, 'b', 4, 300, 300, 'WAREHOUSE_SEND_GOODS'), (12, 2, 'a', 1, 900, 0, '')"_s));
    QCOMPARE(storedTotals(db, 1), u"6 1 300 1 1"_s);
    QCOMPARE(storedTotals(db, 2), u"1 0 0 0 0"_s);

    // A newer export: quantity, refund and sender change.
    QVERIFY(exec(db, u"UPDATE order_items SET quantity = 5, refund_minor = 250, "
                     "send_goods_operator = 'SELLER_SEND_GOODS' WHERE id = 10"_s));
    QCOMPARE(storedTotals(db, 1), u"9 2 550 1 2"_s);
    // A refund withdrawn.
    QVERIFY(exec(db, u"UPDATE order_items SET refund_minor = 0 WHERE id = 11"_s));
    QCOMPARE(storedTotals(db, 1), u"9 1 250 1 2"_s);
    // A line item moved to another order.
    QVERIFY(exec(db, u"UPDATE order_items SET order_ref = 2 WHERE id = 11"_s));
    QCOMPARE(storedTotals(db, 1), u"5 1 250 0 1"_s);
    QCOMPARE(storedTotals(db, 2), u"5 0 0 1 1"_s);
    // A column the totals do not use leaves them alone.
    QVERIFY(exec(db, u"UPDATE order_items SET product_name = 'Lamp', unit_price_minor = 1 WHERE id = 12"_s));
    QCOMPARE(storedTotals(db, 2), u"5 0 0 1 1"_s);
    // Deleted.
    QVERIFY(exec(db, u"DELETE FROM order_items WHERE id = 10"_s));
    QCOMPARE(storedTotals(db, 1), u"0 0 0 0 0"_s);
    for (qint64 order : {1, 2})
        QCOMPARE(storedTotals(db, order), countedTotals(db, order));
    // The order itself deleted: its items go with it, and nothing else changes.
    QVERIFY(exec(db, u"DELETE FROM orders WHERE id = 2"_s));
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM order_items"_s), 0);
    QCOMPARE(storedTotals(db, 1), u"0 0 0 0 0"_s);
}

void tst_Workspace::countryNamesBecomeCodesInTheMigration()
{
    // A workspace of version 12 whose orders name their country as files spelled it:
    // migration 13 stores the ISO code wherever the name maps, and leaves the rest
    // (issue 21, item 4).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    const QStringList stored{u"ES"_s, u"Spain"_s, u" spain "_s, u"西班牙"_s, u"es"_s,
                             u"Russian Federation"_s, u"俄罗斯"_s, u"UK"_s, u"United Kingdom"_s,
                             u"韩国"_s, u"Korea"_s, u"Narnia"_s, QString()};
    {
        RawDb raw(path);
        QString error;
        QVERIFY2(Migrator::migrate(raw.db, 12, &error), qPrintable(error));
        QVERIFY(exec(raw.db, StoreSql));
        for (int i = 0; i < stored.size(); ++i) {
            QVERIFY(exec(raw.db, orderSql(i + 1)));
            if (stored.at(i).isEmpty())
                continue; // the column's default, ''
            QSqlQuery set(raw.db);
            set.prepare(u"UPDATE orders SET country = ? WHERE id = ?"_s);
            set.addBindValue(stored.at(i));
            set.addBindValue(i + 1);
            QVERIFY2(set.exec(), qPrintable(set.lastError().text()));
        }
        QVERIFY(exec(raw.db, u"INSERT INTO claims (store_id, order_id, buyer_country, opened_utc, cause, state, "
                             "currency, state_changed_utc) VALUES (1, 'O2', 'SPAIN', 0, 'logistics_damage', 'new', "
                             "'USD', 0)"_s));
    }
    Workspace ws(path);
    QString error;
    QVERIFY2(ws.open(&error), qPrintable(error));
    const QSqlDatabase db = ws.connection();
    QStringList countries;
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT country FROM orders ORDER BY id"_s));
    while (q.next())
        countries << q.value(0).toString();
    QCOMPARE(countries, (QStringList{u"ES"_s, u"ES"_s, u"ES"_s, u"ES"_s, u"ES"_s, u"RU"_s, u"RU"_s,
                                     u"GB"_s, u"GB"_s, u"KR"_s, u"KR"_s, u"Narnia"_s, QString()}));
    QVERIFY(q.exec(u"SELECT buyer_country FROM claims"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ES"_s);
    // No helper table is left behind.
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM sqlite_temp_master"_s), 0);
}

void tst_Workspace::siblingConnectionReadsBesideTheOwner()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    QVERIFY(exec(db, StoreSql));
    // A worker thread opens its own connection from the owner's name, sees committed
    // data, cannot write, and leaves no connection behind.
    const QString name = db.connectionName();
    const auto result = QtConcurrent::run([name]() -> QString {
                            const sd::SiblingConnection sibling(name);
                            if (!sibling.isOpen())
                                return u"not open"_s;
                            QSqlQuery q(sibling.database());
                            if (!q.exec(u"SELECT name FROM stores"_s) || !q.next())
                                return u"cannot read"_s;
                            const QString store = q.value(0).toString();
                            if (q.exec(u"INSERT INTO stores (name, currency, time_zone, created_utc) "
                                       "VALUES ('B', 'USD', 'UTC', 0)"_s))
                                return u"wrote"_s;
                            return store;
                        }).result();
    QCOMPARE(result, u"A"_s);
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM stores"_s), 1);
    for (const QString &c : QSqlDatabase::connectionNames())
        QVERIFY2(!c.startsWith(u"sd-sibling-"_s), qPrintable(c));

    // An in-memory database is not shared: the caller does the work itself.
    {
        QSqlDatabase mem = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"mem"_s);
        mem.setDatabaseName(u":memory:"_s);
        QVERIFY(mem.open());
        const sd::SiblingConnection sibling(u"mem"_s);
        QVERIFY(!sibling.isOpen());
        mem.close();
    }
    QSqlDatabase::removeDatabase(u"mem"_s);
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
