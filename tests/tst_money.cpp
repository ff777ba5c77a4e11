#include "money/money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using sd::Currency;
using sd::Money;
using sd::Rate;
using sd::Rounding;

Q_DECLARE_METATYPE(sd::Rounding)

class tst_Money : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void currencies();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void applyRate_data();
    void applyRate();
    void exactWithoutDouble();
    void largeAmountsDoNotOverflow();
    void allocate_data();
    void allocate();
    void allocateNeverLosesACent();
    void rateParsing_data();
    void rateParsing();
    void formatting();
    void arithmetic();
};

void tst_Money::currencies()
{
    QCOMPARE(Currency::of(u"USD").minorDigits(), 2);
    QCOMPARE(Currency::of(u"jpy").minorDigits(), 0);
    QCOMPARE(Currency::of(u"KWD").minorDigits(), 3);
    QCOMPARE(Currency::of(u"KWD").minorPerMajor(), 1000);
    QVERIFY(!Currency::fromCode(u"XYZ"));
    QVERIFY(Currency::commonCodes().contains(u"CNY"_s));
}

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QChar>("mark");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");

    QTest::newRow("plain") << u"12.34"_s << u"USD"_s << QChar(u'.') << 1234LL << u"USD"_s;
    QTest::newRow("grouped") << u"1,234.50"_s << u"USD"_s << QChar(u'.') << 123450LL << u"USD"_s;
    QTest::newRow("US $") << u"US $12.34"_s << u"CNY"_s << QChar(u'.') << 1234LL << u"USD"_s;
    QTest::newRow("US$ no space") << u"US$0.99"_s << u"EUR"_s << QChar(u'.') << 99LL << u"USD"_s;
    QTest::newRow("negative one decimal") << u"-3.5"_s << u"USD"_s << QChar(u'.') << -350LL << u"USD"_s;
    QTest::newRow("comma decimal") << u"12,34"_s << u"EUR"_s << QChar(u',') << 1234LL << u"EUR"_s;
    QTest::newRow("euro grouped comma") << u"€ 1.234,50"_s << u"USD"_s << QChar(u',') << 123450LL << u"EUR"_s;
    QTest::newRow("code suffix") << u"15.00 USD"_s << u"CNY"_s << QChar(u'.') << 1500LL << u"USD"_s;
    QTest::newRow("parentheses negative") << u"(3.50)"_s << u"USD"_s << QChar(u'.') << -350LL << u"USD"_s;
    QTest::newRow("minus before currency") << u"-US $3.50"_s << u"USD"_s << QChar(u'.') << -350LL << u"USD"_s;
    QTest::newRow("whole number") << u"7"_s << u"USD"_s << QChar(u'.') << 700LL << u"USD"_s;
    QTest::newRow("leading mark") << u".5"_s << u"USD"_s << QChar(u'.') << 50LL << u"USD"_s;
    QTest::newRow("trailing zeros beyond digits") << u"2.500"_s << u"USD"_s << QChar(u'.') << 250LL << u"USD"_s;
    QTest::newRow("yen no decimals") << u"¥1,200"_s << u"JPY"_s << QChar(u'.') << 1200LL << u"JPY"_s;
    QTest::newRow("won") << u"₩15000"_s << u"USD"_s << QChar(u'.') << 15000LL << u"KRW"_s;
    QTest::newRow("dinar three decimals") << u"1.234 KWD"_s << u"USD"_s << QChar(u'.') << 1234LL << u"KWD"_s;
    QTest::newRow("yuan sign") << u"¥99.90"_s << u"CNY"_s << QChar(u'.') << 9990LL << u"CNY"_s;
    QTest::newRow("nbsp grouping") << u"1\u00a0234,56"_s << u"EUR"_s << QChar(u',') << 123456LL << u"EUR"_s;
    QTest::newRow("zero") << u"0.00"_s << u"USD"_s << QChar(u'.') << 0LL << u"USD"_s;
    QTest::newRow("big") << u"92,233,720,368,547.75"_s << u"USD"_s << QChar(u'.') << 9223372036854775LL << u"USD"_s;
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, fallback);
    QFETCH(QChar, mark);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QString error;
    const auto m = Money::parse(text, Currency::of(fallback), mark, &error);
    QVERIFY2(m.has_value(), qPrintable(error));
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency().code(), currency);
}

