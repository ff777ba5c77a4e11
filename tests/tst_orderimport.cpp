#include "demo/demoseeder.h"
#include "files/workspacesettings.h"
#include "io/tablewriter.h"
#include "orders/orderexporter.h"
#include "orders/orderimporter.h"
#include "orders/orderrepository.h"
#include "stores/storerepository.h"
#include "rules/rulerepository.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString ChineseHeader =
        u"订单号,订单状态,负责人(业务员),买家名称,下单时间,付款时间,产品总金额,物流费用,订单金额,满立减,"
        "产品信息,订单备注,收货地址,收货人名称,收货国家,州/省,城市,地址,邮编,联系电话,手机,买家选择物流,"
        "发货期限,实际发货物流:运单号,发货时间,确认收货时间"_s;

// One seller-center row: 26 columns in the order of ChineseHeader.
QString chineseRow(const QString &orderId, const QString &status, const QString &paid,
                   const QString &total, const QString &products, const QString &shipped = {},
                   const QString &tracking = {}, const QString &country = u"ES"_s,
                   const QString &discount = u"US $0.00"_s)
{
    const QStringList cells{orderId,  status, u"Li Wei"_s, u"Lucía García"_s,
                            u"2026-03-01 09:15:00"_s, paid, total, u"US $0.00"_s, total,
                            discount, products, QString(), u"Calle Mayor 1"_s,
                            u"Lucía García"_s, country, u"Madrid"_s, u"Madrid"_s,
                            u"Calle Mayor 1"_s, u"28001"_s, QString(), QString(),
                            u"AliExpress Standard Shipping"_s, u"2026-03-04 09:15:00"_s, tracking,
                            shipped, QString()};
    QStringList quoted;
    for (QString c : cells) {
        if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n'))
            c = u'"' + c.replace(u"\""_s, u"\"\""_s) + u'"';
        quoted.append(c);
    }
    return quoted.join(u',');
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray utf8Bom(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

// The database file itself, after folding the WAL in: what "unchanged" means.
QByteArray fileDigest(const sdtest::TempWorkspace &t)
{
    QSqlQuery q(t.db());
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    QFile f(t.path());
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 addStore(const sdtest::TempWorkspace &t, const QString &name,
                const QString &zone = u"Asia/Shanghai"_s)
{
    sd::Store s;
    s.name = name;
    s.timeZone = zone;
    QString error;
    const auto id = sd::StoreRepository(t.db()).add(s, &error);
    if (!id)
        qFatal("cannot add store: %s", qUtf8Printable(error));
    return *id;
}

const QString Spatula = u"【1】Silicone spatula set, 5 pcs\n(产品属性: Color: Grey)\n(商家编码: SPAT-5PC-GRY)\n(产品数量: 2 piece)"_s;

} // namespace

class tst_OrderImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sellerCenterChineseCsv();
    void sameFileTwiceChangesNothing();
    void newerExportUpdatesButKeepsStaffWork();
    void englishHeadersXlsx();
    void encodingsAndDelimiters_data();
    void encodingsAndDelimiters();
    void sourceTimeZone();
    void malformedLeavesDatabaseUnchanged_data();
    void malformedLeavesDatabaseUnchanged();
    void limitsFromWorkspaceSettings_data();
    void limitsFromWorkspaceSettings();
    void skipBadWritesRejectedRows();
    void dryRunAndCancelWriteNothing();
    void savedMappingForAnotherLayout();
    void exportImportRoundTrip();
    void productTextMustAddUp();
    void countriesAreStoredAsCodes();
    void longIdsStayTextInCsv();
    void roundedIdsAreWarned();
    void xlsxRoundTripKeepsUtc();
    void selfDeliveryMovesDeadlines();
    void aRuleChangeMovesDeadlines();
};

void tst_OrderImport::sellerCenterChineseCsv()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"orders.csv"_s);
    writeFile(path, utf8Bom(ChineseHeader + u"\r\n"_s
                            + chineseRow(u"3038417700000001"_s, u"等待您发货"_s,
                                         u"2026-03-01 09:20:00"_s, u"US $17.98"_s, Spatula)
                            + u"\r\n"_s
                            + chineseRow(u"3038417700000002"_s, u"等待买家收货"_s,
                                         u"2026-03-01 10:00:00"_s, u"US $8.99"_s,
                                         u"【1】Silicone spatula set, 5 pcs\n(产品数量: 1 piece)"_s,
                                         u"2026-03-01 20:00:00"_s, u"CAINIAO_STANDARD:LP00123456789CN"_s)
                            + u"\r\n"_s));
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"semi_jit"_s;
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    QCOMPARE(r.layout, u"seller_center_zh"_s);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.rejected, 0);

    const sd::OrderRepository repo(t.db());
    const auto d = repo.detail(*repo.refFor(store, u"3038417700000001"_s));
    QVERIFY(d);
    QCOMPARE(d->status, u"WAIT_SELLER_SEND_GOODS"_s);
    QCOMPARE(d->model, u"semi_jit"_s);
    QCOMPARE(d->orderTotal, 1798);
    QCOMPARE(d->currency, u"USD"_s);
    QCOMPARE(d->country, u"ES"_s);
    // 09:20 in Shanghai is 01:20 UTC; the JIT pickup rule gives 24 h.
    QCOMPARE(*d->paidUtc, sd::utc::toStore(QDateTime(QDate(2026, 3, 1), QTime(1, 20), QTimeZone::utc())));
    QCOMPARE(*d->handoverDueUtc, *d->paidUtc + 24 * 3600);
    QCOMPARE(d->items.size(), 1);
    QCOMPARE(d->items.first().quantity, 2);
    QCOMPARE(d->items.first().skuCode, u"SPAT-5PC-GRY"_s);
    QCOMPARE(d->history.size(), 1);
    QCOMPARE(d->history.first().newValue, u"WAIT_SELLER_SEND_GOODS"_s);

    const auto shipped = repo.detail(*repo.refFor(store, u"3038417700000002"_s));
    QCOMPARE(shipped->carrier, u"CAINIAO_STANDARD"_s);
    QCOMPARE(shipped->trackingNo, u"LP00123456789CN"_s);
    QCOMPARE(shipped->logisticsStatus, u"SELLER_SEND_GOODS"_s);
    // Searchable by tracking number and product.
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders_fts WHERE orders_fts MATCH '\"3456789\"'"_s), 1);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders_fts WHERE orders_fts MATCH '\"spatula\"'"_s), 2);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM import_history WHERE inserted = 2"_s), 1);
}

