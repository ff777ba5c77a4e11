// The merchant tier assessment: scoring on hand-computed examples for each merchant
// type, tier and level boundaries, the gap to the next tier, model versions by
// month, malformed models refused, manual over imported over computed values,
// the indicator import, calibration and the `tier` command.

#include "cli/cliapp.h"
#include "disputes/disputerepository.h"
#include "stores/storerepository.h"
#include "testutil.h"
#include "tier/tierimporter.h"
#include "tier/tierreport.h"
#include "time/utctime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

sd::TierModel shipped()
{
    QString error;
    const auto m = sd::TierModel::fromJson(sd::TierModel::shippedJson(), u"default-model.json"_s, &error);
    if (!m)
        qFatal("%s", qUtf8Printable(error));
    return *m;
}

qint64 pct(double percent)
{
    return qint64(percent * 10000.0 + (percent >= 0 ? 0.5 : -0.5));
}

qint64 at(int y, int m, int d, int h = 12)
{
    return sd::utc::toStore(QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()));
}

qint64 addStore(const sdtest::TempWorkspace &t, const QString &name, const QString &type = QString())
{
    sd::Store s;
    s.name = name;
    s.timeZone = u"UTC"_s;
    QString error;
    const auto id = sd::StoreRepository(t.db()).add(s, &error);
    if (!id || !sd::StoreRepository(t.db()).setMerchantType(*id, type, &error))
        qFatal("cannot add store: %s", qUtf8Printable(error));
    return *id;
}

// One order with one line item.
void addOrder(const sdtest::TempWorkspace &t, qint64 store, const QString &id, const QString &model,
              qint64 paid, std::optional<qint64> shipped, qint64 totalMinor, const QString &sender,
              qint64 refundMinor = 0, std::optional<qint64> handoverDue = std::nullopt)
{
    QSqlQuery q(t.db());
    q.prepare(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
              "order_total_minor, created_utc, paid_utc, shipped_utc, handover_due_utc) "
              "VALUES (?, ?, ?, 'FINISH', 'USD', ?, ?, ?, ?, ?)"_s);
    q.addBindValue(store);
    q.addBindValue(id);
    q.addBindValue(model);
    q.addBindValue(totalMinor);
    q.addBindValue(paid);
    q.addBindValue(paid);
    q.addBindValue(shipped ? QVariant(*shipped) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(handoverDue ? QVariant(*handoverDue) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        qFatal("order: %s", qUtf8Printable(q.lastError().text()));
    const qint64 ref = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO order_items (order_ref, child_id, quantity, unit_price_minor, send_goods_operator, "
              "refund_minor) VALUES (?, '1', 1, ?, COALESCE(?, ''), ?)"_s);
    q.addBindValue(ref);
    q.addBindValue(totalMinor);
    q.addBindValue(sender);
    q.addBindValue(refundMinor);
    if (!q.exec())
        qFatal("item: %s", qUtf8Printable(q.lastError().text()));
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qUtf8Printable(path));
    f.write(bytes);
    return path;
}

} // namespace

class tst_Tier : public QObject
{
    Q_OBJECT

private slots:
    void shippedModelIsValidAndWarehouseHeavy();
    void scoresFullyManaged();
    void scoresSemiManaged();
    void scoresPop();
    void levelBoundaries_data();
    void levelBoundaries();
    void tierBoundaryAtExactScore();
    void missingValuesLeaveTheGrade();
    void gapAndBestChange();
    void serviceLevel();
    void modelVersionsByMonth();
    void malformedModelsRefused_data();
    void malformedModelsRefused();
    void modelRoundTrip();
    void computesIndicatorsFromWorkspace();
    void manualWinsOverImportedAndComputed();
    void importIsAtomicAndIdempotent();
    void calibrationFlagsDisagreement();
    void cliTierJson();
};

void tst_Tier::shippedModelIsValidAndWarehouseHeavy()
{
    const sd::TierModel m = shipped();
    QVERIFY(m.description.en.contains(u"estimate"_s));
    const auto *full = m.merchantType(u"full_managed"_s);
    QVERIFY(full);
    int warehouse = 0;
    for (const auto &w : full->indicators) {
        if (w.key.startsWith(u"warehouse"_s))
            warehouse += w.weight;
    }
    QVERIFY2(warehouse > 80, qPrintable(QString::number(warehouse)));
    QCOMPARE(m.benefits.value(sd::Tier::S).size(), 5);
}

