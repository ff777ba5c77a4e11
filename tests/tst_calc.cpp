// The profit calculator: hand-computed cases for every fulfillment model (the
// arithmetic is written out beside each figure), rounding at the midpoint, 0 and
// 100 % rates, 0- and 3-decimal currencies, rules changing by date, the warnings at
// their exact boundaries, and the lines adding up to the totals to the minor unit.

#include "calc/batchcalculator.h"
#include "calc/profitcalculator.h"
#include "calc/subsidysummary.h"
#include "rules/rulerepository.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QFile>
#include <QTimeZone>

#include <tuple>
#include <QSqlError>

using namespace Qt::StringLiterals;
using sd::CalcLine;

namespace {

const sd::Currency USD = sd::Currency::of(u"USD");

// 3 units at USD 12.99 (supply price 9.50), category commission 8 %, 20 % of the orders
// through affiliates at 10 %, cost 4.10, packaging 0.35, first mile 0.60, delivery 2.50.
sd::CalcInput product()
{
    sd::CalcInput in;
    in.currency = USD;
    in.priceMinor = 1299;
    in.supplyPriceMinor = 950;
    in.quantity = 3;
    in.commissionRate = sd::Rate::percent(8);
    in.affiliateRate = sd::Rate::percent(10);
    in.affiliateShare = sd::Rate::percent(20);
    in.costMinor = 410;
    in.packagingMinor = 35;
    in.firstMileMinor = 60;
    in.deliveryMinor = 250;
    in.date = QDate(2026, 6, 1);
    return in;
}

qint64 amount(const sd::CalcResult &r, const QString &key)
{
    const CalcLine *l = r.line(key);
    if (!l)
        qFatal("no line %s in %s", qPrintable(key), qPrintable(r.model));
    return l->amount.minorUnits();
}

bool hasWarning(const sd::CalcResult &r, const QString &part)
{
    return std::any_of(r.warnings.cbegin(), r.warnings.cend(), [&](const QString &w) { return w.contains(part); });
}

// net = revenue - deductions before it; profit = net - deductions after it.
void checkSums(const sd::CalcResult &r)
{
    qint64 running = 0;
    bool sawNet = false;
    for (const CalcLine &l : r.lines) {
        switch (l.kind) {
        case CalcLine::Kind::Revenue:
            running += l.amount.minorUnits();
            break;
        case CalcLine::Kind::Deduction:
            running -= l.amount.minorUnits();
            break;
        case CalcLine::Kind::Subtotal:
            QCOMPARE(l.amount.minorUnits(), running);
            QCOMPARE(l.amount, r.net);
            sawNet = true;
            break;
        case CalcLine::Kind::Total:
            QCOMPARE(l.amount.minorUnits(), running);
            QCOMPARE(l.amount, r.profit);
            break;
        case CalcLine::Kind::Info:
            break;
        }
    }
    QVERIFY(sawNet);
}

} // namespace

class tst_Calc : public QObject
{
    Q_OBJECT

private slots:
    void pop();
    void semiWarehouse();
    void semiJit();
    void fullyManaged();
    void overseas();
    void compareMarksTheBest();
    void roundingAtTheMidpoint();
    void zeroAndFullRates();
    void zeroAndThreeDecimalCurrencies();
    void rulesChangeByDate();
    void popPriceRuleBoundaries_data();
    void popPriceRuleBoundaries();
    void choiceBandBoundaries_data();
    void choiceBandBoundaries();
    void negativeMargin();
    void refusesWhatCannotBeComputed();
    void sumsHoldForManyInputs();
    void batchReadsAListAndWritesTheTable();
    void batchRefusesBadCellsWithTheirPlace();
    void batchFromTheOrders();
    void subsidySummaryHandBuilt();
};