void tst_OrderImport::sameFileTwiceChangesNothing()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"orders.csv"_s);
    writeFile(path, utf8Bom(ChineseHeader + u"\n"_s
                            + chineseRow(u"1001"_s, u"等待您发货"_s, u"2026-03-01 09:20:00"_s,
                                         u"US $17.98"_s, Spatula)
                            + u"\n"_s));
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    QVERIFY(sd::OrderImporter(t.db()).run(path, options).committed);
    QSqlQuery q(t.db());
    q.exec(u"DELETE FROM import_history"_s); // the log grows by design; the data must not
    const QByteArray before = fileDigest(t);
    const auto again = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(again.committed);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 1);
    QVERIFY(again.previousImportUtc == 0); // its history row was deleted above
    q.exec(u"DELETE FROM import_history"_s);
    QCOMPARE(fileDigest(t), before);
}

void tst_OrderImport::newerExportUpdatesButKeepsStaffWork()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"orders.csv"_s);
    auto write = [&](const QString &status, const QString &total, const QString &shipped) {
        writeFile(path, utf8Bom(ChineseHeader + u"\n"_s
                                + chineseRow(u"1001"_s, status, u"2026-03-01 09:20:00"_s, total,
                                             Spatula, shipped, u"YANWEN:YW123"_s)
                                + u"\n"_s));
    };
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"semi_jit"_s;
    write(u"等待您发货"_s, u"US $17.98"_s, QString());
    QVERIFY(sd::OrderImporter(t.db()).run(path, options).committed);
    sd::OrderRepository repo(t.db());
    const qint64 ref = *repo.refFor(store, u"1001"_s);
    QString error;
    QVERIFY(repo.setStaffNote(ref, u"Buyer wants gift wrap"_s, &error));
    QCOMPARE(repo.markReviewed({ref}, QDate(2026, 3, 1), &error), 1);

    write(u"等待买家收货"_s, u"US $16.98"_s, u"2026-03-01 18:00:00"_s);
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(r.committed);
    QCOMPARE(r.updated, 1);
    const auto d = repo.detail(ref);
    QCOMPARE(d->status, u"WAIT_BUYER_ACCEPT_GOODS"_s);
    QCOMPARE(d->orderTotal, 1698);
    QCOMPARE(d->model, u"semi_jit"_s);
    QCOMPARE(d->staffNote, u"Buyer wants gift wrap"_s);
    QCOMPARE(d->reviewedOn, u"2026-03-01"_s);
    // Status and logistics changes are history rows, oldest first.
    QStringList changes;
    for (const auto &h : d->history)
        changes.append(h.field + u':' + h.oldValue + u'>' + h.newValue);
    QCOMPARE(changes, QStringList({u"order_status:>WAIT_SELLER_SEND_GOODS"_s,
                                   u"order_status:WAIT_SELLER_SEND_GOODS>WAIT_BUYER_ACCEPT_GOODS"_s,
                                   u"logistics_status:WAIT_SELLER_SEND_GOODS>SELLER_SEND_GOODS"_s}));
}