void tst_Tier::scoresFullyManaged()
{
    // Weights 45/30/10/10/5; points S 100, A 80, B 60, C 0.
    // ws 70 % -> A (80), warehoused 600 -> S (100), invitations 50 % -> B (60),
    // refund 5 % -> B (60), dispute 1 % -> S (100):
    // (45·80 + 30·100 + 10·60 + 10·60 + 5·100) / 100 = 83.00 -> A.
    const sd::IndicatorValues v = {{u"warehouse_share"_s, pct(70)},
                                   {u"warehoused_orders"_s, 600},
                                   {u"warehouse_invitation_response"_s, pct(50)},
                                   {u"refund_rate"_s, pct(5)},
                                   {u"dispute_rate"_s, pct(1)}};
    const auto a = sd::TierAssessment::assess(shipped(), u"full_managed"_s, v, u"USD"_s);
    QVERIFY(a.scored);
    QCOMPARE(a.score, 8300);
    QCOMPARE(a.tier, sd::Tier::A);
    QCOMPARE(a.nextTier, sd::Tier::S);
    QCOMPARE(a.indicator(u"warehouse_share"_s)->level, sd::Tier::A);
    QCOMPARE(a.indicator(u"warehoused_orders"_s)->level, sd::Tier::S);
    QCOMPARE(a.indicator(u"refund_rate"_s)->points, 60);
    // GMV and paid orders are shown, not graded.
    QVERIFY(!a.indicator(u"order_count"_s)->graded);
}

void tst_Tier::scoresSemiManaged()
{
    // Weights ws 25, warehoused 15, JIT 25, refund 15, dispute 10, seller 10.
    // ws 20 % -> B (60), warehoused 49 -> C (0), JIT 98 % -> S (100), refund 5 % -> A
    // (80, exactly at A), dispute 3.01 % -> C (0), seller 0.5 % -> S (100, exactly):
    // (1500 + 0 + 2500 + 1200 + 0 + 1000) / 100 = 62.00 -> B.
    const sd::IndicatorValues v = {{u"warehouse_share"_s, pct(20)},
                                   {u"warehoused_orders"_s, 49},
                                   {u"jit_on_time_rate"_s, pct(98)},
                                   {u"refund_rate"_s, pct(5)},
                                   {u"dispute_rate"_s, pct(3.01)},
                                   {u"seller_responsibility_rate"_s, pct(0.5)}};
    const auto a = sd::TierAssessment::assess(shipped(), u"semi_managed"_s, v, u"USD"_s);
    QCOMPARE(a.score, 6200);
    QCOMPARE(a.tier, sd::Tier::B);
    QCOMPARE(a.indicator(u"refund_rate"_s)->level, sd::Tier::A);
    QCOMPARE(a.indicator(u"dispute_rate"_s)->level, sd::Tier::C);
    QCOMPARE(a.indicator(u"seller_responsibility_rate"_s)->level, sd::Tier::S);
}

void tst_Tier::scoresPop()
{
    // Weights orders 20, refund 25, dispute 20, arbitration 15, seller 20.
    // 300 orders -> A (80), refund 8 % -> B (60), dispute 0.5 % -> S (100),
    // arbitration 1.2 % -> C (0), seller 1 % -> A (80):
    // (1600 + 1500 + 2000 + 0 + 1600) / 100 = 67.00 -> B.
    const sd::IndicatorValues v = {{u"order_count"_s, 300},
                                   {u"refund_rate"_s, pct(8)},
                                   {u"dispute_rate"_s, pct(0.5)},
                                   {u"arbitration_rate"_s, pct(1.2)},
                                   {u"seller_responsibility_rate"_s, pct(1)}};
    const auto a = sd::TierAssessment::assess(shipped(), u"pop"_s, v, u"USD"_s);
    QCOMPARE(a.score, 6700);
    QCOMPARE(a.tier, sd::Tier::B);
    QCOMPARE(a.nextTier, sd::Tier::A);
}