void tst_Calc::pop()
{
    sdtest::TempWorkspace t;
    const auto r = sd::ProfitCalculator(t.db()).compute(product(), u"pop"_s);
    QVERIFY2(r.computed, qPrintable(r.why));
    QCOMPARE(amount(r, u"gross"_s), 3897); // 12.99 × 3 = 38.97
    QCOMPARE(amount(r, u"commission"_s), 312); // 38.97 × 8 % = 3.1176 -> 3.12
    QCOMPARE(amount(r, u"affiliate"_s), 78); // 38.97 × 20 % × 10 % = 0.7794 -> 0.78
    QCOMPARE(amount(r, u"net"_s), 3507); // 38.97 - 3.12 - 0.78
    QCOMPARE(amount(r, u"cost"_s), 1230); // 4.10 × 3
    QCOMPARE(amount(r, u"packaging"_s), 105); // 0.35 × 3
    QCOMPARE(amount(r, u"delivery"_s), 750); // 2.50 × 3 (the seller ships to the buyer)
    QVERIFY(!r.line(u"first_mile"_s)); // POP ships direct: no first mile
    QCOMPARE(amount(r, u"profit"_s), 1422); // 35.07 - 12.30 - 1.05 - 7.50
    QCOMPARE(r.margin->millionths(), 364896); // 14.22 / 38.97 = 0.36489607... -> 36.4896 %
    QVERIFY(!r.line(u"commission_waived"_s));
    QCOMPARE(r.line(u"commission"_s)->rule->key, u"commission_rate"_s);
    QVERIFY(!r.advance);
    checkSums(r);
}

void tst_Calc::semiWarehouse()
{
    sdtest::TempWorkspace t;
    const auto r = sd::ProfitCalculator(t.db()).compute(product(), u"semi_warehouse"_s);
    QVERIFY2(r.computed, qPrintable(r.why));
    QCOMPARE(amount(r, u"commission_before"_s), 312); // 38.97 × 8 %
    QCOMPARE(amount(r, u"commission_waived"_s), 312); // 100 % waived (rule)
    QCOMPARE(amount(r, u"commission"_s), 0);
    QCOMPARE(r.line(u"commission_waived"_s)->rule->key, u"semi_warehouse.commission_waiver"_s);
    QCOMPARE(r.line(u"commission_waived"_s)->rule->value, u"100"_s);
    QCOMPARE(r.line(u"commission_waived"_s)->rule->effectiveFrom, QDate(2024, 1, 1));
    QVERIFY(r.line(u"commission_waived"_s)->rule->source.contains(u"seed"_s));
    QCOMPARE(amount(r, u"affiliate"_s), 78);
    QCOMPARE(amount(r, u"net"_s), 3819); // 38.97 - 0 - 0.78
    QCOMPARE(amount(r, u"first_mile"_s), 180); // 0.60 × 3
    QVERIFY(!r.line(u"delivery"_s)); // the platform delivers
    // Fees a warehoused unit would pay, all waived: pickup 0.15, operation 0.30, rent 0.05 per unit.
    QCOMPARE(amount(r, u"pickup_fee"_s), 45);
    QCOMPARE(amount(r, u"pickup_fee_waived"_s), 45);
    QCOMPARE(amount(r, u"operation_fee"_s), 90);
    QCOMPARE(amount(r, u"operation_fee_waived"_s), 90);
    QCOMPARE(amount(r, u"rent"_s), 15);
    QCOMPARE(amount(r, u"rent_waived"_s), 15);
    QCOMPARE(amount(r, u"warehouse_fees"_s), 0);
    QCOMPARE(amount(r, u"profit"_s), 2304); // 38.19 - 12.30 - 1.05 - 1.80 - 0
    QCOMPARE(r.advance->minorUnits(), 2291); // 38.19 × 60 % = 22.914 -> 22.91
    QCOMPARE(r.line(u"advance"_s)->kind, CalcLine::Kind::Info);
    checkSums(r);
    // Not popular: no advance payment.
    auto in = product();
    in.popular = false;
    QVERIFY(!sd::ProfitCalculator(t.db()).compute(in, u"semi_warehouse"_s).advance);
}

void tst_Calc::semiJit()
{
    sdtest::TempWorkspace t;
    const auto r = sd::ProfitCalculator(t.db()).compute(product(), u"semi_jit"_s);
    QCOMPARE(amount(r, u"commission_before"_s), 312);
    QCOMPARE(amount(r, u"commission_waived"_s), 156); // 50 % reduction (rule)
    QCOMPARE(amount(r, u"commission"_s), 156);
    QCOMPARE(amount(r, u"net"_s), 3663); // 38.97 - 1.56 - 0.78
    QCOMPARE(amount(r, u"first_mile"_s), 180); // to the pickup
    QCOMPARE(amount(r, u"profit"_s), 2148); // 36.63 - 12.30 - 1.05 - 1.80
    QVERIFY(!r.line(u"warehouse_fees"_s));
    QVERIFY(!r.advance);
    checkSums(r);
}