void tst_OrderImport::englishHeadersXlsx()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"orders.xlsx"_s);
    {
        auto w = sd::TableWriter::create(sd::TableWriter::Format::Xlsx, path, u"Orders"_s);
        QString error;
        QVERIFY(w->open({u"Order ID"_s, u"Order Status"_s, u"Buyer Name"_s, u"Order Time"_s,
                         u"Payment Time"_s, u"Order Amount"_s, u"Product Information"_s,
                         u"Receiver Country"_s},
                        &error));
        using C = sd::Cell;
        QVERIFY(w->writeRow({C::ofText(u"2001"_s), C::ofText(u"Awaiting shipment"_s),
                             C::ofText(u"Emily Johnson"_s),
                             C::ofDateTime(QDateTime(QDate(2026, 3, 2), QTime(8, 0))),
                             C::ofDateTime(QDateTime(QDate(2026, 3, 2), QTime(8, 5))),
                             C::ofDecimal(2299, 2),
                             C::ofText(u"[1] Wireless earbuds (Quantity: 1)"_s), C::ofText(u"US"_s)},
                            &error));
        QVERIFY2(w->commit(&error), qPrintable(error));
    }
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    QCOMPARE(r.layout, u"seller_center_en"_s);
    const sd::OrderRepository repo(t.db());
    const auto d = repo.detail(*repo.refFor(store, u"2001"_s));
    QCOMPARE(d->status, u"WAIT_SELLER_SEND_GOODS"_s);
    QCOMPARE(d->orderTotal, 2299);
    QCOMPARE(*d->paidUtc, sd::utc::toStore(QDateTime(QDate(2026, 3, 2), QTime(0, 5), QTimeZone::utc())));
    QCOMPARE(d->items.size(), 1);
}

void tst_OrderImport::encodingsAndDelimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString csv = ChineseHeader + u"\r\n"_s
            + chineseRow(u"3001"_s, u"等待您发货"_s, u"2026-03-01 09:20:00"_s, u"US $17.98"_s, Spatula)
            + u"\r\n"_s;
    QString semicolons = csv;
    semicolons.replace(u',', u';'); // no field holds a comma besides the delimiters... except "Color: Grey"? none
    QString tabs = csv;
    tabs.replace(u',', u'\t');
    QTest::newRow("utf8") << csv.toUtf8();
    QTest::newRow("utf8-bom") << utf8Bom(csv);
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf16le-bom-tabs") << QByteArray(utf16.encode(tabs));
    QStringEncoder gb("GB18030");
    QTest::newRow("gb18030-semicolons") << QByteArray(gb.encode(semicolons));
}

void tst_OrderImport::encodingsAndDelimiters()
{
    QFETCH(QByteArray, bytes);
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"orders.csv"_s);
    writeFile(path, bytes);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"semi_jit"_s;
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    QCOMPARE(r.inserted, 1);
    const sd::OrderRepository repo(t.db());
    const auto d = repo.detail(*repo.refFor(store, u"3001"_s));
    QCOMPARE(d->buyerName, u"Lucía García"_s);
    QCOMPARE(d->items.first().quantity, 2);
}

void tst_OrderImport::sourceTimeZone()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"api.csv"_s);
    writeFile(path, "order_id,order_status,gmt_create,gmt_pay_time,pay_amount\n"
                    "4001,WAIT_SELLER_SEND_GOODS,2026-03-08 01:30:00,2026-03-08 02:30:00,USD 5.00\n");
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    options.sourceZone = sd::utc::aliexpressApiZone();
    QVERIFY(sd::OrderImporter(t.db()).run(path, options).committed);
    const sd::OrderRepository repo(t.db());
    const auto d = repo.detail(*repo.refFor(store, u"4001"_s));
    // 01:30 PST is 09:30 UTC; 02:30 falls in the spring-forward gap and reads as 03:30 PDT.
    QCOMPARE(*d->createdUtc, sd::utc::toStore(QDateTime(QDate(2026, 3, 8), QTime(9, 30), QTimeZone::utc())));
    QCOMPARE(*d->paidUtc, sd::utc::toStore(QDateTime(QDate(2026, 3, 8), QTime(10, 30), QTimeZone::utc())));
}

void tst_OrderImport::malformedLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where"); // expected start of the first error
    QTest::addColumn<QString>("reason"); // a word of its reason

    const QByteArray header = "order_id,order_status,created_utc,order_total,quantity,child_id\n";
    const QByteArray good = "9001,FINISH,2026-03-01T10:00:00Z,10.00,1,1\n";
    QTest::newRow("unclosed quote") << header + good + "9002,FINISH,\"2026-03-01,10.00,1,1\n"
                                    << u"bad.csv:3"_s << u"quote"_s;
    QTest::newRow("wrong field count") << header + good + "9002,FINISH,2026-03-01T10:00:00Z,10.00\n"
                                       << u"bad.csv:3:5"_s << u"fields"_s;
    QTest::newRow("bad date") << header + good + "9002,FINISH,2026-02-30 10:00,10.00,1,1\n"
                              << u"bad.csv:3:3"_s << u"date"_s;
    QTest::newRow("bad amount") << header + good + "9002,FINISH,2026-03-01T10:00:00Z,10.0.0,1,1\n"
                                << u"bad.csv:3:4"_s << u"amount"_s;
    QTest::newRow("negative quantity") << header + good + "9002,FINISH,2026-03-01T10:00:00Z,10.00,-2,1\n"
                                       << u"bad.csv:3:5"_s << u"quantity"_s;
    QTest::newRow("same order, different data")
            << header + good + "9001,FINISH,2026-03-01T10:00:00Z,12.00,1,2\n"
            << u"bad.csv:3:4"_s << u"line 2"_s;
    QTest::newRow("unknown status") << header + good + "9002,SHIPPED_MAYBE,2026-03-01T10:00:00Z,10.00,1,1\n"
                                    << u"bad.csv:3:2"_s << u"status"_s;
    QTest::newRow("empty file") << QByteArray() << u"bad.csv"_s << u"empty"_s;
    QTest::newRow("header only") << header << u"bad.csv:2"_s << u"header"_s;
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919 + 13) % 256));
    QTest::newRow("binary junk") << junk << u"bad.csv"_s << u""_s;
    QTest::newRow("10 MB field") << header + "9002,FINISH,2026-03-01T10:00:00Z,\"" + QByteArray(10 << 20, 'x') + "\",1,1\n"
                                 << u"bad.csv:2"_s << u""_s;
}