void tst_Money::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QChar>("mark");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << u""_s << u"USD"_s << QChar(u'.') << u"empty"_s;
    QTest::newRow("too many decimals") << u"12.345"_s << u"USD"_s << QChar(u'.') << u"decimal"_s;
    QTest::newRow("yen with cents") << u"100.5"_s << u"JPY"_s << QChar(u'.') << u"decimal"_s;
    QTest::newRow("comma decimal read with dot mark") << u"12,34"_s << u"USD"_s << QChar(u'.') << u"separators"_s;
    QTest::newRow("two marks") << u"1.2.3"_s << u"USD"_s << QChar(u'.') << u"two decimal marks"_s;
    QTest::newRow("letters") << u"12a4"_s << u"USD"_s << QChar(u'.') << u"unexpected"_s;
    QTest::newRow("unknown currency") << u"12.00 XYZ"_s << u"USD"_s << QChar(u'.') << u"XYZ"_s;
    QTest::newRow("no digits") << u"USD"_s << u"USD"_s << QChar(u'.') << u"digits"_s;
    QTest::newRow("overflow") << u"999999999999999999999"_s << u"USD"_s << QChar(u'.') << u"too large"_s;
    QTest::newRow("two minus signs") << u"--5"_s << u"USD"_s << QChar(u'.') << u"sign"_s;
}

void tst_Money::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, fallback);
    QFETCH(QChar, mark);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Money::parse(text, Currency::of(fallback), mark, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_Money::applyRate_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<qint64>("expected");

    // 8 % of 0.0625 USD... midpoints: 12.50 * 1 % = 0.125 -> .13 half-up, .12 half-even
    QTest::newRow("half-up midpoint") << 1250LL << u"1"_s << Rounding::HalfUp << 13LL;
    QTest::newRow("half-even midpoint down") << 1250LL << u"1"_s << Rounding::HalfEven << 12LL;
    QTest::newRow("half-even midpoint up") << 1350LL << u"1"_s << Rounding::HalfEven << 14LL;
    QTest::newRow("half-up negative midpoint") << -1250LL << u"1"_s << Rounding::HalfUp << -13LL;
    QTest::newRow("half-even negative midpoint") << -1250LL << u"1"_s << Rounding::HalfEven << -12LL;
    QTest::newRow("below midpoint") << 1249LL << u"1"_s << Rounding::HalfUp << 12LL;
    QTest::newRow("down truncates") << 1299LL << u"1"_s << Rounding::Down << 12LL;
    QTest::newRow("up") << 1201LL << u"1"_s << Rounding::Up << 13LL;
    QTest::newRow("floor negative") << -1201LL << u"1"_s << Rounding::Floor << -13LL;
    QTest::newRow("ceiling negative") << -1299LL << u"1"_s << Rounding::Ceiling << -12LL;
    QTest::newRow("commission 8%") << 1899LL << u"8"_s << Rounding::HalfUp << 152LL; // 151.92
    QTest::newRow("fractional rate 12.5%") << 999LL << u"12.5"_s << Rounding::HalfUp << 125LL; // 124.875
    QTest::newRow("50% waiver") << 151LL << u"50"_s << Rounding::HalfUp << 76LL; // 75.5
    QTest::newRow("100%") << 4321LL << u"100"_s << Rounding::HalfEven << 4321LL;
    QTest::newRow("zero rate") << 4321LL << u"0"_s << Rounding::HalfUp << 0LL;
}

void tst_Money::applyRate()
{
    QFETCH(qint64, minor);
    QFETCH(QString, percent);
    QFETCH(Rounding, mode);
    QFETCH(qint64, expected);
    const auto rate = Rate::parsePercent(percent);
    QVERIFY(rate);
    QCOMPARE(Money(minor, Currency::of(u"USD")).applied(*rate, mode).minorUnits(), expected);
}

void tst_Money::exactWithoutDouble()
{
    // The classic double traps: 2557.68 * 100 and 8.165 rounded to cents.
    QCOMPARE(Money::parse(u"2557.68", Currency::of(u"USD"))->minorUnits(), 255768);
    const Money m = *Money::parse(u"8.165", Currency::of(u"KWD"));
    QCOMPARE(m.scaled(1, 10, Rounding::HalfUp).minorUnits(), 817); // 816.5 -> 817
    QCOMPARE(m.scaled(1, 10, Rounding::HalfEven).minorUnits(), 816);
}

void tst_Money::largeAmountsDoNotOverflow()
{
    const qint64 big = std::numeric_limits<qint64>::max() / 2;
    const Money m(big, Currency::of(u"USD"));
    // big * 1.5 would overflow an int64 product of big * 1'500'000 but fits as a result.
    const Money r = m.applied(Rate::percent(150), Rounding::Down);
    QVERIFY(r.isValid());
    QCOMPARE(r.minorUnits(), big + big / 2);
    // A result that cannot fit is refused, not wrapped.
    QVERIFY(!m.applied(Rate::percent(300), Rounding::HalfUp).isValid());
}