void tst_Calc::fullyManaged()
{
    sdtest::TempWorkspace t;
    const auto r = sd::ProfitCalculator(t.db()).compute(product(), u"full_managed"_s);
    QCOMPARE(amount(r, u"gross"_s), 2850); // the supply price 9.50 × 3
    QCOMPARE(amount(r, u"commission"_s), 0);
    QVERIFY(!r.line(u"affiliate"_s));
    QCOMPARE(amount(r, u"net"_s), 2850);
    QCOMPARE(amount(r, u"profit"_s), 1335); // 28.50 - 12.30 - 1.05 - 1.80
    QCOMPARE(r.margin->millionths(), 468421); // 13.35 / 28.50 = 0.4684210... -> 46.8421 %
    checkSums(r);
}

void tst_Calc::overseas()
{
    sdtest::TempWorkspace t;
    const auto r = sd::ProfitCalculator(t.db()).compute(product(), u"overseas"_s);
    QCOMPARE(amount(r, u"gross"_s), 2850); // supply price incl. shipping
    QCOMPARE(amount(r, u"first_mile"_s), 180);
    QCOMPARE(amount(r, u"delivery"_s), 750); // the seller delivers from its overseas warehouse
    QCOMPARE(amount(r, u"profit"_s), 585); // 28.50 - 12.30 - 1.05 - 1.80 - 7.50
    checkSums(r);
}

void tst_Calc::compareMarksTheBest()
{
    sdtest::TempWorkspace t;
    const auto c = sd::ProfitCalculator(t.db()).compare(product());
    QCOMPARE(c.models.size(), 5);
    QCOMPARE(c.best, u"semi_warehouse"_s); // 23.04 against JIT's 21.48
    QVERIFY2(c.why.contains(u"USD 1.56"_s), qPrintable(c.why));
    // Without a supply price the managed models are not computed, and say why.
    auto in = product();
    in.supplyPriceMinor.reset();
    const auto d = sd::ProfitCalculator(t.db()).compare(in);
    for (const auto &r : d.models) {
        const bool managed = r.model == u"full_managed"_s || r.model == u"overseas"_s;
        QCOMPARE(r.computed, !managed);
        if (managed)
            QVERIFY(r.why.contains(u"supply price"_s));
    }
}