void tst_OrderImport::malformedLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, reason);
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    // Something already stored that must survive untouched.
    const QString seed = t.dir.filePath(u"seed.csv"_s);
    writeFile(seed, "order_id,order_status,created_utc,order_total\n8001,FINISH,2026-02-01T10:00:00Z,5.00\n");
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    QVERIFY(sd::OrderImporter(t.db()).run(seed, options).committed);
    const QByteArray before = fileDigest(t);

    const QString path = t.dir.filePath(u"bad.csv"_s);
    writeFile(path, bytes);
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(!r.committed);
    QVERIFY(!r.ok());
    const QString first = r.errors.isEmpty() ? r.fatal : r.errors.first();
    QVERIFY2(first.startsWith(where), qPrintable(first));
    QVERIFY2(first.contains(reason, Qt::CaseInsensitive), qPrintable(first));
    QCOMPARE(fileDigest(t), before);
}

void tst_OrderImport::limitsFromWorkspaceSettings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where"); // expected start of the message
    QTest::addColumn<QString>("reason"); // part of it

    using S = sd::WorkspaceSettings;
    QTest::newRow("file size") << S::ImportMaxFileBytes << qint64(4096) << u"big.csv"_s
                               << u"big.csv"_s << u"over the import limit of %1"_s;
    QTest::newRow("fields in a row") << S::ImportMaxFields << qint64(8) << u"wide.csv"_s
                                     << u"wide.csv:3:9"_s << u"more than 8 fields"_s;
    QTest::newRow("XLSX unpacked size") << S::ImportMaxUnpackedBytes << qint64(256 * 1024)
                                        << u"bomb.xlsx"_s << u"bomb.xlsx"_s
                                        << u"over the limit of %1"_s;
}

void tst_OrderImport::limitsFromWorkspaceSettings()
{
    // Each import limit is the workspace's setting; past it the file is refused with a
    // message naming the file (and the line and column where there is one), and
    // nothing stored changes.
    QFETCH(QString, key);
    QFETCH(qint64, limit);
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, reason);
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;

    const QString path = t.dir.filePath(file);
    QByteArray csv = "order_id,order_status,created_utc,order_total\n"
                     "9001,FINISH,2026-03-01T10:00:00Z,10.00\n";
    if (file == u"big.csv"_s) {
        for (int i = 0; i < 200; ++i)
            csv += QByteArray::number(9100 + i) + ",FINISH,2026-03-01T10:00:00Z,10.00\n";
        writeFile(path, csv);
    } else if (file == u"wide.csv"_s) {
        writeFile(path, csv + "9002,FINISH,2026-03-01T10:00:00Z,10.00,,,,,,,,\n");
    } else {
        // Highly compressible: a sheet of 4,000 identical rows is a few KB zipped.
        auto w = sd::TableWriter::create(sd::TableWriter::Format::Xlsx, path, u"Orders"_s);
        QString error;
        QVERIFY(w->open({u"order_id"_s, u"order_status"_s, u"created_utc"_s, u"order_total"_s},
                        &error));
        for (int i = 0; i < 4000; ++i) {
            QVERIFY(w->writeRow({sd::Cell::ofText(QString::number(9100 + i)),
                                 sd::Cell::ofText(u"FINISH"_s),
                                 sd::Cell::ofText(u"2026-03-01T10:00:00Z"_s),
                                 sd::Cell::ofText(u"10.00"_s)},
                                &error));
        }
        QVERIFY2(w->commit(&error), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() < limit, qPrintable(QString::number(QFileInfo(path).size())));
    }
    // Within the default limits the file imports.
    {
        const auto r = sd::OrderImporter(t.db()).run(path, [&] {
            auto dry = options;
            dry.dryRun = true;
            return dry;
        }());
        QVERIFY2(r.ok() || file == u"wide.csv"_s, qPrintable(r.fatal + r.errors.join(u'\n')));
    }

    QString error;
    QVERIFY2(sd::WorkspaceSettings(t.db()).setValue(key, QString::number(limit), &error),
             qPrintable(error));
    const QByteArray before = fileDigest(t);
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(!r.committed);
    const QString first = r.errors.isEmpty() ? r.fatal : r.errors.first();
    QVERIFY2(first.startsWith(where) || first.startsWith(QDir::toNativeSeparators(path)),
             qPrintable(first));
    QVERIFY2(first.contains(file), qPrintable(first));
    QVERIFY2(first.contains(reason.arg(QLocale().formattedDataSize(limit))), qPrintable(first));
    QVERIFY2(first.contains(u"Workspace Settings"_s), qPrintable(first));
    QCOMPARE(fileDigest(t), before);
}

