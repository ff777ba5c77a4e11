#include "demo/demoseeder.h"
#include "orders/orderfilter.h"
#include "orders/orderrepository.h"
#include "orders/orderstablemodel.h"
#include "orders/orderterms.h"
#include "orders/todayreport.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The seeded demo ends at 18:00 Shanghai time on this day; "now" is an hour later.
const QDate DemoDay(2026, 11, 21);
const QDateTime Now(DemoDay, QTime(11, 0), QTimeZone::utc());

qint64 countWhere(const QSqlDatabase &db, const sd::OrderFilter &f)
{
    QVariantList binds;
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM orders o"_s + sd::OrderQuery::where(f, sd::utc::toStore(Now), &binds));
    sd::OrderQuery::bindAll(q, binds);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class tst_OrdersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesTheModelTesterWithFetchMore();
    void everyFilterNarrowsInSql();
    void sortsInSqlAndReachesTheLastRow();
    void searchUsesTheFullTextIndex();
    void bothSearchPlansReadTheSameRows();
    void countriesListsEachCountryOnce();
    void countdownColours();
    void todayHasEverySection();
    void reviewAndNoteAreAudited();

private:
    std::unique_ptr<sdtest::TempWorkspace> m_ws;
};

void tst_OrdersModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ws = std::make_unique<sdtest::TempWorkspace>();
    QString error;
    QVERIFY2(sd::DemoSeeder(m_ws->db()).seed(DemoDay, &error), qPrintable(error));
}

void tst_OrdersModel::passesTheModelTesterWithFetchMore()
{
    sd::OrdersTableModel model(m_ws->db());
    model.setNow(Now);
    // Only the first page until fetchMore counts the rest.
    QCOMPARE(model.rowCount(), sd::OrdersTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model.canFetchMore({})) // the tester may have fetched already
        model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));
    const qint64 all = sdtest::scalar(m_ws->db(), u"SELECT count(*) FROM orders"_s);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(model.matchCount(), all);

    sd::OrderFilter f;
    f.model = u"semi_jit"_s;
    model.setFilter(f);
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), countWhere(m_ws->db(), f));
    for (int row = 0; row < model.rowCount(); row += 97)
        QCOMPARE(model.data(model.index(row, sd::OrdersTableModel::ModelColumn)).toString(),
                 sd::OrderTerms::modelLabel(u"semi_jit"_s));
}

void tst_OrdersModel::everyFilterNarrowsInSql()
{
    using Due = sd::OrderFilter::Due;
    const qint64 all = sdtest::scalar(m_ws->db(), u"SELECT count(*) FROM orders"_s);
    QList<sd::OrderFilter> filters;
    sd::OrderFilter f;
    f.storeId = 1;
    filters << f;
    f = {};
    f.status = u"RISK_CONTROL"_s;
    filters << f;
    f = {};
    f.country = u"ES"_s;
    filters << f;
    f = {};
    f.from = DemoDay.addDays(-7);
    f.to = DemoDay.addDays(-1);
    filters << f;
    for (Due d : {Due::Overdue, Due::DueSoon, Due::DueToday}) {
        f = {};
        f.due = d;
        filters << f;
    }
    f = {};
    f.inDispute = true;
    filters << f;
    f = {};
    f.review = sd::OrderFilter::Review::NotToday;
    filters << f;
    f = {};
    f.review = sd::OrderFilter::Review::Never;
    filters << f;
    // The demo exercises each filter: every one matches some orders, none all of them.
    for (const auto &filter : std::as_const(filters)) {
        const qint64 n = countWhere(m_ws->db(), filter);
        QVERIFY2(n > 0 && n < all, qPrintable(QString::number(n) + u" for "_s
                                              + QVariant(filter.toMap()).toString()));
    }
    // Overdue means: past the deadline, not shipped, still waiting to be.
    f = {};
    f.due = Due::Overdue;
    QCOMPARE(countWhere(m_ws->db(), f),
             sdtest::scalar(m_ws->db(),
                            u"SELECT count(*) FROM orders WHERE shipped_utc IS NULL AND "
                            "order_status IN ('WAIT_SELLER_SEND_GOODS', 'SELLER_PART_SEND_GOODS') "
                            "AND handover_due_utc < "_s
                                    + QString::number(sd::utc::toStore(Now))));
    // Filters round-trip through the settings map.
    f.search = u"spatula"_s;
    f.from = DemoDay;
    QCOMPARE(sd::OrderFilter::fromMap(f.toMap()), f);
}

