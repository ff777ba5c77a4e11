#include "orders/handover.h"
#include "rules/rulerepository.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sd::Handover;

Q_DECLARE_METATYPE(sd::Handover::State)

namespace {
QDateTime utcAt(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
} // namespace

class tst_Handover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void deadlinesByModel();
    void ruleInForceAtPaymentTime();
    void ruleDateIsTheStoresDay();
    void states_data();
    void states();
    void countdownText();
};

void tst_Handover::deadlinesByModel()
{
    sdtest::TempWorkspace t;
    sd::RuleRepository rules(t.db());
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime paid = utcAt(2026, 11, 20, 2);
    QCOMPARE(*Handover::deadline(rules, u"semi_jit"_s, paid, false, shanghai), paid.addSecs(24 * 3600));
    QCOMPARE(*Handover::deadline(rules, u"semi_jit"_s, paid, true, shanghai), paid.addSecs(48 * 3600));
    QCOMPARE(*Handover::deadline(rules, u"pop"_s, paid, false, shanghai), paid.addSecs(96 * 3600));
    for (const QString &model : {u"semi_warehouse"_s, u"full_managed"_s, u"overseas"_s})
        QVERIFY(!Handover::deadline(rules, model, paid, false, shanghai));
    QVERIFY(!Handover::deadline(rules, u"semi_jit"_s, QDateTime(), false, shanghai)); // unpaid
}

void tst_Handover::ruleInForceAtPaymentTime()
{
    sdtest::TempWorkspace t;
    sd::RuleRepository rules(t.db());
    QString error;
    // The platform tightens JIT pickup to 12 h from 2027-01-01.
    QVERIFY(rules.addValue(u"jit.pickup_handover_hours"_s, u"12"_s, QDate(2027, 1, 1), u"notice"_s, &error));
    const QTimeZone utc = QTimeZone::utc();
    const QDateTime before = utcAt(2026, 12, 31, 23, 59);
    const QDateTime after = utcAt(2027, 1, 1, 0, 0);
    QCOMPARE(*Handover::deadline(rules, u"semi_jit"_s, before, false, utc), before.addSecs(24 * 3600));
    QCOMPARE(*Handover::deadline(rules, u"semi_jit"_s, after, false, utc), after.addSecs(12 * 3600));
    // POP: 72 h before the 2024-09-09 change, 96 h from that day.
    QCOMPARE(*Handover::deadline(rules, u"pop"_s, utcAt(2024, 9, 8, 12), false, utc), utcAt(2024, 9, 11, 12));
    QCOMPARE(*Handover::deadline(rules, u"pop"_s, utcAt(2024, 9, 9, 0), false, utc), utcAt(2024, 9, 13, 0));
}

void tst_Handover::ruleDateIsTheStoresDay()
{
    sdtest::TempWorkspace t;
    sd::RuleRepository rules(t.db());
    QString error;
    QVERIFY(rules.addValue(u"jit.pickup_handover_hours"_s, u"12"_s, QDate(2027, 1, 1), u"notice"_s, &error));
    // 2026-12-31 17:00 UTC is already 2027-01-01 01:00 in Shanghai: the new rule applies.
    const QDateTime paid = utcAt(2026, 12, 31, 17);
    QCOMPARE(*Handover::deadline(rules, u"semi_jit"_s, paid, false, QTimeZone("Asia/Shanghai")),
             paid.addSecs(12 * 3600));
    QCOMPARE(*Handover::deadline(rules, u"semi_jit"_s, paid, false, QTimeZone("America/Los_Angeles")),
             paid.addSecs(24 * 3600));
}

void tst_Handover::states_data()
{
    QTest::addColumn<QDateTime>("shipped");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<sd::Handover::State>("state");
    // The deadline in every row: 2026-11-21 12:00 UTC.
    QTest::newRow("shipped in time") << utcAt(2026, 11, 21, 11) << utcAt(2026, 11, 22, 0) << Handover::State::Done;
    QTest::newRow("shipped exactly at the deadline") << utcAt(2026, 11, 21, 12) << utcAt(2026, 11, 22, 0) << Handover::State::Done;
    QTest::newRow("shipped late") << utcAt(2026, 11, 21, 12, 1) << utcAt(2026, 11, 22, 0) << Handover::State::DoneLate;
    QTest::newRow("overdue") << QDateTime() << utcAt(2026, 11, 21, 12, 1) << Handover::State::Overdue;
    QTest::newRow("due now is not overdue") << QDateTime() << utcAt(2026, 11, 21, 12) << Handover::State::DueSoon;
    QTest::newRow("due within 12 h") << QDateTime() << utcAt(2026, 11, 21, 0) << Handover::State::DueSoon;
    QTest::newRow("due later") << QDateTime() << utcAt(2026, 11, 20, 23, 59) << Handover::State::Pending;
}

void tst_Handover::states()
{
    QFETCH(QDateTime, shipped);
    QFETCH(QDateTime, now);
    QFETCH(sd::Handover::State, state);
    QCOMPARE(Handover::state(utcAt(2026, 11, 21, 12), shipped, now), state);
    QCOMPARE(Handover::state(std::nullopt, shipped, now), Handover::State::None);
}

void tst_Handover::countdownText()
{
    const QDateTime due = utcAt(2026, 11, 21, 12);
    QCOMPARE(Handover::countdown(due, utcAt(2026, 11, 21, 8, 40)), u"3 h 20 min left"_s);
    QCOMPARE(Handover::countdown(due, utcAt(2026, 11, 21, 14, 5)), u"overdue by 2 h 5 min"_s);
    QCOMPARE(Handover::countdown(due, utcAt(2026, 11, 20, 8)), u"1 d 4 h left"_s);
    QCOMPARE(Handover::countdown(due, utcAt(2026, 11, 21, 11, 15)), u"45 min left"_s);
}

QTEST_GUILESS_MAIN(tst_Handover)
#include "tst_handover.moc"