void tst_OrderImport::skipBadWritesRejectedRows()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"mixed.csv"_s);
    writeFile(path, "order_id,order_status,created_utc,order_total\n"
                    "5001,FINISH,2026-03-01T10:00:00Z,5.00\n"
                    "5002,FINISH,yesterday,5.00\n"
                    "5003,FINISH,2026-03-01T10:00:00Z,five\n"
                    "5004,IN_ISSUE,2026-03-01T11:00:00Z,7.50\n");
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    const auto refused = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(!refused.committed);
    QCOMPARE(refused.errors.size(), 2); // every problem listed, not only the first
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders"_s), 0);

    options.skipBad = true;
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(r.committed);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.rejected, 2);
    QVERIFY(QFileInfo(r.rejectedFile).absolutePath() == QFileInfo(path).absolutePath());
    QFile rejected(r.rejectedFile);
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejected.readAll());
    QVERIFY(text.contains(u"mixed.csv:3:3"_s));
    QVERIFY(text.contains(u"5003"_s));
    QVERIFY(!text.contains(u"5004"_s));
}

void tst_OrderImport::dryRunAndCancelWriteNothing()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"orders.csv"_s);
    QByteArray bytes = "order_id,order_status,created_utc,order_total\n";
    for (int i = 0; i < 5000; ++i)
        bytes += QByteArray::number(600000 + i) + ",FINISH,2026-03-01T10:00:00Z,5.00\n";
    writeFile(path, bytes);
    const QByteArray before = fileDigest(t);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    options.dryRun = true;
    const auto dry = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(dry.ok());
    QVERIFY(!dry.committed);
    QCOMPARE(dry.inserted, 5000);
    QCOMPARE(fileDigest(t), before);

    options.dryRun = false;
    std::atomic_bool cancel = false;
    options.cancel = &cancel;
    qint64 seen = 0;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(total > 0 && done <= total);
        seen = done;
        cancel = true; // the user presses Cancel at the first progress report
    };
    const auto cancelled = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(seen > 0);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.committed);
    QCOMPARE(fileDigest(t), before);
}

void tst_OrderImport::savedMappingForAnotherLayout()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"erp.csv"_s);
    writeFile(path, "Ref,State,Placed,Grand total\n7001,FINISH,2026-03-01 08:00,9.99\n");
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"overseas"_s;
    const auto unknown = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(unknown.fatal.startsWith(u"erp.csv:1: "_s));

    using F = sd::OrderField;
    QString error;
    sd::ColumnMappingRepository mappings(t.db());
    QVERIFY(mappings.save(u"Our ERP"_s, {{F::OrderId, u"ref"_s}, {F::Status, u"STATE"_s},
                                        {F::Created, u"Placed"_s}, {F::OrderTotal, u"Grand Total"_s}},
                          &error));
    QCOMPARE(mappings.names(), QStringList{u"Our ERP"_s});
    options.mapping = *mappings.load(u"Our ERP"_s, &error);
    const auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    QCOMPARE(r.layout, u"custom"_s);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT order_total_minor FROM orders WHERE order_id = '7001'"_s), 999);
}

void tst_OrderImport::exportImportRoundTrip()
{
    // Demo orders out to CSV, into a fresh workspace, and out again: the same bytes.
    sdtest::TempWorkspace a;
    QString error;
    QVERIFY2(sd::DemoSeeder(a.db()).seed(QDate(2026, 11, 21), &error), qPrintable(error));
    const QString first = a.dir.filePath(u"first.csv"_s);
    const qint64 now = sd::utc::toStore(QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc()));
    const auto out = sd::OrderExporter(a.db()).run(first, sd::TableWriter::Format::Csv, {}, {}, now);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.orders, sdtest::scalar(a.db(), u"SELECT count(*) FROM orders"_s));

    // Into the same workspace: nothing changes.
    const auto same = sd::OrderImporter(a.db()).run(first, {});
    QVERIFY2(same.committed, qPrintable(same.fatal + same.errors.join(u'\n')));
    QCOMPARE(same.inserted, 0);
    QCOMPARE(same.updated, 0);
    QCOMPARE(same.unchanged, out.orders);

    sdtest::TempWorkspace b;
    for (const auto &s : sd::StoreRepository(a.db()).all())
        addStore(b, s.name, s.timeZone);
    const auto in = sd::OrderImporter(b.db()).run(first, {});
    QVERIFY2(in.committed, qPrintable(in.fatal + in.errors.join(u'\n')));
    QCOMPARE(in.inserted, out.orders);
    const QString second = b.dir.filePath(u"second.csv"_s);
    QVERIFY(sd::OrderExporter(b.db()).run(second, sd::TableWriter::Format::Csv, {}, {}, now).ok());
    QFile f1(first), f2(second);
    QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
    QCOMPARE(f2.readAll(), f1.readAll());
    // Deadlines were recomputed from the rules, the same as the seeder's.
    QCOMPARE(sdtest::scalar(b.db(), u"SELECT count(*) FROM orders WHERE handover_due_utc IS NOT NULL"_s),
             sdtest::scalar(a.db(), u"SELECT count(*) FROM orders WHERE handover_due_utc IS NOT NULL"_s));
}