void tst_Money::allocate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("thirds") << 100LL << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
    QTest::newRow("negative thirds") << -100LL << QList<qint64>{1, 1, 1} << QList<qint64>{-34, -33, -33};
    QTest::newRow("by quantity") << 1000LL << QList<qint64>{1, 2, 3} << QList<qint64>{167, 333, 500};
    QTest::newRow("zero weight gets nothing") << 5LL << QList<qint64>{0, 1, 1} << QList<qint64>{0, 3, 2};
    QTest::newRow("largest remainder wins") << 10LL << QList<qint64>{30, 70} << QList<qint64>{3, 7};
    QTest::newRow("uneven") << 7LL << QList<qint64>{3, 3, 4} << QList<qint64>{2, 2, 3};
}

void tst_Money::allocate()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    const auto parts = Money(amount, Currency::of(u"USD")).allocate(weights);
    QList<qint64> got;
    for (const Money &p : parts)
        got << p.minorUnits();
    QCOMPARE(got, expected);
}

void tst_Money::allocateNeverLosesACent()
{
    const Currency usd = Currency::of(u"USD");
    for (qint64 amount : {1LL, 99LL, 1001LL, 123457LL, -98765LL}) {
        for (int n = 1; n <= 13; ++n) {
            const auto parts = Money(amount, usd).split(n);
            QCOMPARE(parts.size(), n);
            Money sum = Money::zero(usd);
            for (const Money &p : parts) {
                sum += p;
                QVERIFY(qAbs(p.minorUnits() - amount / n) <= 1);
            }
            QCOMPARE(sum.minorUnits(), amount);
        }
    }
}

void tst_Money::rateParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("millionths");
    QTest::newRow("whole") << u"8"_s << 80'000LL;
    QTest::newRow("percent sign") << u"8.5 %"_s << 85'000LL;
    QTest::newRow("four decimals") << u"0.0125"_s << 125LL;
    QTest::newRow("hundred") << u"100"_s << 1'000'000LL;
    QTest::newRow("negative") << u"-2"_s << -20'000LL;
}

void tst_Money::rateParsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, millionths);
    const auto r = Rate::parsePercent(text);
    QVERIFY(r);
    QCOMPARE(r->millionths(), millionths);
    QCOMPARE(Rate::parsePercent(r->toPercentText())->millionths(), millionths);
    QString error;
    QVERIFY(!Rate::parsePercent(u"8.12345", &error));
    QVERIFY(error.contains(u"decimal"_s));
    QVERIFY(!Rate::parsePercent(u"abc"));
    QCOMPARE(Rate::parseFraction(u"0.08")->millionths(), 80'000);
    QCOMPARE(Rate::percent(8).complement().toPercentText(), u"92"_s);
}

void tst_Money::formatting()
{
    const Money m(-123456, Currency::of(u"USD"));
    QCOMPARE(m.toDecimalString(), u"-1234.56"_s);
    QCOMPARE(m.format(QLocale(QLocale::English, QLocale::UnitedStates)), u"USD -1,234.56"_s);
    QCOMPARE(Money(5, Currency::of(u"USD")).toDecimalString(), u"0.05"_s);
    QCOMPARE(Money(1200, Currency::of(u"JPY")).toDecimalString(), u"1200"_s);
    QCOMPARE(Money(1, Currency::of(u"KWD")).toDecimalString(), u"0.001"_s);
    // What is written can be read back.
    for (qint64 v : {0LL, 1LL, -1LL, 99LL, 100LL, 123456789LL}) {
        const Money back = *Money::parse(Money(v, Currency::of(u"USD")).toDecimalString(),
                                         Currency::of(u"USD"));
        QCOMPARE(back.minorUnits(), v);
    }
}

void tst_Money::arithmetic()
{
    const Currency usd = Currency::of(u"USD");
    QCOMPARE((Money(150, usd) + Money(275, usd)).minorUnits(), 425);
    QCOMPARE((Money(150, usd) - Money(275, usd)).minorUnits(), -125);
    QCOMPARE(Money(899, usd).times(3).minorUnits(), 2697);
    QVERIFY(Money(1, usd) < Money(2, usd));
    QVERIFY(Money(1, usd) != Money(1, Currency::of(u"EUR")));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