void tst_OrdersModel::sortsInSqlAndReachesTheLastRow()
{
    sd::OrdersTableModel model(m_ws->db());
    model.setNow(Now);
    model.fetchMore({});
    model.sort(sd::OrdersTableModel::TotalColumn, Qt::AscendingOrder);
    model.fetchMore({});
    const int last = model.rowCount() - 1;
    QVERIFY(last > 1000);
    // The last row is read from the far end, and matches the largest total.
    const qint64 lastRef = model.data(model.index(last, 0), sd::OrdersTableModel::OrderRefRole).toLongLong();
    QCOMPARE(lastRef, sdtest::scalar(m_ws->db(),
                                     u"SELECT id FROM orders ORDER BY order_total_minor DESC, id DESC LIMIT 1"_s));
    const qint64 firstRef = model.orderRef(0);
    QCOMPARE(firstRef, sdtest::scalar(m_ws->db(),
                                      u"SELECT id FROM orders ORDER BY order_total_minor, id LIMIT 1"_s));
    // Row just before a page boundary and just after agree with SQL's order.
    const int row = sd::OrdersTableModel::PageSize * 3;
    QSqlQuery q(m_ws->db());
    q.exec(u"SELECT id FROM orders ORDER BY order_total_minor, id LIMIT 2 OFFSET "_s + QString::number(row - 1));
    QVERIFY(q.next());
    QCOMPARE(model.orderRef(row - 1), q.value(0).toLongLong());
    QVERIFY(q.next());
    QCOMPARE(model.orderRef(row), q.value(0).toLongLong());
    // A column without an index does not sort.
    model.sort(sd::OrdersTableModel::BuyerColumn, Qt::AscendingOrder);
    QCOMPARE(model.orderSort().key, sd::OrderSort::Key::Total);
}

void tst_OrdersModel::searchUsesTheFullTextIndex()
{
    sd::OrdersTableModel model(m_ws->db());
    model.setNow(Now);
    QSqlQuery q(m_ws->db());
    q.exec(u"SELECT order_id, tracking_no FROM orders WHERE tracking_no <> '' ORDER BY id LIMIT 1"_s);
    QVERIFY(q.next());
    const QString orderId = q.value(0).toString();
    const QString tracking = q.value(1).toString();
    for (const QString &text : {orderId, tracking, tracking.mid(3, 6)}) {
        sd::OrderFilter f;
        f.search = text;
        model.setFilter(f);
        model.fetchMore({});
        QVERIFY2(model.rowCount() >= 1, qPrintable(text));
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r)
            found = found || model.data(model.index(r, 0)).toString() == orderId;
        QVERIFY2(found, qPrintable(text));
    }
    sd::OrderFilter f;
    f.search = u"Bamboo toothbrushes"_s;
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(),
             sdtest::scalar(m_ws->db(), u"SELECT count(DISTINCT order_ref) FROM order_items "
                                        "WHERE product_name LIKE '%Bamboo toothbrushes%'"_s));
}

void tst_OrdersModel::bothSearchPlansReadTheSameRows()
{
    // A broad search reads in sort order and tests membership; a narrow one reads its
    // matches and sorts them. Both must give the same page, in the same order.
    sd::OrderFilter f;
    f.search = u"Bamboo"_s;
    f.storeId = 1;
    const qint64 matches = sd::OrderQuery::searchMatches(m_ws->db(), f.search);
    QVERIFY(matches > 0);
    QCOMPARE(sd::OrderQuery::planFor(matches), sd::OrderQuery::SearchPlan::FromMatches);
    QCOMPARE(sd::OrderQuery::planFor(sd::OrderQuery::BroadSearchMatches + 1),
             sd::OrderQuery::SearchPlan::FromSortOrder);
    QCOMPARE(sd::OrderQuery::searchMatches(m_ws->db(), u"ab"_s), -1); // too short for trigrams
    for (const auto key : {sd::OrderSort::Key::Paid, sd::OrderSort::Key::Total}) {
        QList<QStringList> pages;
        for (const auto plan : {sd::OrderQuery::SearchPlan::FromMatches,
                                sd::OrderQuery::SearchPlan::FromSortOrder}) {
            QVariantList binds;
            QSqlQuery q(m_ws->db());
            QVERIFY(q.prepare(u"SELECT o.order_id FROM orders o"_s
                              + sd::OrderQuery::where(f, sd::utc::toStore(Now), &binds, plan)
                              + sd::OrderQuery::orderBy(sd::OrderSort{key, true}) + u" LIMIT 50"_s));
            sd::OrderQuery::bindAll(q, binds);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList ids;
            while (q.next())
                ids.append(q.value(0).toString());
            pages.append(ids);
        }
        QVERIFY(!pages[0].isEmpty());
        QCOMPARE(pages[1], pages[0]);
    }
}

void tst_OrdersModel::countriesListsEachCountryOnce()
{
    const sd::OrderRepository repo(m_ws->db());
    for (const qint64 store : {qint64(0), qint64(1), qint64(2)}) {
        QSqlQuery q(m_ws->db());
        q.prepare(u"SELECT DISTINCT country FROM orders WHERE (? = 0 OR store_id = ?) "
                  "AND country <> '' ORDER BY country"_s);
        q.addBindValue(store);
        q.addBindValue(store);
        QVERIFY(q.exec());
        QStringList expected;
        while (q.next())
            expected.append(q.value(0).toString());
        QVERIFY(expected.size() > 1);
        QCOMPARE(repo.countries(store), expected);
    }
}

