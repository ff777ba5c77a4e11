#include "orders/orderterms.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using sd::OrderTerms;

class tst_OrderTerms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusSpellings_data();
    void statusSpellings();
    void everyStatusHasALabel();
    void modelSpellings_data();
    void modelSpellings();
    void unknownIsRefused();
};

void tst_OrderTerms::statusSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << u"WAIT_SELLER_SEND_GOODS"_s << u"WAIT_SELLER_SEND_GOODS"_s;
    QTest::newRow("code lower, spaced") << u" wait seller send goods "_s << u"WAIT_SELLER_SEND_GOODS"_s;
    QTest::newRow("backend label") << u"等待您发货"_s << u"WAIT_SELLER_SEND_GOODS"_s;
    QTest::newRow("short label") << u"等待发货"_s << u"WAIT_SELLER_SEND_GOODS"_s;
    QTest::newRow("risk hold long label") << u"订单处于风控24小时中"_s << u"RISK_CONTROL"_s;
    QTest::newRow("fund processing long label") << u"买卖家达成一致，资金处理中"_s << u"FUND_PROCESSING"_s;
    QTest::newRow("finished") << u"订单结束"_s << u"FINISH"_s;
    QTest::newRow("english") << u"In dispute"_s << u"IN_ISSUE"_s;
    QTest::newRow("frozen") << u"冻结中的订单"_s << u"IN_FROZEN"_s;
}

void tst_OrderTerms::statusSpellings()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(OrderTerms::statusFromText(text), code);
}

void tst_OrderTerms::everyStatusHasALabel()
{
    QCOMPARE(OrderTerms::statusCodes().size(), 11);
    QSet<QString> labels;
    for (const QString &code : OrderTerms::statusCodes()) {
        const QString label = OrderTerms::statusLabel(code);
        QVERIFY(label != code);
        labels.insert(label);
        QCOMPARE(OrderTerms::statusFromText(code), code);
    }
    QCOMPARE(labels.size(), 11);
    for (const QString &code : OrderTerms::modelCodes())
        QVERIFY(OrderTerms::modelLabel(code) != code);
}

void tst_OrderTerms::modelSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << u"semi_jit"_s << u"semi_jit"_s;
    QTest::newRow("chinese warehouse") << u"半托管 入仓"_s << u"semi_warehouse"_s;
    QTest::newRow("chinese full") << u"全托管"_s << u"full_managed"_s;
    QTest::newRow("chinese overseas") << u"海外托管"_s << u"overseas"_s;
    QTest::newRow("english jit") << u"Semi-managed, JIT"_s << u"semi_jit"_s;
    QTest::newRow("pop upper") << u"POP"_s << u"pop"_s;
}

void tst_OrderTerms::modelSpellings()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(OrderTerms::modelFromText(text), code);
}

void tst_OrderTerms::unknownIsRefused()
{
    QVERIFY(!OrderTerms::statusFromText(u"shipped-ish"));
    QVERIFY(!OrderTerms::statusFromText(u""));
    QVERIFY(!OrderTerms::modelFromText(u"dropship"));
}

QTEST_GUILESS_MAIN(tst_OrderTerms)
#include "tst_orderterms.moc"
