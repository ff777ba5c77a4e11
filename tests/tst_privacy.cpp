// Buyers' personal data purged from old records: counted first, erased completely
// (from the rows, the search index and the file itself), everything else kept.

#include "demo/demoseeder.h"
#include "orders/orderrepository.h"
#include "privacy/personaldata.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s", qUtf8Printable(sql));
    return q.isActive();
}

// The workspace file and its log as bytes, after folding the log in.
QByteArray storedBytes(const sdtest::TempWorkspace &t)
{
    QSqlQuery(t.db()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return sdtest::fileBytes(t.path()) + sdtest::fileBytes(t.path() + u"-wal"_s);
}

} // namespace

class tst_Privacy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cutoffIsMonthsBeforeToday();
    void purgeErasesOldPersonalDataOnly();
};

void tst_Privacy::cutoffIsMonthsBeforeToday()
{
    const qint64 cutoff = sd::PersonalData::cutoffUtc(QDate(2026, 11, 21), 24);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(cutoff, QTimeZone::utc()),
             QDateTime(QDate(2024, 11, 21), QTime(0, 0), QTimeZone::utc()));
    // The end of a longer month lands on the last day of the shorter one.
    QCOMPARE(QDateTime::fromSecsSinceEpoch(sd::PersonalData::cutoffUtc(QDate(2026, 3, 31), 1),
                                           QTimeZone::utc())
                     .date(),
             QDate(2026, 2, 28));
}

void tst_Privacy::purgeErasesOldPersonalDataOnly()
{
    sdtest::TempWorkspace t;
    const QDate today = QDate::currentDate();
    QString error;
    QVERIFY2(sd::DemoSeeder(t.db()).seed(today, &error), qPrintable(error));
    const qint64 cutoff = sd::PersonalData::cutoffUtc(today, 1);

    // A buyer whose name appears nowhere else: on an old order, its old claim and the
    // reply sent to them.
    const QSqlDatabase db = t.db();
    const qint64 oldOrder = sdtest::scalar(
            db, u"SELECT min(id) FROM orders WHERE created_utc < %1"_s.arg(cutoff));
    const qint64 oldClaim = sdtest::scalar(
            db, u"SELECT min(c.id) FROM claims c JOIN claim_replies r ON r.claim_ref = c.id "
                "WHERE c.opened_utc < %1"_s.arg(cutoff));
    QVERIFY(oldOrder > 0);
    QVERIFY(oldClaim > 0);
    QVERIFY(exec(db, u"UPDATE orders SET buyer_name = 'Zzyzx Quorra', buyer_login = 'zq1977' "
                     "WHERE id = %1"_s.arg(oldOrder)));
    QVERIFY(exec(db, u"UPDATE claims SET buyer_name = 'Zzyzx Quorra' WHERE id = %1"_s.arg(oldClaim)));
    QVERIFY(exec(db, u"UPDATE claim_replies SET body = 'Dear Zzyzx Quorra, sorry.' "
                     "WHERE claim_ref = %1"_s.arg(oldClaim)));
    QVERIFY(sd::OrderRepository::rebuildSearch(db, &error));
    const QString search = u"SELECT count(*) FROM orders_fts WHERE orders_fts MATCH '\"Zzyzx\"'"_s;
    QCOMPARE(sdtest::scalar(db, search), 1);
    QVERIFY(storedBytes(t).contains("Zzyzx"));

    const qint64 recentNamed = sdtest::scalar(
            db, u"SELECT count(*) FROM orders WHERE created_utc >= %1 AND buyer_name <> ''"_s.arg(cutoff));
    const qint64 orders = sdtest::scalar(db, u"SELECT count(*) FROM orders"_s);
    const qint64 money = sdtest::scalar(db, u"SELECT sum(order_total_minor) FROM orders"_s);
    QVERIFY(recentNamed > 0);

    // Counted first, without changing anything.
    sd::PersonalData data(db);
    const auto pending = data.pending(cutoff, &error);
    QVERIFY2(pending, qPrintable(error));
    QCOMPARE(pending->orders,
             sdtest::scalar(db, u"SELECT count(*) FROM orders WHERE created_utc < %1 "
                                "AND (buyer_name <> '' OR buyer_login <> '')"_s.arg(cutoff)));
    QVERIFY(pending->orders > 0);
    QVERIFY(pending->claims > 0);
    QVERIFY(pending->replies > 0);
    QVERIFY(storedBytes(t).contains("Zzyzx"));

    const auto erased = data.purge(cutoff, &error);
    QVERIFY2(erased, qPrintable(error));
    QCOMPARE(erased->total(), pending->total());
    QCOMPARE(data.pending(cutoff, &error)->total(), 0);

    // Gone from the rows, the search index and the file.
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM orders WHERE created_utc < %1 "
                                "AND (buyer_name <> '' OR buyer_login <> '')"_s.arg(cutoff)),
             0);
    QCOMPARE(sdtest::scalar(db, search), 0);
    QVERIFY(!storedBytes(t).contains("Zzyzx"));
    QVERIFY(!storedBytes(t).contains("zq1977"));
    // The order itself stays, still found by its number, with its money.
    QCOMPARE(sdtest::scalar(db, u"SELECT f.rowid FROM orders_fts f JOIN orders o ON o.id = %1 "
                                "WHERE orders_fts MATCH '\"' || o.order_id || '\"'"_s.arg(oldOrder)),
             oldOrder);
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM orders"_s), orders);
    QCOMPARE(sdtest::scalar(db, u"SELECT sum(order_total_minor) FROM orders"_s), money);
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM orders WHERE created_utc >= %1 "
                                "AND buyer_name <> ''"_s.arg(cutoff)),
             recentNamed);
    // One audit entry says what was erased.
    QCOMPARE(sdtest::scalar(db, u"SELECT count(*) FROM audit_log WHERE entity = 'personal_data' "
                                "AND action = 'purge'"_s),
             1);
    QCOMPARE(t.ws->integrityCheck(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_Privacy)
#include "tst_privacy.moc"