void tst_Calc::roundingAtTheMidpoint()
{
    sdtest::TempWorkspace t;
    sd::CalcInput in;
    in.priceMinor = 1250;
    in.commissionRate = sd::Rate::percent(3);
    in.date = QDate(2026, 6, 1);
    // 12.50 × 3 % = 0.375 -> 0.38 (half up).
    QCOMPARE(amount(sd::ProfitCalculator(t.db()).compute(in, u"pop"_s), u"commission"_s), 38);
    // 12.33 × 3 % = 0.3699 -> 0.37; the JIT reduction 0.37 × 50 % = 0.185 -> 0.19, so the
    // commission charged is 0.37 - 0.19 = 0.18: one rounding per line, never twice.
    in.priceMinor = 1233;
    const auto r = sd::ProfitCalculator(t.db()).compute(in, u"semi_jit"_s);
    QCOMPARE(amount(r, u"commission_before"_s), 37);
    QCOMPARE(amount(r, u"commission_waived"_s), 19);
    QCOMPARE(amount(r, u"commission"_s), 18);
    checkSums(r);
    // 10.00 × 2.5 % × 50 % of orders = 0.125 -> 0.13 (the two rates applied together, once).
    in.priceMinor = 1000;
    in.affiliateRate = sd::Rate::fromMillionths(25'000);
    in.affiliateShare = sd::Rate::percent(50);
    QCOMPARE(amount(sd::ProfitCalculator(t.db()).compute(in, u"pop"_s), u"affiliate"_s), 13);
}

void tst_Calc::zeroAndFullRates()
{
    sdtest::TempWorkspace t;
    auto in = product();
    in.commissionRate = sd::Rate::percent(0);
    in.affiliateRate = sd::Rate::percent(0);
    auto r = sd::ProfitCalculator(t.db()).compute(in, u"pop"_s);
    QCOMPARE(amount(r, u"commission"_s), 0);
    QCOMPARE(amount(r, u"affiliate"_s), 0);
    QCOMPARE(amount(r, u"net"_s), 3897);
    in.commissionRate = sd::Rate::percent(100);
    in.affiliateRate = sd::Rate::percent(50);
    in.affiliateShare = sd::Rate::percent(100);
    r = sd::ProfitCalculator(t.db()).compute(in, u"pop"_s);
    QCOMPARE(amount(r, u"commission"_s), 3897); // all of it
    QCOMPARE(amount(r, u"affiliate"_s), 1949); // 38.97 × 100 % × 50 % = 19.485 -> 19.49
    QCOMPARE(amount(r, u"net"_s), -1949);
    QVERIFY(hasWarning(r, u"Negative margin"_s));
    checkSums(r);
    // The default category rate comes from the rule when none is entered.
    in = product();
    in.commissionRate.reset();
    r = sd::ProfitCalculator(t.db()).compute(in, u"pop"_s);
    QCOMPARE(r.line(u"commission"_s)->rule->key, u"commission.default_category_rate"_s);
    QCOMPARE(amount(r, u"commission"_s), 312); // the shipped default is 8 %
}

void tst_Calc::zeroAndThreeDecimalCurrencies()
{
    sdtest::TempWorkspace t;
    sd::CalcInput in;
    in.currency = sd::Currency::of(u"JPY");
    in.priceMinor = 1299; // ¥1,299
    in.quantity = 3;
    in.commissionRate = sd::Rate::percent(8);
    in.date = QDate(2026, 6, 1);
    auto r = sd::ProfitCalculator(t.db()).compute(in, u"pop"_s);
    QCOMPARE(amount(r, u"commission"_s), 312); // 3897 × 8 % = 311.76 -> ¥312
    // The fee rules are in USD: a JPY product has no fee value unless entered.
    r = sd::ProfitCalculator(t.db()).compute(in, u"semi_warehouse"_s);
    QCOMPARE(amount(r, u"pickup_fee"_s), 0);
    QVERIFY(r.line(u"pickup_fee"_s)->note.contains(u"USD"_s));
    in.pickupFeeMinor = 20;
    r = sd::ProfitCalculator(t.db()).compute(in, u"semi_warehouse"_s);
    QCOMPARE(amount(r, u"pickup_fee_waived"_s), 60); // ¥20 × 3, all waived
    // The POP price rule is in USD: a JPY price is not judged, and the user is told.
    QVERIFY(hasWarning(sd::ProfitCalculator(t.db()).compute(in, u"pop"_s), u"check this JPY price"_s));

    in = {};
    in.currency = sd::Currency::of(u"KWD");
    in.priceMinor = 12345; // KWD 12.345
    in.commissionRate = sd::Rate::percent(8);
    in.affiliateRate = sd::Rate::percent(5);
    in.affiliateShare = sd::Rate::percent(10);
    in.date = QDate(2026, 6, 1);
    r = sd::ProfitCalculator(t.db()).compute(in, u"pop"_s);
    QCOMPARE(amount(r, u"commission"_s), 988); // 12.345 × 8 % = 0.9876 -> 0.988
    QCOMPARE(amount(r, u"affiliate"_s), 62); // 12.345 × 10 % × 5 % = 0.0617 -> 0.062
    QCOMPARE(r.line(u"net"_s)->amount.toDecimalString(), u"11.295"_s);
    checkSums(r);
}

void tst_Calc::rulesChangeByDate()
{
    sdtest::TempWorkspace t;
    QString error;
    QVERIFY2(sd::RuleRepository(t.db()).addValue(u"semi_jit.commission_reduction"_s, u"30"_s, QDate(2026, 7, 1),
                                                  u"test notice"_s, &error),
             qPrintable(error));
    auto in = product();
    in.date = QDate(2026, 6, 30);
    auto r = sd::ProfitCalculator(t.db()).compute(in, u"semi_jit"_s);
    QCOMPARE(amount(r, u"commission_waived"_s), 156); // 50 % until June
    in.date = QDate(2026, 7, 1);
    r = sd::ProfitCalculator(t.db()).compute(in, u"semi_jit"_s);
    QCOMPARE(amount(r, u"commission_waived"_s), 94); // 3.12 × 30 % = 0.936 -> 0.94
    QCOMPARE(r.line(u"commission_waived"_s)->rule->effectiveFrom, QDate(2026, 7, 1));
    QCOMPARE(r.line(u"commission_waived"_s)->rule->source, u"test notice"_s);
    QCOMPARE(amount(r, u"commission"_s), 218);
}

void tst_Calc::popPriceRuleBoundaries_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected"); // part of the warning, or empty for none
    const QDate after(2026, 4, 1);
    const QDate during(2026, 3, 31);
    QTest::newRow("9.99 after the transition") << qint64(999) << after << u"must go semi-managed"_s;
    QTest::newRow("10.00 after the transition") << qint64(1000) << after << QString();
    QTest::newRow("10.01 after the transition") << qint64(1001) << after << QString();
    QTest::newRow("9.99 on the last day") << qint64(999) << during << u"only until 2026-03-31"_s;
    QTest::newRow("10.00 on the last day") << qint64(1000) << during << QString();
}