void tst_OrdersModel::countdownColours()
{
    sd::OrdersTableModel model(m_ws->db());
    model.setNow(Now);
    sd::OrderFilter f;
    f.due = sd::OrderFilter::Due::Overdue;
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    const QModelIndex overdue = model.index(0, sd::OrdersTableModel::HandoverColumn);
    QCOMPARE(model.data(overdue, sd::OrdersTableModel::DueStateRole).toString(), u"overdue"_s);
    QVERIFY(model.data(overdue).toString().contains(u"overdue"_s));
    QCOMPARE(model.data(overdue, Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    f.due = sd::OrderFilter::Due::DueSoon;
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    const QModelIndex soon = model.index(0, sd::OrdersTableModel::HandoverColumn);
    QCOMPARE(model.data(soon, sd::OrdersTableModel::DueStateRole).toString(), u"due_soon"_s);
    QCOMPARE(model.data(soon, Qt::ForegroundRole).value<QColor>(), QColor(0xb2, 0x6a, 0x00));
    // Time moves on: a day later the same order is overdue.
    model.tick(Now.addDays(1));
    QCOMPARE(model.data(soon, sd::OrdersTableModel::DueStateRole).toString(), u"overdue"_s);
}

void tst_OrdersModel::todayHasEverySection()
{
    const auto t = sd::TodayReport(m_ws->db()).compute(0, sd::utc::toStore(Now));
    QVERIFY(t.overdue.count > 0);
    QVERIFY(t.dueToday.count > 0);
    QVERIFY(t.riskControl.count > 0);
    QVERIFY(t.frozen.count > 0);
    QVERIFY(t.notReviewed.count > 0);
    QVERIFY(!t.overdue.first.isEmpty());
    QCOMPARE(t.overdue.first.size(), qMin<qint64>(t.overdue.count, sd::TodayReport::ListLength));
    // The troubled product of each store is over the threshold; no other product is.
    QVERIFY(!t.refundProducts.isEmpty());
    for (const auto &p : t.refundProducts) {
        QVERIFY(p.shipped >= t.refundMinSample);
        QVERIFY(p.ratePpm > t.refundThresholdPpm);
    }
    QCOMPARE(t.days.size(), sd::TodayReport::ChartDays);
    QCOMPARE(t.days.last(), Now.toLocalTime().date());
    int orders = 0;
    for (const auto &perDay : t.ordersPerDay)
        for (int n : perDay)
            orders += n;
    QVERIFY(orders > 0);
    int missed = 0;
    for (int n : t.overduePerDay)
        missed += n;
    QVERIFY(missed > 0);
    // A higher minimum sample (a newer dated rule) hides every product.
    QSqlQuery q(m_ws->db());
    q.prepare(u"INSERT INTO rules (key, value, unit, effective_from, source, origin, created_utc, created_by) "
              "VALUES ('refund.product_rate_min_sample', '100000', 'count', '2026-01-01', 'test', 'user', 0, 'test')"_s);
    QVERIFY(q.exec());
    QVERIFY(sd::TodayReport(m_ws->db()).compute(0, sd::utc::toStore(Now)).refundProducts.isEmpty());
    q.exec(u"DELETE FROM rules WHERE source = 'test'"_s);
}

void tst_OrdersModel::reviewAndNoteAreAudited()
{
    sd::OrderRepository repo(m_ws->db());
    const qint64 a = sdtest::scalar(m_ws->db(), u"SELECT id FROM orders WHERE reviewed_on IS NULL LIMIT 1"_s);
    const qint64 b = sdtest::scalar(m_ws->db(), u"SELECT id FROM orders WHERE reviewed_on IS NULL LIMIT 1 OFFSET 1"_s);
    const qint64 auditBefore = sdtest::scalar(m_ws->db(), u"SELECT count(*) FROM audit_log"_s);
    QString error;
    QCOMPARE(repo.markReviewed({a, b}, DemoDay, &error), 2);
    QCOMPARE(repo.markReviewed({a, b}, DemoDay, &error), 0); // already reviewed today
    QVERIFY(repo.setStaffNote(a, u"Call the buyer"_s, &error));
    QCOMPARE(repo.detail(a)->staffNote, u"Call the buyer"_s);
    QCOMPARE(sdtest::scalar(m_ws->db(), u"SELECT count(*) FROM audit_log"_s), auditBefore + 3);
    QVERIFY(!repo.setStaffNote(a, QString(4001, u'x'), &error));
    QVERIFY(error.contains(u"4000"_s));
}

QTEST_GUILESS_MAIN(tst_OrdersModel)
#include "tst_ordersmodel.moc"
