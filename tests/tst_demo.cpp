#include "claims/claimrepository.h"
#include "claims/claimterms.h"
#include "claims/damagerate.h"
#include "demo/demoseeder.h"
#include "files/attachmentstore.h"
#include "replies/replyrenderer.h"
#include "rules/rulerepository.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QImage>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &sql : {u"SELECT name, account_id FROM stores ORDER BY id"_s,
                               u"SELECT * FROM orders ORDER BY id"_s,
                               u"SELECT * FROM order_items ORDER BY id"_s}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(sql);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
        }
    }
    return h.result();
}

} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void coversEveryModelAndStatus();
    void isDeterministic();
    void amountsAddUp();
    void commissionFollowsTheRules();
    void refusesAWorkspaceWithStores();
    void claimsInEveryStateWithPhotos();
};

void tst_Demo::coversEveryModelAndStatus()
{
    sdtest::TempWorkspace t;
    const QDate today(2026, 11, 21);
    QString error;
    QVERIFY2(sd::DemoSeeder(t.db()).seed(today, &error), qPrintable(error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM stores"_s), 3);
    QVERIFY(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders"_s) >= 5000);

    QSet<QString> models, statuses;
    QSqlQuery q(t.db());
    q.exec(u"SELECT DISTINCT fulfillment_model FROM orders"_s);
    while (q.next())
        models.insert(q.value(0).toString());
    q.exec(u"SELECT DISTINCT order_status FROM orders"_s);
    while (q.next())
        statuses.insert(q.value(0).toString());
    QCOMPARE(models, (QSet<QString>{u"pop"_s, u"semi_warehouse"_s, u"semi_jit"_s,
                                    u"full_managed"_s, u"overseas"_s}));
    for (const QString &s : {u"PLACE_ORDER_SUCCESS"_s, u"IN_CANCEL"_s, u"WAIT_SELLER_SEND_GOODS"_s,
                             u"SELLER_PART_SEND_GOODS"_s, u"WAIT_BUYER_ACCEPT_GOODS"_s,
                             u"FUND_PROCESSING"_s, u"IN_ISSUE"_s, u"IN_FROZEN"_s,
                             u"WAIT_SELLER_EXAMINE_MONEY"_s, u"RISK_CONTROL"_s, u"FINISH"_s})
        QVERIFY2(statuses.contains(s), qPrintable(s));

    // All within the 90 days before today (Shanghai evening), every store has orders.
    const qint64 end = QDateTime(today, QTime(18, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE created_utc > %1 OR created_utc < %2"_s
                                            .arg(end).arg(end - 90 * 86400)), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(DISTINCT store_id) FROM orders"_s), 3);
    // Every order has at least one line item and a status history.
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                    "(SELECT 1 FROM order_items i WHERE i.order_ref = o.id)"_s), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                    "(SELECT 1 FROM order_status_history h WHERE h.order_ref = o.id)"_s), 0);
    // Some JIT orders were handed over late (after 24 h), most on time.
    const qint64 late = sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE fulfillment_model = "
                                               "'semi_jit' AND shipped_utc - paid_utc > 86400"_s);
    const qint64 jitShipped = sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE "
                                                     "fulfillment_model = 'semi_jit' AND shipped_utc IS NOT NULL"_s);
    QVERIFY(late > 0);
    QVERIFY(late * 5 < jitShipped);
}

void tst_Demo::isDeterministic()
{
    sdtest::TempWorkspace a, b;
    QString error;
    QVERIFY(sd::DemoSeeder(a.db()).seed(QDate(2026, 11, 21), &error));
    QVERIFY(sd::DemoSeeder(b.db()).seed(QDate(2026, 11, 21), &error));
    QCOMPARE(contentHash(a.db()), contentHash(b.db()));
}

void tst_Demo::amountsAddUp()
{
    sdtest::TempWorkspace t;
    QString error;
    QVERIFY(sd::DemoSeeder(t.db()).seed(QDate(2026, 11, 21), &error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE order_total_minor != "
                                    "product_total_minor + shipping_minor - discount_minor"_s), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders o WHERE product_total_minor != "
                                    "(SELECT sum(quantity * unit_price_minor) FROM order_items i "
                                    "WHERE i.order_ref = o.id)"_s), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT typeof(order_total_minor) = 'integer' FROM orders LIMIT 1"_s), 1);
}