void tst_Calc::popPriceRuleBoundaries()
{
    QFETCH(qint64, price);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    sdtest::TempWorkspace t;
    sd::CalcInput in;
    in.priceMinor = price;
    in.date = date;
    const auto r = sd::ProfitCalculator(t.db()).compute(in, u"pop"_s);
    const bool warned = hasWarning(r, u"USD 10.00"_s);
    QCOMPARE(warned, !expected.isEmpty());
    if (warned)
        QVERIFY2(hasWarning(r, expected), qPrintable(r.warnings.join(u" | "_s)));
    // Other models are not subject to the POP rule.
    QVERIFY(!hasWarning(sd::ProfitCalculator(t.db()).compute(in, u"semi_jit"_s), u"must go semi-managed"_s));
}

void tst_Calc::choiceBandBoundaries_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("band");
    QTest::addColumn<bool>("underFreeShipping");
    QTest::newRow("4.99") << qint64(499) << u"under"_s << true;
    QTest::newRow("5.00") << qint64(500) << u"middle"_s << true;
    QTest::newRow("9.99") << qint64(999) << u"middle"_s << true;
    QTest::newRow("10.00") << qint64(1000) << u"middle"_s << false;
    QTest::newRow("10.01") << qint64(1001) << u"middle"_s << false;
    QTest::newRow("15.00") << qint64(1500) << u"middle"_s << false;
    QTest::newRow("15.01") << qint64(1501) << u"over"_s << false;
}

void tst_Calc::choiceBandBoundaries()
{
    QFETCH(qint64, price);
    QFETCH(QString, band);
    QFETCH(bool, underFreeShipping);
    sdtest::TempWorkspace t;
    const sd::ProfitCalculator calc(t.db());
    QCOMPARE(calc.choiceBand(sd::Money(price, USD), QDate(2026, 6, 1)), band);
    sd::CalcInput in;
    in.priceMinor = price;
    in.date = QDate(2026, 6, 1);
    const auto r = calc.compute(in, u"semi_warehouse"_s);
    QVERIFY(hasWarning(r, u"Choice band"_s));
    QCOMPARE(hasWarning(r, u"free-shipping threshold"_s), underFreeShipping);
    QVERIFY(!hasWarning(calc.compute(in, u"pop"_s), u"Choice band"_s)); // POP has no Choice badge
}

void tst_Calc::negativeMargin()
{
    sdtest::TempWorkspace t;
    auto in = product();
    in.costMinor = 1300; // more than the price
    const auto r = sd::ProfitCalculator(t.db()).compute(in, u"semi_jit"_s);
    QVERIFY(r.profit.isNegative());
    QVERIFY(r.margin->millionths() < 0);
    QVERIFY(hasWarning(r, u"Negative margin"_s));
    QVERIFY(!hasWarning(sd::ProfitCalculator(t.db()).compute(product(), u"semi_jit"_s), u"Negative margin"_s));
    // Exactly zero profit is not negative.
    sd::CalcInput even;
    even.priceMinor = 1000;
    even.commissionRate = sd::Rate::percent(0);
    even.costMinor = 1000;
    even.date = QDate(2026, 6, 1);
    const auto zero = sd::ProfitCalculator(t.db()).compute(even, u"pop"_s);
    QCOMPARE(zero.profit.minorUnits(), 0);
    QVERIFY(!hasWarning(zero, u"Negative margin"_s));
}