void tst_OrderImport::productTextMustAddUp()
{
    // Issue 21, item 3: line items read from the product text add up to the order's product
    // total, or the row says why not; nothing is stored as quantity 1 at USD 0.00 in silence.
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    const QString path = t.dir.filePath(u"orders.csv"_s);
    auto import = [&](const QStringList &rows) {
        writeFile(path, utf8Bom(ChineseHeader + u"\r\n"_s + rows.join(u"\r\n"_s) + u"\r\n"_s));
        return sd::OrderImporter(t.db()).run(path, options);
    };
    const QString paid = u"2026-03-01 09:20:00"_s;

    // A quantity the parser does not read: the row is refused at the product text.
    auto r = import({chineseRow(u"5001"_s, u"等待您发货"_s, paid, u"US $9.98"_s,
                                u"【1】Mug\n(产品数量 2 piece)"_s)});
    QVERIFY(!r.committed);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(u"orders.csv:2:11: product 1"_s), qPrintable(r.errors.first()));
    QVERIFY2(r.errors.first().contains(u"quantity"_s), qPrintable(r.errors.first()));

    // A quantity that does not divide the product total: refused.
    r = import({chineseRow(u"5002"_s, u"等待您发货"_s, paid, u"US $9.98"_s,
                           u"【1】Mug\n(产品数量: 3 piece)"_s)});
    QVERIFY(!r.committed);
    QVERIFY2(r.errors.value(0).startsWith(u"orders.csv:2:11: "_s), qPrintable(r.errors.value(0)));
    QVERIFY2(r.errors.value(0).contains(u"check the quantity"_s), qPrintable(r.errors.value(0)));

    // Prices that add up to something else: refused; off by the discount the file
    // states: imported with a warning.
    r = import({chineseRow(u"5003"_s, u"等待您发货"_s, paid, u"US $9.98"_s,
                           u"【1】Mug\n(产品数量: 2 piece)\n(单价: US $6.00)"_s)});
    QVERIFY(!r.committed);
    QVERIFY2(r.errors.value(0).contains(u"add up to"_s), qPrintable(r.errors.value(0)));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders"_s), 0);

    // The seller center's own shape: no prices; one product takes the product total.
    r = import({chineseRow(u"5004"_s, u"等待您发货"_s, paid, u"US $9.98"_s,
                           u"【1】Mug\n(商家编码: MUG-1)\n(产品数量: 2 piece)"_s),
                chineseRow(u"5005"_s, u"等待您发货"_s, paid, u"US $10.00"_s,
                           u"【1】Mug\n(产品数量: 2 piece)\n(单价: US $6.00)"_s, {}, {}, u"ES"_s,
                           u"US $2.00"_s),
                chineseRow(u"5006"_s, u"等待您发货"_s, paid, u"US $19.96"_s,
                           u"【1】Mug\n(产品数量: 2 piece)\n【2】Cup\n(产品数量: 1 piece)"_s)});
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    const sd::OrderRepository repo(t.db());
    const auto single = repo.detail(*repo.refFor(store, u"5004"_s));
    QCOMPARE(single->items.size(), 1);
    QCOMPARE(single->items.first().quantity, 2);
    QCOMPARE(single->items.first().unitPriceMinor, 499);
    // The other two are imported, each with its warning on the result.
    QCOMPARE(r.warningCount, 2);
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY2(r.warnings.at(0).startsWith(u"orders.csv:5:11: order 5005"_s), qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(0).contains(u"discount"_s), qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(1).startsWith(u"orders.csv:8:11: order 5006"_s), qPrintable(r.warnings.at(1)));
    QVERIFY2(r.warnings.at(1).contains(u"no price"_s), qPrintable(r.warnings.at(1)));
    QCOMPARE(repo.detail(*repo.refFor(store, u"5005"_s))->items.first().unitPriceMinor, 600);
}

