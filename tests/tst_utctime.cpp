#include "time/utctime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_UtcTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pacificWallClockToUtc_data();
    void pacificWallClockToUtc();
    void explicitOffsetsWin();
    void rejectsNonsense();
    void storeRoundTrip();
};

void tst_UtcTime::pacificWallClockToUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    // AliExpress API times are US Pacific: PST (UTC-8) in winter, PDT (UTC-7) in summer.
    QTest::newRow("winter") << u"2026-01-15 10:00:00"_s << u"2026-01-15T18:00:00Z"_s;
    QTest::newRow("summer") << u"2026-07-15 10:00:00"_s << u"2026-07-15T17:00:00Z"_s;
    QTest::newRow("slashes, no seconds") << u"2026/11/03 14:22"_s << u"2026-11-03T22:22:00Z"_s;
    QTest::newRow("date only") << u"2026-03-01"_s << u"2026-03-01T08:00:00Z"_s;
    // 2026-03-08 02:30 does not exist in Los Angeles: moved forward past the gap.
    QTest::newRow("spring-forward gap") << u"2026-03-08 02:30:00"_s << u"2026-03-08T10:30:00Z"_s;
}

void tst_UtcTime::pacificWallClockToUtc()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const auto t = sd::utc::parseTimestamp(text, sd::utc::aliexpressApiZone());
    QVERIFY(t);
    QCOMPARE(t->toUTC().toString(Qt::ISODate), utc);
}

void tst_UtcTime::explicitOffsetsWin()
{
    const auto z = sd::utc::parseTimestamp(u"2026-11-03T14:22:05Z", sd::utc::aliexpressApiZone());
    QCOMPARE(z->toUTC().toString(Qt::ISODate), u"2026-11-03T14:22:05Z"_s);
    const auto o = sd::utc::parseTimestamp(u"2026-11-03 14:22:05+08:00",
                                           sd::utc::aliexpressApiZone());
    QCOMPARE(o->toUTC().toString(Qt::ISODate), u"2026-11-03T06:22:05Z"_s);
}

void tst_UtcTime::rejectsNonsense()
{
    const QTimeZone zone = sd::utc::aliexpressApiZone();
    QVERIFY(!sd::utc::parseTimestamp(u"yesterday", zone));
    QVERIFY(!sd::utc::parseTimestamp(u"2026-13-01", zone));
    QVERIFY(!sd::utc::parseTimestamp(u"2026-02-30 10:00", zone));
    QVERIFY(!sd::utc::parseTimestamp(u"2026-01-01 25:00", zone));
}

void tst_UtcTime::storeRoundTrip()
{
    const QDateTime t(QDate(2026, 11, 21), QTime(9, 30, 15), QTimeZone("Asia/Shanghai"));
    const qint64 stored = sd::utc::toStore(t);
    QCOMPARE(stored, t.toSecsSinceEpoch());
    QCOMPARE(sd::utc::fromStore(stored), t);
    QCOMPARE(sd::utc::fromStore(stored).timeSpec(), Qt::UTC);
    QCOMPARE(sd::utc::fromStore(stored).toString(Qt::ISODate), u"2026-11-21T01:30:15Z"_s);
}

QTEST_GUILESS_MAIN(tst_UtcTime)
#include "tst_utctime.moc"