void tst_Calc::refusesWhatCannotBeComputed()
{
    sdtest::TempWorkspace t;
    const sd::ProfitCalculator calc(t.db());
    sd::CalcInput in;
    in.date = QDate(2026, 6, 1);
    QVERIFY(calc.compute(in, u"pop"_s).why.contains(u"selling price"_s));
    in.priceMinor = 100;
    in.quantity = 0;
    QVERIFY(calc.compute(in, u"pop"_s).why.contains(u"quantity"_s));
    in.quantity = 1;
    in.costMinor = -5;
    QVERIFY(calc.compute(in, u"pop"_s).why.contains(u"negative"_s));
    in.costMinor = 0;
    QVERIFY(calc.compute(in, u"consignment"_s).why.contains(u"consignment"_s));
    in.priceMinor = std::numeric_limits<qint64>::max() / 2;
    in.quantity = 3;
    const auto big = calc.compute(in, u"pop"_s);
    QVERIFY(!big.computed);
    QVERIFY(big.why.contains(u"too large"_s));
}

void tst_Calc::sumsHoldForManyInputs()
{
    sdtest::TempWorkspace t;
    const sd::ProfitCalculator calc(t.db());
    // Awkward amounts and rates: the lines still add up exactly for every model.
    for (qint64 price : {1, 99, 1001, 1333, 99999}) {
        for (qint64 rate : {1, 33'333, 80'000, 125'000}) {
            sd::CalcInput in = product();
            in.priceMinor = price;
            in.supplyPriceMinor = price * 2 / 3;
            in.quantity = 7;
            in.commissionRate = sd::Rate::fromMillionths(rate);
            in.affiliateRate = sd::Rate::fromMillionths(rate / 3);
            in.affiliateShare = sd::Rate::fromMillionths(333'333);
            for (const auto &r : calc.compare(in).models) {
                QVERIFY2(r.computed, qPrintable(r.why));
                checkSums(r);
            }
        }
    }
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    f.write(bytes);
    return f.fileName();
}

} // namespace

void tst_Calc::batchReadsAListAndWritesTheTable()
{
    sdtest::TempWorkspace t;
    // Chinese headers, spacing and case as a spreadsheet might have them.
    const QString list = writeFile(t.dir, u"products.csv"_s,
                                   "\xE5\x95\x86\xE5\x93\x81ID,Name,Selling Price,Supply Price,Cost,Packaging,"
                                   "First Mile,Delivery,Commission Rate,Quantity,Affiliate Rate,Affiliate Share\n"
                                   "P1,Vase,12.99,9.50,4.10,0.35,0.60,2.50,8,3,10,20\n"
                                   "P2,Mug,4.99,,1.20,0.20,0.10,1.80,,,,\n"
                                   ",,,,,,,,,,,\n");
    QStringList problems;
    QString error;
    const auto products = sd::BatchCalculator::read(list, {}, &problems, &error);
    QVERIFY2(products, qPrintable(error + problems.join(u'\n')));
    QCOMPARE(products->size(), 2); // the empty row is skipped
    const sd::CalcInput &p1 = products->first().input;
    QCOMPARE(products->first().productId, u"P1"_s);
    QCOMPARE(p1.priceMinor, 1299);
    QCOMPARE(p1.supplyPriceMinor, 950);
    QCOMPARE(p1.quantity, 3);
    QCOMPARE(p1.commissionRate->millionths(), 80'000);
    QCOMPARE(p1.affiliateShare.millionths(), 200'000);
    QVERIFY(!products->at(1).input.commissionRate); // empty: the category rule

    const sd::BatchCalculator batch(t.db());
    const auto rows = batch.compute(*products, QDate(2026, 6, 1));
    QCOMPARE(rows.size(), 2);
    // P1 is the product of the single-product tests: the same figures.
    QCOMPARE(rows.first().comparison.best, u"semi_warehouse"_s);
    QCOMPARE(rows.first().result(u"semi_warehouse"_s)->profit.minorUnits(), 2304);
    QCOMPARE(rows.first().runnerUp(), u"semi_jit"_s);
    QCOMPARE(rows.first().lead()->minorUnits(), 156); // 23.04 - 21.48
    QVERIFY(!rows.at(1).result(u"full_managed"_s)->computed); // no supply price

    const QString out = t.dir.filePath(u"out.csv"_s);
    QVERIFY2(sd::BatchCalculator::write(rows, out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), sd::BatchCalculator::header().join(u','));
    QVERIFY2(lines.at(1).startsWith(u"P1,Vase,USD,12.99,9.50,semi_warehouse,23.04,semi_jit,1.56,14.22,23.04,21.48,13.35,5.85,"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u",,,"_s), qPrintable(lines.at(2))); // the managed models: empty
    QVERIFY(!sd::BatchCalculator::write(rows, t.dir.filePath(u"out.txt"_s), &error));
    QVERIFY(error.contains(u".xlsx"_s));
}

void tst_Calc::batchRefusesBadCellsWithTheirPlace()
{
    sdtest::TempWorkspace t;
    const QString list = writeFile(t.dir, u"bad.csv"_s,
                                   "product_id,price,cost,currency,commission_rate,quantity\n"
                                   "P1,12.99,1,USD,8,1\n"
                                   "P2,abc,1,USD,8,1\n"
                                   ",5,1,USD,8,1\n"
                                   "P4,5,-1,USD,8,1\n"
                                   "P5,5,1,XYZ,8,1\n"
                                   "P6,5,1,USD,120,1\n"
                                   "P7,5,1,USD,8,0\n"
                                   "P8,5.123,1,USD,8,1\n");
    QStringList problems;
    QString error;
    QVERIFY(!sd::BatchCalculator::read(list, {}, &problems, &error));
    QVERIFY2(error.contains(u"7 cell"_s) && error.contains(u"nothing was calculated"_s), qPrintable(error));
    const QStringList expected{u"bad.csv:3:2:"_s, u"bad.csv:4:1:"_s, u"bad.csv:5:3:"_s, u"bad.csv:6:4:"_s,
                               u"bad.csv:7:5:"_s, u"bad.csv:8:6:"_s, u"bad.csv:9:2:"_s};
    QCOMPARE(problems.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(problems.at(i).startsWith(expected.at(i)), qPrintable(problems.at(i)));
    // A list without the columns it needs is refused by its header.
    const QString noPrice = writeFile(t.dir, u"noprice.csv"_s, "product_id,name\nP1,Vase\n");
    QVERIFY(!sd::BatchCalculator::read(noPrice, {}, &problems, &error));
    QVERIFY2(error.contains(u"price"_s) && error.contains(u"noprice.csv"_s), qPrintable(error));
    QVERIFY(!sd::BatchCalculator::read(t.dir.filePath(u"missing.csv"_s), {}, &problems, &error));
    QVERIFY(error.contains(u"missing.csv"_s));
}

void tst_Calc::batchFromTheOrders()
{
    sdtest::TempWorkspace t;
    QSqlQuery q(t.db());
    QVERIFY2(q.exec(u"INSERT INTO stores (name, currency, time_zone, created_utc) VALUES ('Harbor', 'USD', 'UTC', 0)"_s),
             qPrintable(q.lastError().text()));
    const qint64 store = q.lastInsertId().toLongLong();
    const qint64 paid = sd::utc::toStore(QDateTime(QDate(2026, 5, 20), QTime(10, 0), QTimeZone::utc()));
    // Two orders of P1: 2 units at 10.00 and 1 at 11.00 -> average 31.00 / 3 = 10.3333 -> 10.33.
    for (const auto &[id, qty, unit] : {std::tuple{1, 2, 1000}, std::tuple{2, 1, 1100}}) {
        q.prepare(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, created_utc, "
                  "paid_utc) VALUES (?, ?, 'pop', 'FINISH', 'USD', ?, ?)"_s);
        q.addBindValue(store);
        q.addBindValue(QString::number(id));
        q.addBindValue(paid);
        q.addBindValue(paid);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 ref = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, "
                  "unit_price_minor) VALUES (?, '1', 'P1', 'Vase', ?, ?)"_s);
        q.addBindValue(ref);
        q.addBindValue(qty);
        q.addBindValue(unit);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const sd::BatchCalculator batch(t.db());
    const auto products = batch.fromOrders(0, QDate(2026, 5, 1), QDate(2026, 6, 1));
    QCOMPARE(products.size(), 1);
    QCOMPARE(products.first().productId, u"P1"_s);
    QCOMPARE(products.first().input.priceMinor, 1033);
    QVERIFY(batch.fromOrders(0, QDate(2026, 6, 1), QDate(2026, 7, 1)).isEmpty()); // outside the dates
}

void tst_Calc::subsidySummaryHandBuilt()
{
    sdtest::TempWorkspace t;
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"INSERT INTO stores (name, currency, time_zone, created_utc) VALUES ('Harbor', 'USD', 'UTC', 0)"_s));
    const qint64 store = q.lastInsertId().toLongLong();
    const qint64 may = sd::utc::toStore(QDateTime(QDate(2026, 5, 10), QTime(9, 0), QTimeZone::utc()));
    const qint64 june = sd::utc::toStore(QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()));
    struct Order
    {
        const char16_t *id;
        const char16_t *model;
        const char16_t *currency;
        qint64 total;
        QVariant rate;
        QVariant commission;
        qint64 paid;
        qint64 qty;
    };
    const QVariant none(QMetaType::fromType<qint64>());
    const QList<Order> orders{
            {u"A", u"semi_warehouse", u"USD", 2000, 80000, 0, may, 2}, // POP would charge 1.60
            {u"B", u"semi_jit", u"USD", 1250, 30000, 19, may, 1}, // POP: 0.375 -> 0.38; charged 0.19
            {u"C", u"pop", u"USD", 3000, 80000, 240, may, 3},
            {u"D", u"pop", u"EUR", 3000, 80000, 240, may, 1}, // another currency: counted, not valued
            {u"E", u"pop", u"USD", 9000, 80000, 720, june, 1}, // next month
            {u"F", u"full_managed", u"USD", 5000, none, none, may, 1},
    };
    for (const Order &o : orders) {
        q.prepare(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
                  "product_total_minor, commission_rate_ppm, commission_minor, created_utc, paid_utc) "
                  "VALUES (?, ?, ?, 'FINISH', ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(store), QVariant(QString::fromUtf16(o.id)), QVariant(QString::fromUtf16(o.model)),
                                  QVariant(QString::fromUtf16(o.currency)), QVariant(o.total), o.rate, o.commission,
                                  QVariant(o.paid), QVariant(o.paid)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 ref = q.lastInsertId().toLongLong();
        q.prepare(u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, unit_price_minor) "
                  "VALUES (?, '1', ?, 'Vase', ?, ?)"_s);
        q.addBindValue(ref);
        q.addBindValue(QString(u"P-"_s + QString::fromUtf16(o.id)));
        q.addBindValue(o.qty);
        q.addBindValue(o.total / o.qty);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const auto m = sd::SubsidySummary(t.db()).month(store, QDate(2026, 5, 15));
    QVERIFY(m);
    QCOMPARE(m->month, QDate(2026, 5, 1));
    QCOMPARE(m->models.size(), 4); // pop, semi_warehouse, semi_jit, full_managed
    QCOMPARE(m->commissionCharged.minorUnits(), 259); // 0 + 0.19 + 2.40 + 0
    QCOMPARE(m->commissionSaved.minorUnits(), 179); // (1.60 - 0) + (0.38 - 0.19)
    QCOMPARE(m->feesWaived.minorUnits(), 100); // 2 units × (0.15 + 0.30 + 0.05), all waived
    QCOMPARE(m->captured().minorUnits(), 279);
    QCOMPARE(m->advanceEligible.minorUnits(), 1200); // (20.00 - 0) × 60 %
    QCOMPARE(m->leftOnTable.minorUnits(), 240); // POP's 2.40, all of which warehousing waives
    QCOMPARE(m->leftProducts.size(), 1);
    QCOMPARE(m->leftProducts.first().productId, u"P-C"_s);
    QCOMPARE(m->leftProducts.first().units, 3);
    QCOMPARE(m->leftProducts.first().commission.minorUnits(), 240);
    QCOMPARE(m->otherCurrencyOrders, 1);
    // Twelve months end with the one asked for; June has only order E.
    const auto year = sd::SubsidySummary(t.db()).months(store, QDate(2026, 6, 30), 12);
    QCOMPARE(year.size(), 12);
    QCOMPARE(year.last().month, QDate(2026, 6, 1));
    QCOMPARE(year.last().leftOnTable.minorUnits(), 720);
    QCOMPARE(year.at(10).commissionSaved.minorUnits(), 179);
    QCOMPARE(year.first().models.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Calc)
#include "tst_calc.moc"