void tst_OrderImport::countriesAreStoredAsCodes()
{
    // Issue 21, item 4: "Spain" beside "ES" listed Spain twice in the country filter, and
    // each filter missed the other's orders. Countries are stored as ISO codes.
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    const QString path = t.dir.filePath(u"orders.csv"_s);
    const QString paid = u"2026-03-01 09:20:00"_s;
    const QString mug = u"【1】Mug\n(产品数量: 1 piece)"_s;
    QStringList rows;
    const QStringList names{u"ES"_s, u"Spain"_s, u"西班牙"_s, u"es"_s, u"Russian Federation"_s,
                            u"俄罗斯"_s, u"UK"_s, u"英国"_s, u"Korea"_s, u"United States"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        rows << chineseRow(QString::number(6000 + i), u"等待您发货"_s, paid, u"US $5.00"_s, mug, {}, {},
                           names.at(i));
    writeFile(path, utf8Bom(ChineseHeader + u"\r\n"_s + rows.join(u"\r\n"_s) + u"\r\n"_s));
    auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    const sd::OrderRepository repo(t.db());
    QCOMPARE(repo.countries(store), (QStringList{u"ES"_s, u"GB"_s, u"KR"_s, u"RU"_s, u"US"_s}));
    QCOMPARE(repo.detail(*repo.refFor(store, u"6001"_s))->country, u"ES"_s);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE country = 'ES'"_s), 4);

    // A country nobody knows is an error of its row, at its cell.
    writeFile(path, utf8Bom(ChineseHeader + u"\r\n"_s
                            + chineseRow(u"6100"_s, u"等待您发货"_s, paid, u"US $5.00"_s, mug, {}, {},
                                         u"Narnia"_s)
                            + u"\r\n"_s));
    r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(!r.committed);
    QCOMPARE(r.errors.size(), 1);
    // The row starts on line 2; its product text breaks a line, so the country is on line 3.
    QVERIFY2(r.errors.first().startsWith(u"orders.csv:3:15: "_s), qPrintable(r.errors.first()));
    QVERIFY2(r.errors.first().contains(u"\"Narnia\""_s), qPrintable(r.errors.first()));
}

void tst_OrderImport::longIdsStayTextInCsv()
{
    // Issue 21, item 8: a spreadsheet opening the CSV export must not round 16-digit IDs,
    // and SellerDesk reads its own file back exactly. LibreOffice 7.4 keeps a field with a
    // leading tab as text (a bare one becomes 3038417721189990): docs/reports.md.
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    const QString path = t.dir.filePath(u"orders.csv"_s);
    writeFile(path, utf8Bom(ChineseHeader + u"\r\n"_s
                            + chineseRow(u"3038417721189989"_s, u"等待您发货"_s, u"2026-03-01 09:20:00"_s,
                                         u"US $5.00"_s,
                                         u"【1】Mug\n(商家编码: 0042)\n(产品数量: 1 piece)"_s)
                            + u"\r\n"_s));
    QVERIFY(sd::OrderImporter(t.db()).run(path, options).committed);
    const QString out = t.dir.filePath(u"export.csv"_s);
    const qint64 now = sd::utc::toStore(QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc()));
    QVERIFY(sd::OrderExporter(t.db()).run(out, sd::TableWriter::Format::Csv, {}, {}, now).ok());
    const QByteArray bytes = sdtest::fileBytes(out);
    QVERIFY2(bytes.contains(",\"\t3038417721189989\","), bytes.constData());
    QVERIFY2(bytes.contains(",\"\t0042\","), bytes.constData()); // a SKU code keeps its zeros
    QVERIFY(!bytes.contains(",3038417721189989,"));

    // Read back into another workspace: the same ID, not a new one.
    sdtest::TempWorkspace b;
    addStore(b, u"Harbor"_s);
    const auto in = sd::OrderImporter(b.db()).run(out, {});
    QVERIFY2(in.committed, qPrintable(in.fatal + in.errors.join(u'\n')));
    QCOMPARE(sdtest::scalar(b.db(), u"SELECT count(*) FROM orders WHERE order_id = '3038417721189989'"_s), 1);
    QCOMPARE(sdtest::scalar(b.db(), u"SELECT count(*) FROM order_items WHERE sku_code = '0042'"_s), 1);
    QVERIFY(in.warnings.isEmpty());
}

void tst_OrderImport::roundedIdsAreWarned()
{
    // Issue 21, item 8: a sheet whose IDs a spreadsheet rounded to 15 significant digits
    // created phantom orders in silence. They are imported with warnings.
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::OrderImportOptions options;
    options.storeId = store;
    options.defaultModel = u"pop"_s;
    const QString path = t.dir.filePath(u"orders.csv"_s);
    const QString paid = u"2026-03-01 09:20:00"_s;
    const QString mug = u"【1】Mug\n(产品数量: 1 piece)"_s;
    auto file = [&](const QStringList &ids) {
        QStringList rows;
        for (const QString &id : ids)
            rows << chineseRow(id, u"等待您发货"_s, paid, u"US $5.00"_s, mug);
        writeFile(path, utf8Bom(ChineseHeader + u"\r\n"_s + rows.join(u"\r\n"_s) + u"\r\n"_s));
    };
    file({u"3038417721189989"_s, u"3038417721190012"_s, u"3038417721190101"_s});
    auto r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(r.committed);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));

    // The same orders after a spreadsheet: two look rounded and are near stored orders.
    file({u"3038417721189990"_s, u"3038417721190010"_s, u"3038417721190101"_s});
    r = sd::OrderImporter(t.db()).run(path, options);
    QVERIFY(r.committed);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.warningCount, 3);
    QVERIFY2(r.warnings.at(0).startsWith(u"orders.csv:2:1: order 3038417721189990 is new, but order "
                                         "3038417721189989 is stored"_s),
             qPrintable(r.warnings.at(0)));
    QVERIFY2(r.warnings.at(1).startsWith(u"orders.csv:4:1: order 3038417721190010 is new, but order "
                                         "3038417721190012 is stored"_s),
             qPrintable(r.warnings.at(1)));
    QVERIFY2(r.warnings.at(2).startsWith(u"orders.csv: 2 of 3 order IDs"_s), qPrintable(r.warnings.at(2)));
}