void tst_Tier::levelBoundaries_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<sd::Tier>("level");
    // Higher is better: at the threshold reaches it, one unit under does not.
    QTest::newRow("share at S") << u"full_managed"_s << u"warehouse_share"_s << pct(80) << sd::Tier::S;
    QTest::newRow("share under S") << u"full_managed"_s << u"warehouse_share"_s << pct(80) - 1 << sd::Tier::A;
    QTest::newRow("orders at B") << u"full_managed"_s << u"warehoused_orders"_s << qint64(80) << sd::Tier::B;
    QTest::newRow("orders under B") << u"full_managed"_s << u"warehoused_orders"_s << qint64(79) << sd::Tier::C;
    // Lower is better: at the threshold reaches it, one unit over does not.
    QTest::newRow("refund at S") << u"full_managed"_s << u"refund_rate"_s << pct(2) << sd::Tier::S;
    QTest::newRow("refund over S") << u"full_managed"_s << u"refund_rate"_s << pct(2) + 1 << sd::Tier::A;
    QTest::newRow("refund at B") << u"full_managed"_s << u"refund_rate"_s << pct(6) << sd::Tier::B;
    QTest::newRow("refund over B") << u"full_managed"_s << u"refund_rate"_s << pct(6) + 1 << sd::Tier::C;
    QTest::newRow("zero refunds") << u"pop"_s << u"refund_rate"_s << qint64(0) << sd::Tier::S;
}

void tst_Tier::levelBoundaries()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(qint64, value);
    QFETCH(sd::Tier, level);
    const auto a = sd::TierAssessment::assess(shipped(), type, {{key, value}}, u"USD"_s);
    QCOMPARE(a.indicator(key)->level, level);
    // The only graded indicator: the score is its points.
    QCOMPARE(a.score, shipped().levelPoints[size_t(level)] * 100);
}

void tst_Tier::tierBoundaryAtExactScore()
{
    // ws S 4500, warehoused A 2400, invitations A 800, refund S 1000, dispute B 300
    // = 9000: exactly S's 90.00.
    sd::IndicatorValues v = {{u"warehouse_share"_s, pct(85)},
                             {u"warehoused_orders"_s, 250},
                             {u"warehouse_invitation_response"_s, pct(70)},
                             {u"refund_rate"_s, pct(1)},
                             {u"dispute_rate"_s, pct(3)}};
    auto a = sd::TierAssessment::assess(shipped(), u"full_managed"_s, v, u"USD"_s);
    QCOMPARE(a.score, 9000);
    QCOMPARE(a.tier, sd::Tier::S);
    QVERIFY(!a.nextTier);
    QVERIFY(a.changes.isEmpty());
    // Dispute rate one millionth over B: C, 0 points, 87.00 -> A.
    v[u"dispute_rate"_s] = pct(3) + 1;
    a = sd::TierAssessment::assess(shipped(), u"full_managed"_s, v, u"USD"_s);
    QCOMPARE(a.score, 8700);
    QCOMPARE(a.tier, sd::Tier::A);
}

void tst_Tier::missingValuesLeaveTheGrade()
{
    // No invitations value: the other weights (90) grade alone.
    // ws A 3600 + warehoused S 3000 + refund S 1000 + dispute S 500 = 8100 / 90 = 90.00.
    const sd::IndicatorValues v = {{u"warehouse_share"_s, pct(60)},
                                   {u"warehoused_orders"_s, 700},
                                   {u"warehouse_invitation_response"_s, std::nullopt},
                                   {u"refund_rate"_s, pct(0.5)},
                                   {u"dispute_rate"_s, pct(0.2)}};
    const auto a = sd::TierAssessment::assess(shipped(), u"full_managed"_s, v, u"USD"_s);
    QVERIFY(!a.indicator(u"warehouse_invitation_response"_s)->graded);
    QCOMPARE(a.score, 9000);
    QCOMPARE(a.tier, sd::Tier::S);
    // Nothing at all: not scored.
    const auto none = sd::TierAssessment::assess(shipped(), u"full_managed"_s, {}, u"USD"_s);
    QVERIFY(!none.scored);
}

