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
    void slotsLandInTheirLocalDay_data();
    void slotsLandInTheirLocalDay();
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

void tst_UtcTime::slotsLandInTheirLocalDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    // Los Angeles' 23-hour and 25-hour days, and Kathmandu's +05:45.
    QTest::newRow("spring forward") << QByteArray("America/Los_Angeles") << QDate(2026, 3, 7);
    QTest::newRow("fall back") << QByteArray("America/Los_Angeles") << QDate(2026, 10, 31);
    QTest::newRow("quarter-hour offset") << QByteArray("Asia/Kathmandu") << QDate(2026, 6, 1);
}

void tst_UtcTime::slotsLandInTheirLocalDay()
{
    // Every instant of three local days, counted by quarter-hour slot as the reports do in
    // SQL, lands in the same day as converting it to local time would put it.
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const int days = 3;
    const QList<qint64> starts = sd::utc::dayStarts(first, days, tz);
    QCOMPARE(starts.size(), days + 1);
    const qint64 from = starts.first();
    QVERIFY(starts.at(2) - starts.at(1) != 86400 || zone == "Asia/Kathmandu");
    for (qint64 t = from - 3600; t < starts.last() + 3600; t += 300) {
        const qint64 slot = t >= from ? (t - from) / sd::utc::SlotSeconds : -1;
        const qint64 expected = first.daysTo(sd::utc::fromStore(t).toTimeZone(tz).date());
        const int got = t >= from ? sd::utc::dayOfSlot(starts, from, slot) : -1;
        QCOMPARE(got, expected >= 0 && expected < days ? int(expected) : -1);
    }
}

QTEST_GUILESS_MAIN(tst_UtcTime)
#include "tst_utctime.moc"