void tst_OrderImport::xlsxRoundTripKeepsUtc()
{
    // SellerDesk's XLSX export read back into stores in another time zone: every time as it
    // was (an XLSX date cell has no zone; SellerDesk's own files are UTC), issue 21 item 5.
    sdtest::TempWorkspace a;
    QString error;
    QVERIFY2(sd::DemoSeeder(a.db()).seed(QDate(2026, 11, 21), &error), qPrintable(error));
    const qint64 now = sd::utc::toStore(QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc()));
    const QString xlsx = a.dir.filePath(u"orders.xlsx"_s);
    QVERIFY(sd::OrderExporter(a.db()).run(xlsx, sd::TableWriter::Format::Xlsx, {}, {}, now).ok());
    const QString expected = a.dir.filePath(u"expected.csv"_s);
    QVERIFY(sd::OrderExporter(a.db()).run(expected, sd::TableWriter::Format::Csv, {}, {}, now).ok());

    sdtest::TempWorkspace b;
    for (const auto &s : sd::StoreRepository(a.db()).all())
        addStore(b, s.name, u"America/Los_Angeles"_s);
    const auto in = sd::OrderImporter(b.db()).run(xlsx, {});
    QVERIFY2(in.committed, qPrintable(in.fatal + in.errors.join(u'\n')));
    QCOMPARE(in.inserted, sdtest::scalar(a.db(), u"SELECT count(*) FROM orders"_s));
    QCOMPARE(sdtest::scalar(b.db(), u"SELECT sum(created_utc) FROM orders"_s),
             sdtest::scalar(a.db(), u"SELECT sum(created_utc) FROM orders"_s));
    const QString actual = b.dir.filePath(u"actual.csv"_s);
    QVERIFY(sd::OrderExporter(b.db()).run(actual, sd::TableWriter::Format::Csv, {}, {}, now).ok());
    QCOMPARE(sdtest::fileBytes(actual), sdtest::fileBytes(expected));
}

void tst_OrderImport::selfDeliveryMovesDeadlines()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"jit.csv"_s);
    writeFile(path, "order_id,order_status,fulfillment_model,created_utc,paid_utc\n"
                    "1,WAIT_SELLER_SEND_GOODS,semi_jit,2026-03-01T00:00:00Z,2026-03-01T01:00:00Z\n"
                    "2,WAIT_SELLER_SEND_GOODS,semi_warehouse,2026-03-01T00:00:00Z,2026-03-01T01:00:00Z\n");
    sd::OrderImportOptions options;
    options.storeId = store;
    QVERIFY(sd::OrderImporter(t.db()).run(path, options).committed);
    const qint64 paid = sd::utc::toStore(QDateTime(QDate(2026, 3, 1), QTime(1, 0), QTimeZone::utc()));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT handover_due_utc FROM orders WHERE order_id = '1'"_s), paid + 24 * 3600);
    QString error;
    QVERIFY(sd::StoreRepository(t.db()).setJitSelfDelivery(store, true, &error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT handover_due_utc FROM orders WHERE order_id = '1'"_s), paid + 48 * 3600);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE order_id = '2' AND handover_due_utc IS NULL"_s), 1);
}

void tst_OrderImport::aRuleChangeMovesDeadlines()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const QString path = t.dir.filePath(u"jit.csv"_s);
    writeFile(path, "order_id,order_status,fulfillment_model,created_utc,paid_utc\n"
                    "1,WAIT_SELLER_SEND_GOODS,semi_jit,2026-03-01T00:00:00Z,2026-03-01T01:00:00Z\n"
                    "2,WAIT_SELLER_SEND_GOODS,semi_jit,2026-03-09T00:00:00Z,2026-03-09T01:00:00Z\n");
    sd::OrderImportOptions options;
    options.storeId = store;
    QVERIFY(sd::OrderImporter(t.db()).run(path, options).committed);
    const qint64 paid1 = sd::utc::toStore(QDateTime(QDate(2026, 3, 1), QTime(1, 0), QTimeZone::utc()));
    const qint64 paid2 = sd::utc::toStore(QDateTime(QDate(2026, 3, 9), QTime(1, 0), QTimeZone::utc()));
    // The pickup window shrinks to 12 h for payments from 5 March (store time):
    // the later order's deadline moves, the earlier one's stays.
    QString error;
    QVERIFY2(sd::RuleRepository(t.db()).addValue(u"jit.pickup_handover_hours"_s, u"12"_s,
                                                 QDate(2026, 3, 5), u"platform notice"_s, &error),
             qPrintable(error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT handover_due_utc FROM orders WHERE order_id = '1'"_s), paid1 + 24 * 3600);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT handover_due_utc FROM orders WHERE order_id = '2'"_s), paid2 + 12 * 3600);
}

QTEST_GUILESS_MAIN(tst_OrderImport)
#include "tst_orderimport.moc"