void tst_Tier::gapAndBestChange()
{
    // ws 77.5 % A (3600), warehoused 588 A (2400), invitations 90 % S (1000),
    // refund 1.8 % S (1000), dispute 0.9 % S (500) = 85.00 -> A, 5 short of S.
    // Warehoused to S: +600 -> 91.00; share to S: +900 -> 94.00. The smaller change
    // is 12 orders of 600 (2 %) against 2.5 points of 80 (3.125 %).
    const sd::IndicatorValues v = {{u"warehouse_share"_s, pct(77.5)},
                                   {u"warehoused_orders"_s, 588},
                                   {u"warehouse_invitation_response"_s, pct(90)},
                                   {u"refund_rate"_s, pct(1.8)},
                                   {u"dispute_rate"_s, pct(0.9)}};
    const sd::TierModel m = shipped();
    const auto a = sd::TierAssessment::assess(m, u"full_managed"_s, v, u"USD"_s);
    QCOMPARE(a.score, 8500);
    QCOMPARE(a.tier, sd::Tier::A);
    const auto *orders = a.indicator(u"warehoused_orders"_s);
    QCOMPARE(orders->thresholdNext, 600);
    QCOMPARE(orders->gap, 12);
    QCOMPARE(a.indicator(u"warehouse_share"_s)->gap, pct(2.5));
    QVERIFY(!a.indicator(u"refund_rate"_s)->thresholdNext);
    QCOMPARE(a.changes.size(), 2);
    const auto best = a.bestChange();
    QVERIFY(best);
    QCOMPARE(best->key, u"warehoused_orders"_s);
    QCOMPARE(best->gap, 12);
    QCOMPARE(best->target, 600);
    QCOMPARE(best->effortPpm, 20000);
    QCOMPARE(a.changes.at(1).key, u"warehouse_share"_s);
    QCOMPARE(a.changes.at(1).effortPpm, 31250);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(sd::TierReport::formatGap(m, u"warehoused_orders"_s, 12, u"USD"_s), u"12 more"_s);
    QCOMPARE(sd::TierReport::formatGap(m, u"refund_rate"_s, -pct(0.8), u"USD"_s), u"0.80 points lower"_s);

    // A lower-is-better gap is negative: refund 4.5 % (B) needs 0.5 points less for A.
    const auto b = sd::TierAssessment::assess(m, u"full_managed"_s, {{u"refund_rate"_s, pct(4.5)}}, u"USD"_s);
    QCOMPARE(b.indicator(u"refund_rate"_s)->thresholdNext, pct(4));
    QCOMPARE(b.indicator(u"refund_rate"_s)->gap, -pct(0.5));
}

void tst_Tier::serviceLevel()
{
    const sd::TierModel m = shipped();
    // Semi-managed: JIT 97 % excellent, dispute 1.5 % good, seller 2 % qualified:
    // the lowest, Qualified.
    auto level = sd::TierAssessment::serviceLevel(m, u"semi_managed"_s,
                                                  {{u"jit_on_time_rate"_s, pct(97)},
                                                   {u"dispute_rate"_s, pct(1.5)},
                                                   {u"seller_responsibility_rate"_s, pct(2)}});
    QCOMPARE(level, sd::ServiceLevel::Qualified);
    level = sd::TierAssessment::serviceLevel(m, u"semi_managed"_s, {{u"dispute_rate"_s, pct(3.5)}});
    QCOMPARE(level, sd::ServiceLevel::Unqualified);
    QVERIFY(!sd::TierAssessment::serviceLevel(m, u"semi_managed"_s, {}));
}

