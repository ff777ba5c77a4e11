#include "rules/rulecatalog.h"
#include "rules/rulerepository.h"
#include "store/auditlog.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using sd::RuleCatalog;
using sd::RuleRepository;

class tst_Rules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsMatchTheCatalog();
    void domainDefaultsAreSeeded();
    void lookupByDate();
    void addingKeepsHistory();
    void sameDateNewestEntryWins();
    void validation_data();
    void validation();
    void storeRefusesRewritingHistory();
    void seedingIsIdempotent();
    void typedLookups();
};

void tst_Rules::defaultsMatchTheCatalog()
{
    QFile f(u":/rules/defaults.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rules = QJsonDocument::fromJson(f.readAll()).object().value(u"rules"_s).toArray();
    QSet<QString> keysWithDefaults;
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key"_s).toString();
        const auto *def = RuleCatalog::find(key);
        QVERIFY2(def, qPrintable(u"default for unknown key "_s + key));
        QCOMPARE(o.value(u"unit"_s).toString(), RuleCatalog::unitName(*def));
        QString error;
        const auto normalized = RuleRepository::normalize(*def, o.value(u"value"_s).toString(), &error);
        QVERIFY2(normalized, qPrintable(key + u": "_s + error));
        QCOMPARE(*normalized, o.value(u"value"_s).toString());
        QVERIFY(QDate::fromString(o.value(u"effective_from"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(!o.value(u"source"_s).toString().isEmpty());
        keysWithDefaults.insert(key);
    }
    for (const auto &def : RuleCatalog::all()) {
        QVERIFY2(keysWithDefaults.contains(def.key), qPrintable(def.key + u" has no default"_s));
        QVERIFY(!RuleCatalog::title(def).isEmpty());
        QVERIFY(!RuleCatalog::description(def).isEmpty());
    }
}

void tst_Rules::domainDefaultsAreSeeded()
{
    sdtest::TempWorkspace t;
    RuleRepository rules(t.db());
    const QDate today(2026, 11, 21);
    QCOMPARE(rules.moneyAt(u"pop.semi_managed_price_threshold"_s, today)->minorUnits(), 1000);
    QCOMPARE(rules.dateAt(u"pop.semi_managed_transition_end"_s, today), QDate(2026, 3, 31));
    QCOMPARE(rules.rateAt(u"semi_warehouse.commission_waiver"_s, today), sd::Rate::percent(100));
    QCOMPARE(rules.rateAt(u"semi_jit.commission_reduction"_s, today), sd::Rate::percent(50));
    QCOMPARE(rules.rateAt(u"semi_warehouse.advance_payment_share"_s, today), sd::Rate::percent(60));
    QCOMPARE(rules.countAt(u"jit.pickup_handover_hours"_s, today), 24);
    QCOMPARE(rules.countAt(u"jit.self_delivery_hours"_s, today), 48);
    QCOMPARE(rules.countAt(u"pop.new_product_delivery_hours"_s, today), 96);
    QCOMPARE(rules.countAt(u"dispute.response_window_days"_s, today), 5);
    QCOMPARE(rules.countAt(u"dispute.negotiation_window_days"_s, today), 7);
    QCOMPARE(rules.countAt(u"chargeback.file_window_days"_s, today), 180);
    QCOMPARE(rules.moneyAt(u"choice.free_shipping_threshold"_s, today)->minorUnits(), 1000);
    const auto v = rules.valueAt(u"semi_jit.commission_reduction"_s, today);
    QVERIFY(v->source.contains(u"seed 002"_s));
    QCOMPARE(v->origin, u"default"_s);
}

void tst_Rules::lookupByDate()
{
    sdtest::TempWorkspace t;
    RuleRepository rules(t.db());
    const QString key = u"pop.new_product_delivery_hours"_s;
    // Shipped history: 72 h from 2023-01-01, 96 h from 2024-09-09.
    QVERIFY(!rules.valueAt(key, QDate(2022, 12, 31)));
    QCOMPARE(rules.countAt(key, QDate(2023, 1, 1)), 72);
    QCOMPARE(rules.countAt(key, QDate(2024, 9, 8)), 72);
    QCOMPARE(rules.countAt(key, QDate(2024, 9, 9)), 96);
    QCOMPARE(rules.countAt(key, QDate(2030, 1, 1)), 96);
}

void tst_Rules::addingKeepsHistory()
{
    sdtest::TempWorkspace t;
    RuleRepository rules(t.db());
    const QString key = u"semi_jit.commission_reduction"_s;
    const qint64 auditBefore = sd::AuditLog(t.db()).count();
    QString error;
    const auto id = rules.addValue(key, u"40"_s, QDate(2027, 1, 1), u"Seller center notice 2026-12"_s, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(rules.rateAt(key, QDate(2026, 12, 31)), sd::Rate::percent(50));
    QCOMPARE(rules.rateAt(key, QDate(2027, 1, 1)), sd::Rate::percent(40));
    const auto history = rules.history(key);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().value, u"40"_s);
    QCOMPARE(history.first().origin, u"user"_s);
    QCOMPARE(history.last().value, u"50"_s);
    // The audit entry was written with the change.
    QCOMPARE(sd::AuditLog(t.db()).count(), auditBefore + 1);
    const auto entries = sd::AuditLog(t.db()).entriesFor(u"rules"_s, key);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().oldValue, u"50"_s);
    QCOMPARE(entries.first().newValue, u"40 from 2027-01-01"_s);
}

void tst_Rules::sameDateNewestEntryWins()
{
    sdtest::TempWorkspace t;
    RuleRepository rules(t.db());
    const QString key = u"commission.default_category_rate"_s;
    QString error;
    QVERIFY(rules.addValue(key, u"7"_s, QDate(2026, 6, 1), u"first entry"_s, &error));
    QVERIFY(rules.addValue(key, u"7.5"_s, QDate(2026, 6, 1), u"correction"_s, &error));
    QCOMPARE(rules.valueAt(key, QDate(2026, 6, 1))->value, u"7.5"_s);
    QCOMPARE(rules.history(key).size(), 3);
}

void tst_Rules::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason");

    const QDate d(2026, 12, 1);
    QTest::newRow("unknown key") << u"no.such.rule"_s << u"1"_s << d << u"src"_s << u"no rule"_s;
    QTest::newRow("percent over range") << u"semi_jit.commission_reduction"_s << u"120"_s << d << u"src"_s << u"outside"_s;
    QTest::newRow("percent text") << u"semi_jit.commission_reduction"_s << u"half"_s << d << u"src"_s << u"not a percentage"_s;
    QTest::newRow("money decimals") << u"pop.semi_managed_price_threshold"_s << u"9.999"_s << d << u"src"_s << u"decimal"_s;
    QTest::newRow("money other currency") << u"pop.semi_managed_price_threshold"_s << u"10 EUR"_s << d << u"src"_s << u"USD"_s;
    QTest::newRow("hours not whole") << u"jit.pickup_handover_hours"_s << u"24.5"_s << d << u"src"_s << u"whole number"_s;
    QTest::newRow("hours zero") << u"jit.pickup_handover_hours"_s << u"0"_s << d << u"src"_s << u"outside"_s;
    QTest::newRow("bad date value") << u"pop.semi_managed_transition_end"_s << u"March 2026"_s << d << u"src"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("no source") << u"jit.pickup_handover_hours"_s << u"24"_s << d << u" "_s << u"comes from"_s;
    QTest::newRow("invalid date") << u"jit.pickup_handover_hours"_s << u"24"_s << QDate() << u"src"_s << u"effective date"_s;
}

void tst_Rules::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, reason);
    sdtest::TempWorkspace t;
    const qint64 before = sdtest::scalar(t.db(), u"SELECT count(*) FROM rules"_s);
    const qint64 auditBefore = sd::AuditLog(t.db()).count();
    QString error;
    QVERIFY(!RuleRepository(t.db()).addValue(key, value, date, source, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM rules"_s), before);
    QCOMPARE(sd::AuditLog(t.db()).count(), auditBefore);
}

void tst_Rules::storeRefusesRewritingHistory()
{
    sdtest::TempWorkspace t;
    QSqlQuery q(t.db());
    QVERIFY(!q.exec(u"UPDATE rules SET value = '1' WHERE key = 'semi_jit.commission_reduction'"_s));
    QVERIFY(!q.exec(u"DELETE FROM rules"_s));
    QCOMPARE(RuleRepository(t.db()).rateAt(u"semi_jit.commission_reduction"_s, QDate(2026, 1, 1)),
             sd::Rate::percent(50));
}

void tst_Rules::seedingIsIdempotent()
{
    sdtest::TempWorkspace t;
    const qint64 before = sdtest::scalar(t.db(), u"SELECT count(*) FROM rules"_s);
    QString error;
    QVERIFY(RuleRepository(t.db()).seedDefaults(&error));
    QVERIFY(RuleRepository(t.db()).seedDefaults(&error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM rules"_s), before);
}

void tst_Rules::typedLookups()
{
    sdtest::TempWorkspace t;
    RuleRepository rules(t.db());
    QVERIFY(!rules.rateAt(u"no.such"_s, QDate(2026, 1, 1)));
    QVERIFY(!rules.countAt(u"semi_jit.commission_reduction"_s, QDate(2020, 1, 1)));
    const auto *def = RuleCatalog::find(u"dispute.response_window_days");
    QVERIFY(def);
    QString error;
    QCOMPARE(*RuleRepository::normalize(*def, u" 05 "_s, &error), u"5"_s);
    const auto *pct = RuleCatalog::find(u"commission.default_category_rate");
    QCOMPARE(*RuleRepository::normalize(*pct, u"7.50 %"_s, &error), u"7.5"_s);
}

QTEST_GUILESS_MAIN(tst_Rules)
#include "tst_rules.moc"
