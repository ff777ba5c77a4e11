#include "demoseeder.h"

#include "money/rate.h"
#include "tier/tierreport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// An indicator's course over the twelve months: from `first` to `last`, straight.
struct Course
{
    const char16_t *key;
    double first;
    double last;
    bool percent;
};

struct StorePlan
{
    const char16_t *merchantType;
    // The months (back from the current one) whose values come from the seller
    // center's monthly report; the others are computed from the demo orders.
    int importedFrom;
    int importedTo;
    QList<Course> courses;
};

} // namespace

bool DemoSeeder::seedTier(const QDate &today, qint64 endUtc, QString *error)
{
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    const auto storeList = storeIds(error);
    if (!storeList)
        return false;
    const QList<qint64> &stores = *storeList;
    // Harbor Home Goods: semi-managed, growing its warehouse share; the last three
    // months are computed from its orders.
    // Lumen Gadgets: fully managed, imports the seller center's report every month
    // (this month's to date) and answers warehousing invitations, entered by hand.
    // This month it is 12 warehoused orders short of S, its smallest step up.
    // Petal & Thread Crafts: POP, cutting its refunds and disputes.
    const QList<StorePlan> plans = {
            {u"semi_managed", 11, 3,
             {{u"warehouse_share", 18, 36, true}, {u"warehoused_orders", 70, 230, false},
              {u"jit_on_time_rate", 88, 94.5, true}, {u"refund_rate", 7.5, 5.2, true},
              {u"dispute_rate", 2.6, 1.6, true}, {u"seller_responsibility_rate", 1.6, 0.7, true},
              {u"order_count", 380, 640, false}}},
            {u"full_managed", 11, 0,
             {{u"warehouse_share", 44, 77.5, true}, {u"warehoused_orders", 160, 588, false},
              {u"refund_rate", 4.2, 1.8, true}, {u"dispute_rate", 2.2, 0.9, true},
              {u"order_count", 420, 760, false}}},
            {u"pop", 11, 3,
             {{u"order_count", 140, 560, false}, {u"refund_rate", 8.4, 4.6, true},
              {u"dispute_rate", 3.2, 1.5, true}, {u"arbitration_rate", 1.1, 0.4, true},
              {u"seller_responsibility_rate", 2.1, 0.8, true}}},
    };

    QSqlQuery type(m_db);
    type.prepare(u"UPDATE stores SET merchant_type = ? WHERE id = ?"_s);
    QSqlQuery ins(m_db);
    ins.prepare(u"INSERT INTO tier_indicator_values (store_id, month, indicator, value, currency, source, note, "
                "updated_utc, updated_by) VALUES (?, ?, ?, ?, '', ?, COALESCE(?, ''), ?, 'demo')"_s);
    const QDate current(today.year(), today.month(), 1);
    for (int s = 0; s < stores.size() && s < plans.size(); ++s) {
        const StorePlan &plan = plans.at(s);
        type.addBindValue(QString::fromUtf16(plan.merchantType));
        type.addBindValue(stores.at(s));
        if (!type.exec())
            return fail(type);
        for (int back = 11; back >= 0; --back) {
            const QString month = TierRepository::monthKey(current.addMonths(-back));
            const double t = (11 - back) / 11.0;
            auto put = [&](const QString &key, qint64 value, const QString &source, const QString &note) {
                ins.addBindValue(stores.at(s));
                ins.addBindValue(month);
                ins.addBindValue(key);
                ins.addBindValue(value);
                ins.addBindValue(source);
                ins.addBindValue(note);
                ins.addBindValue(endUtc - qint64(back) * 30 * 86400);
                return ins.exec();
            };
            if (back <= plan.importedFrom && back >= plan.importedTo) {
                for (const Course &c : plan.courses) {
                    // A little wobble around the course, the same every time.
                    const double wobble = ((back * 7 + s * 3) % 5 - 2) * (c.percent ? 0.15 : 4.0);
                    double v = c.first + (c.last - c.first) * t + (back == 0 ? 0 : wobble);
                    const qint64 value = c.percent ? qint64(v * 10000.0 + 0.5) : qint64(v + 0.5);
                    if (!put(QString::fromUtf16(c.key), value, u"imported"_s, QString()))
                        return fail(ins);
                }
            }
            if (QString::fromUtf16(plan.merchantType) == u"full_managed"_s) {
                const qint64 answered = qint64((62 + 26 * t) * 10000.0 + 0.5);
                if (!put(u"warehouse_invitation_response"_s, back == 0 ? 905000 : answered, u"manual"_s,
                         tr("from the warehousing invitations list")))
                    return fail(ins);
            }
        }
    }

    // The tiers the platform published for the past months: as projected, except one
    // month per store that the model got wrong (calibration shows it).
    QSqlQuery actual(m_db);
    actual.prepare(u"INSERT INTO tier_actuals (store_id, month, tier, service_level, recorded_utc, recorded_by) "
                   "VALUES (?, ?, ?, ?, ?, 'demo')"_s);
    for (int s = 0; s < stores.size(); ++s) {
        const QList<TierMonth> months =
                TierReport(m_db).months(stores.at(s), current.addMonths(-11), current.addMonths(-1), endUtc);
        for (int i = 0; i < months.size(); ++i) {
            const TierMonth &m = months.at(i);
            if (!m.assessment.scored)
                continue;
            Tier tier = m.assessment.tier;
            if (i == 7 - s)
                tier = tier == Tier::S ? Tier::A : Tier(int(tier) + 1);
            actual.addBindValue(stores.at(s));
            actual.addBindValue(m.month);
            actual.addBindValue(tiers::code(tier));
            actual.addBindValue(m.serviceLevel ? tiers::serviceCode(*m.serviceLevel) : u""_s);
            actual.addBindValue(endUtc - qint64(11 - i) * 30 * 86400);
            if (!actual.exec())
                return fail(actual);
        }
    }
    return true;
}

} // namespace sd