void tst_Tier::modelVersionsByMonth()
{
    sdtest::TempWorkspace t;
    sd::TierRepository repo(t.db());
    QCOMPARE(repo.modelFor(u"2026-05"_s).model.effectiveMonth, u"2024-10"_s);
    QCOMPARE(repo.modelFor(u"2026-05"_s).origin, u"default"_s);

    sd::TierModel changed = shipped();
    changed.effectiveMonth = u"2026-06"_s;
    changed.tierScores = {9500, 8000, 6000};
    QString error;
    const auto id = repo.addModel(changed.toJson(), u"june.json"_s, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(repo.modelFor(u"2026-05"_s).model.tierScores[0], 9000);
    QCOMPARE(repo.modelFor(u"2026-06"_s).model.tierScores[0], 9500);
    QCOMPARE(repo.modelFor(u"2026-12"_s).model.tierScores[0], 9500);
    QCOMPARE(repo.modelFor(u"2026-06"_s).origin, u"user"_s);
    // A second version for the same month: the newest wins.
    changed.tierScores = {9200, 8000, 6000};
    QVERIFY(repo.addModel(changed.toJson(), u"june2.json"_s, &error));
    QCOMPARE(repo.modelFor(u"2026-07"_s).model.tierScores[0], 9200);
    QCOMPARE(repo.models().size(), 3);

    // The same values grade differently by month: ws S 4500, warehoused A 2400,
    // invitations S 1000, refund A 800, dispute A 400 = 91.00: S before June, A after.
    const sd::IndicatorValues v = {{u"warehouse_share"_s, pct(85)},
                                   {u"warehoused_orders"_s, 300},
                                   {u"warehouse_invitation_response"_s, pct(95)},
                                   {u"refund_rate"_s, pct(3)},
                                   {u"dispute_rate"_s, pct(1.5)}};
    QCOMPARE(sd::TierAssessment::assess(repo.modelFor(u"2026-05"_s).model, u"full_managed"_s, v, u"USD"_s).score,
             9100);
    QCOMPARE(sd::TierAssessment::assess(repo.modelFor(u"2026-05"_s).model, u"full_managed"_s, v, u"USD"_s).tier,
             sd::Tier::S);
    QCOMPARE(sd::TierAssessment::assess(repo.modelFor(u"2026-08"_s).model, u"full_managed"_s, v, u"USD"_s).tier,
             sd::Tier::A);
}

void tst_Tier::malformedModelsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good = sd::TierModel::shippedJson();
    auto edit = [&good](const QByteArray &from, const QByteArray &to) {
        QByteArray b = good;
        Q_ASSERT(b.contains(from));
        return b.replace(b.indexOf(from), from.size(), to);
    };
    // A missing comma at the end of line 3: found where line 4 goes on.
    QTest::newRow("syntax") << edit("\"version\": 1,", "\"version\": 1") << u"model.json:4:4:"_s;
    QTest::newRow("not a model") << QByteArray("{\"rules\": []}") << u"not a SellerDesk tier model"_s;
    QTest::newRow("weights") << edit("\"weight\": 45", "\"weight\": 44")
                             << u"merchant_types.full_managed.indicators: the weights add up to 99"_s;
    QTest::newRow("unknown indicator")
            << edit("{\"key\": \"warehouse_share\", \"weight\": 45", "{\"key\": \"warehouse_shares\", \"weight\": 45")
            << u"merchant_types.full_managed.indicators[0].key"_s;
    QTest::newRow("thresholds out of order")
            << edit("\"thresholds\": {\"S\": \"80\", \"A\": \"60\"", "\"thresholds\": {\"S\": \"50\", \"A\": \"60\"")
            << u"merchant_types.full_managed.indicators[0].thresholds"_s;
    QTest::newRow("percent over 100")
            << edit("\"thresholds\": {\"S\": \"80\", \"A\": \"60\"", "\"thresholds\": {\"S\": \"180\", \"A\": \"60\"")
            << u"merchant_types.full_managed.indicators[0].thresholds.S"_s;
    QTest::newRow("month") << edit("\"effective_month\": \"2024-10\"", "\"effective_month\": \"2024-13\"")
                           << u"effective_month"_s;
    QTest::newRow("unit") << edit("\"unit\": \"count\"", "\"unit\": \"pieces\"") << u"indicators[1].unit"_s;
    QTest::newRow("missing type") << edit("\"pop\": {", "\"popp\": {") << u"merchant_types.pop"_s;
}

void tst_Tier::malformedModelsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    sdtest::TempWorkspace t;
    sd::TierRepository repo(t.db());
    const qint64 before = sdtest::scalar(t.db(), u"SELECT count(*) FROM tier_models"_s);
    const qint64 audit = sdtest::scalar(t.db(), u"SELECT count(*) FROM audit_log"_s);
    QString error;
    QVERIFY(!repo.addModel(json, u"model.json"_s, &error));
    QVERIFY2(error.startsWith(u"model.json"_s), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM tier_models"_s), before);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(repo.modelFor(u"2026-11"_s).model.effectiveMonth, u"2024-10"_s);
}

void tst_Tier::modelRoundTrip()
{
    const sd::TierModel m = shipped();
    QString error;
    const auto again = sd::TierModel::fromJson(m.toJson(), u"again.json"_s, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), m.toJson());
    QCOMPARE(again->merchantType(u"semi_managed"_s)->indicators.at(5).thresholds[0], pct(0.5));
}