void tst_Demo::commissionFollowsTheRules()
{
    sdtest::TempWorkspace t;
    QString error;
    QVERIFY(sd::DemoSeeder(t.db()).seed(QDate(2026, 11, 21), &error));
    // Warehoused semi-managed: 100 % waived. JIT: half of the category commission.
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders WHERE fulfillment_model = "
                                    "'semi_warehouse' AND commission_minor != 0"_s), 0);
    QSqlQuery q(t.db());
    q.exec(u"SELECT product_total_minor - discount_minor, commission_rate_ppm, commission_minor "
           "FROM orders WHERE fulfillment_model = 'semi_jit'"_s);
    int checked = 0;
    while (q.next()) {
        const sd::Money net(q.value(0).toLongLong(), sd::Currency::of(u"USD"));
        const sd::Money gross = net.applied(sd::Rate::fromMillionths(q.value(1).toLongLong()),
                                            sd::Rounding::HalfUp);
        const sd::Money expected = gross - gross.applied(sd::Rate::percent(50), sd::Rounding::HalfUp);
        QCOMPARE(q.value(2).toLongLong(), expected.minorUnits());
        ++checked;
    }
    QVERIFY(checked > 100);
}

void tst_Demo::refusesAWorkspaceWithStores()
{
    sdtest::TempWorkspace t;
    QString error;
    QVERIFY(sd::DemoSeeder(t.db()).seed(QDate(2026, 11, 21), &error));
    const qint64 orders = sdtest::scalar(t.db(), u"SELECT count(*) FROM orders"_s);
    QVERIFY(!sd::DemoSeeder(t.db()).seed(QDate(2026, 11, 21), &error));
    QVERIFY(error.contains(u"already has stores"_s));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM orders"_s), orders);
}

void tst_Demo::claimsInEveryStateWithPhotos()
{
    sdtest::TempWorkspace t;
    QString error;
    const QDate today(2026, 11, 21);
    QVERIFY2(sd::DemoSeeder(t.db()).seed(today, &error), qPrintable(error));
    for (const QString &state : sd::ClaimTerms::states()) {
        QSqlQuery q(t.db());
        q.prepare(u"SELECT count(*) FROM claims WHERE state = ?"_s);
        q.addBindValue(state);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() > 0, qPrintable(state));
    }
    for (const QString &resolution : sd::ClaimTerms::resolutions()) {
        QSqlQuery q(t.db());
        q.prepare(u"SELECT count(*) FROM claims WHERE resolution = ?"_s);
        q.addBindValue(resolution);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() > 0, qPrintable(resolution));
    }
    // The photos are real images kept in the workspace's folder.
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"SELECT id FROM claims"_s));
    int photos = 0;
    const sd::AttachmentStore store(t.db());
    while (q.next()) {
        for (const sd::Attachment &a : store.list(u"claims"_s, q.value(0).toLongLong())) {
            QVERIFY(a.isImage());
            QVERIFY(QImage(store.pathOf(a)).width() > 100);
            ++photos;
        }
    }
    QVERIFY(photos >= 30);
    // Replies were sent from the templates, every placeholder filled; some claims still
    // wait for one.
    QVERIFY(sdtest::scalar(t.db(), u"SELECT count(*) FROM claim_replies WHERE template_key <> ''"_s) > 10);
    QVERIFY(q.exec(u"SELECT body, template_key FROM claim_replies"_s));
    while (q.next())
        QVERIFY2(sd::ReplyRenderer::leftovers(q.value(0).toString()).isEmpty(), qPrintable(q.value(1).toString()));
    // Every coupon carries the terms the buyer is told.
    QVERIFY(q.exec(u"SELECT id FROM claims WHERE coupon_minor IS NOT NULL"_s));
    int coupons = 0;
    while (q.next()) {
        const auto c = sd::ClaimRepository(t.db()).byId(q.value(0).toLongLong());
        QVERIFY(c->couponExpiry.isValid() && c->couponMinSpend());
        ++coupons;
    }
    QVERIFY(coupons > 0);
    QVERIFY(sdtest::scalar(t.db(), u"SELECT count(*) FROM claims WHERE state <> 'closed' AND "
                                   "(last_reply_utc IS NULL OR last_reply_utc < state_changed_utc)"_s) > 5);
    // One fragile product over the damage-rate threshold, for Today.
    const qint64 now = QDateTime(today, QTime(12, 0)).toSecsSinceEpoch();
    const auto rates = sd::DamageRateReport(t.db()).compute(0, now, &error);
    QVERIFY2(rates, qPrintable(error));
    QCOMPARE(rates->flagged().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