void tst_Tier::computesIndicatorsFromWorkspace()
{
    sdtest::TempWorkspace t;
    const qint64 s = addStore(t, u"Harbor"_s, u"semi_managed"_s);
    // October 2026 (UTC store): four orders paid.
    //   o1 warehoused (the warehouse sent it), shipped 3rd, refunded;
    //   o2 semi_warehouse without a sender: warehoused by its model;
    //   o3 JIT due on the 5th, handed over on the 4th (on time);
    //   o4 JIT due on the 8th, handed over on the 9th (late).
    // o5 paid in September is outside the month; o6 JIT due on the 30th, not yet due.
    addOrder(t, s, u"o1"_s, u"semi_jit"_s, at(2026, 10, 2), at(2026, 10, 3), 1000, u"WAREHOUSE_SEND_GOODS"_s, 1000);
    addOrder(t, s, u"o2"_s, u"semi_warehouse"_s, at(2026, 10, 2), at(2026, 10, 4), 2000, QString());
    addOrder(t, s, u"o3"_s, u"semi_jit"_s, at(2026, 10, 4), at(2026, 10, 4), 3000, u"SELLER_SEND_GOODS"_s, 0,
             at(2026, 10, 5));
    addOrder(t, s, u"o4"_s, u"semi_jit"_s, at(2026, 10, 7), at(2026, 10, 9), 4000, u"SELLER_SEND_GOODS"_s, 0,
             at(2026, 10, 8));
    addOrder(t, s, u"o5"_s, u"semi_jit"_s, at(2026, 9, 20), at(2026, 9, 21), 5000, u"SELLER_SEND_GOODS"_s);
    addOrder(t, s, u"o6"_s, u"semi_jit"_s, at(2026, 10, 29), std::nullopt, 100, u"SELLER_SEND_GOODS"_s, 0,
             at(2026, 10, 30));
    // A dispute opened on the 10th, closed at the seller's cost.
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"INSERT INTO disputes (store_id, issue_id, order_id, opened_utc, status, currency, "
                   "refund_max_minor, outcome, seller_cost, closed_utc) VALUES (%1, 'd1', 'o1', %2, 'finish', "
                   "'USD', 1000, 'refunded', 1, %3)"_s.arg(s).arg(at(2026, 10, 10)).arg(at(2026, 10, 12))));

    // As of 20 October: o6 is paid, not yet due.
    const auto m = sd::TierReport(t.db()).month(s, QDate(2026, 10, 1), at(2026, 10, 20));
    QVERIFY(m);
    QVERIFY(m->toDate);
    auto value = [&](const QString &key) { return m->values.value(key).value; };
    QCOMPARE(value(u"order_count"_s), 4);
    QCOMPARE(value(u"warehoused_orders"_s), 2);
    QCOMPARE(value(u"warehouse_share"_s), pct(50));
    QCOMPARE(value(u"jit_on_time_rate"_s), pct(50));
    QCOMPARE(value(u"refund_rate"_s), pct(25)); // 1 of the 4 shipped in October
    QCOMPARE(value(u"dispute_rate"_s), pct(25));
    QCOMPARE(value(u"seller_responsibility_rate"_s), pct(25));
    QCOMPARE(value(u"arbitration_rate"_s), 0);
    QCOMPARE(value(u"gmv"_s), 1000 + 2000 + 3000 + 4000);
    QCOMPARE(m->values.value(u"order_count"_s).source, u"computed"_s);
    QVERIFY(m->values.value(u"warehouse_share"_s).how.contains(u"2 warehoused"_s));
    // No value for what SellerDesk cannot compute.
    QVERIFY(!value(u"warehouse_invitation_response"_s));
    QCOMPARE(m->merchantType, u"semi_managed"_s);
    QVERIFY(!m->merchantTypeFromOrders);

    // A store following its orders: semi-managed orders are the most.
    QString error;
    QVERIFY(sd::StoreRepository(t.db()).setMerchantType(s, QString(), &error));
    const auto followed = sd::TierReport(t.db()).month(s, QDate(2026, 10, 1), at(2026, 10, 20));
    QCOMPARE(followed->merchantType, u"semi_managed"_s);
    QVERIFY(followed->merchantTypeFromOrders);
    // A month not started has no values.
    const auto future = sd::TierReport(t.db()).month(s, QDate(2026, 12, 1), at(2026, 10, 20));
    QVERIFY(!future->values.value(u"order_count"_s).value);
    QVERIFY(!future->assessment.scored);
}

void tst_Tier::manualWinsOverImportedAndComputed()
{
    sdtest::TempWorkspace t;
    QTemporaryDir dir;
    const qint64 s = addStore(t, u"Harbor"_s, u"semi_managed"_s);
    addOrder(t, s, u"o1"_s, u"semi_jit"_s, at(2026, 10, 2), at(2026, 10, 3), 1000, u"SELLER_SEND_GOODS"_s, 1000);
    addOrder(t, s, u"o2"_s, u"semi_jit"_s, at(2026, 10, 2), at(2026, 10, 3), 1000, u"SELLER_SEND_GOODS"_s);
    sd::TierRepository repo(t.db());
    QString error;
    const qint64 now = at(2026, 11, 5);
    auto month = [&] { return *sd::TierReport(t.db()).month(s, QDate(2026, 10, 1), now); };
    QCOMPARE(month().values.value(u"refund_rate"_s).value, pct(50));

    // Entered by hand: wins, and says so; the computed value is kept beside it.
    QVERIFY(repo.setValue(s, u"2026-10"_s, u"refund_rate"_s, pct(3), QString(), u"seller center figure"_s, &error));
    auto v = month().values.value(u"refund_rate"_s);
    QCOMPARE(v.value, pct(3));
    QCOMPARE(v.source, u"manual"_s);
    QCOMPARE(v.computed, pct(50));
    QVERIFY(v.how.contains(u"seller center figure"_s));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'tier_indicator_values'"_s), 1);

    // An import does not overwrite it, but sets what was not entered by hand.
    const QString file = write(dir, u"tier.csv"_s,
                               "month,refund_rate,dispute_rate,warehoused_orders\n2026-10,9.5,1.25,400\n");
    sd::ImportOptions o;
    o.storeId = s;
    sd::TierImporter importer(t.db());
    const auto r = importer.run(file, o);
    QVERIFY2(r.committed, qPrintable(r.errors.join(u'\n') + r.fatal));
    QCOMPARE(importer.keptManual(), 1);
    QCOMPARE(month().values.value(u"refund_rate"_s).value, pct(3));
    QCOMPARE(month().values.value(u"dispute_rate"_s).value, pct(1.25));
    QCOMPARE(month().values.value(u"dispute_rate"_s).source, u"imported"_s);
    QCOMPARE(month().values.value(u"warehoused_orders"_s).value, 400);

    // A hand-entered value replaces an imported one; clearing returns to the computed.
    QVERIFY(repo.setValue(s, u"2026-10"_s, u"dispute_rate"_s, pct(2), QString(), QString(), &error));
    QCOMPARE(month().values.value(u"dispute_rate"_s).source, u"manual"_s);
    QVERIFY(repo.clearValue(s, u"2026-10"_s, u"refund_rate"_s, &error));
    QCOMPARE(month().values.value(u"refund_rate"_s).source, u"computed"_s);
    QCOMPARE(month().values.value(u"refund_rate"_s).value, pct(50));
}

void tst_Tier::importIsAtomicAndIdempotent()
{
    sdtest::TempWorkspace t;
    QTemporaryDir dir;
    addStore(t, u"Harbor"_s, u"semi_managed"_s);
    const qint64 lumen = addStore(t, u"Lumen"_s, u"full_managed"_s);
    // Stores by name, Chinese headers, months as the seller center writes them.
    const QString file = write(dir, u"tier.csv"_s,
                               u"店铺,月份,入仓订单占比,退款率,商家等级,服务等级\n"
                               "Lumen,2026年9月,71.5%,2.1,A,良好\n"
                               "Lumen,2026-10,74,1.9,A,\n"
                               "Harbor,2026/10,33,4.4,B,qualified\n"_s.toUtf8());
    sd::TierImporter importer(t.db());
    auto r = importer.run(file, {});
    QVERIFY2(r.committed, qPrintable(r.errors.join(u'\n') + r.fatal));
    QCOMPARE(r.inserted, 3);
    sd::TierRepository repo(t.db());
    QCOMPARE(repo.values(lumen, u"2026-09"_s).value(u"warehouse_share"_s).value, pct(71.5));
    const auto actual = repo.actual(lumen, u"2026-09"_s);
    QVERIFY(actual);
    QCOMPARE(actual->tier, sd::Tier::A);
    QCOMPARE(actual->serviceLevel, sd::ServiceLevel::Good);

    // The same file again changes nothing.
    const qint64 rows = sdtest::scalar(t.db(), u"SELECT count(*) FROM tier_indicator_values"_s);
    r = importer.run(file, {});
    QVERIFY(r.committed || r.ok());
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.unchanged, 3);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM tier_indicator_values"_s), rows);

    // A bad cell: FILE:LINE:COLUMN, and nothing from the file is written.
    const QString bad = write(dir, u"bad.csv"_s,
                              "store,month,warehouse_share,refund_rate,actual_tier\n"
                              "Lumen,2026-11,80,1.5,A\n"
                              "Lumen,2026-12,80,abc,A\n"
                              "Harbor,2026-11,30,2,X\n");
    r = importer.run(bad, {});
    QVERIFY(!r.committed);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(r.errors.at(0).startsWith(u"bad.csv:3:4:"_s), qPrintable(r.errors.at(0)));
    QVERIFY2(r.errors.at(1).startsWith(u"bad.csv:4:5:"_s), qPrintable(r.errors.at(1)));
    QVERIFY(repo.values(lumen, u"2026-11"_s).isEmpty());
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM tier_indicator_values"_s), rows);
}

void tst_Tier::calibrationFlagsDisagreement()
{
    sdtest::TempWorkspace t;
    const qint64 s = addStore(t, u"Lumen"_s, u"full_managed"_s);
    sd::TierRepository repo(t.db());
    QString error;
    // Projected A (the gap example's values) ...
    const std::pair<const char16_t *, qint64> values[] = {{u"warehouse_share", pct(77.5)},
                                                          {u"warehoused_orders", 588},
                                                          {u"warehouse_invitation_response", pct(90)},
                                                          {u"refund_rate", pct(1.8)},
                                                          {u"dispute_rate", pct(0.9)}};
    for (const auto &[key, value] : values)
        QVERIFY(repo.setValue(s, u"2026-09"_s, QString::fromUtf16(key), value, QString(), QString(), &error));
    const qint64 now = at(2026, 11, 5);
    auto month = [&] { return *sd::TierReport(t.db()).month(s, QDate(2026, 9, 1), now); };
    QCOMPARE(month().assessment.tier, sd::Tier::A);
    QVERIFY(!month().disagrees());
    // ... published S: a disagreement to calibrate.
    QVERIFY(repo.recordActual(s, u"2026-09"_s, sd::Tier::S, sd::ServiceLevel::Good, QString(), &error));
    QVERIFY(month().disagrees());
    QVERIFY(repo.recordActual(s, u"2026-09"_s, sd::Tier::A, std::nullopt, QString(), &error));
    QVERIFY(!month().disagrees());
    QVERIFY(repo.clearActual(s, u"2026-09"_s, &error));
    QVERIFY(!month().actual);
}

void tst_Tier::cliTierJson()
{
    sdtest::TempWorkspace t;
    const qint64 s = addStore(t, u"Lumen Gadgets"_s, u"full_managed"_s);
    {
        QString error;
        sd::TierRepository repo(t.db());
        QVERIFY(repo.setValue(s, u"2026-09"_s, u"warehoused_orders"_s, 588, QString(), QString(), &error));
        QVERIFY(repo.setValue(s, u"2026-09"_s, u"warehouse_share"_s, pct(77.5), QString(), QString(), &error));
        QVERIFY(repo.setValue(s, u"2026-09"_s, u"warehouse_invitation_response"_s, pct(90), QString(), QString(),
                              &error));
        QVERIFY(repo.setValue(s, u"2026-09"_s, u"refund_rate"_s, pct(1.8), QString(), QString(), &error));
        QVERIFY(repo.setValue(s, u"2026-09"_s, u"dispute_rate"_s, pct(0.9), QString(), QString(), &error));
    }
    const QString path = t.path();
    t.ws.reset();

    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = sd::CliApp(o, e).run(
            {u"--db"_s, path, u"--json"_s, u"tier"_s, u"--store"_s, u"Lumen Gadgets"_s, u"--month"_s, u"2026-09"_s});
    o.flush();
    QCOMPARE(code, 0);
    const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(j.value(u"tier"_s).toString(), u"A"_s);
    QCOMPARE(j.value(u"score"_s).toDouble(), 85.0);
    QCOMPARE(j.value(u"next_tier"_s).toString(), u"S"_s);
    const QJsonArray indicators = j.value(u"indicators"_s).toArray();
    QJsonObject orders;
    for (const QJsonValue &v : indicators) {
        const QJsonObject i = v.toObject();
        QVERIFY(i.contains(u"key"_s) && i.contains(u"value"_s) && i.contains(u"source"_s)
                && i.contains(u"threshold_next"_s) && i.contains(u"gap"_s));
        if (i.value(u"key"_s).toString() == u"warehoused_orders"_s)
            orders = i;
    }
    QCOMPARE(orders.value(u"value"_s).toInt(), 588);
    QCOMPARE(orders.value(u"source"_s).toString(), u"manual"_s);
    QCOMPARE(orders.value(u"threshold_next"_s).toInt(), 600);
    QCOMPARE(orders.value(u"gap"_s).toInt(), 12);
    QCOMPARE(j.value(u"best_change"_s).toObject().value(u"key"_s).toString(), u"warehoused_orders"_s);

    // An unknown store and a bad month are refused.
    QCOMPARE(sd::CliApp(o, e).run({u"--db"_s, path, u"tier"_s, u"--store"_s, u"Nope"_s}), 1);
    QCOMPARE(sd::CliApp(o, e).run({u"--db"_s, path, u"tier"_s, u"--store"_s, u"Lumen Gadgets"_s, u"--month"_s,
                                   u"2026-13"_s}),
             2);
}

QTEST_GUILESS_MAIN(tst_Tier)
#include "tst_tier.moc"
