// The demo's after-sales records: disputes in every status (with deadlines due,
// overdue and far off), chargebacks at every stage and a year of the international
// Alipay account with payouts, deductions and appeals. Deterministic.

#include "demoseeder.h"

#include "disputes/disputedeadlines.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

constexpr std::array s_reasons{
        u"Item not received", u"Item not as described", u"Quality problem", u"Wrong item sent",
        u"Damaged in transit", u"Missing parts or accessories",
};

constexpr std::array s_chargebackReasons{
        u"13.1 Merchandise not received", u"13.3 Not as described", u"10.4 Card-absent fraud",
        u"4853 Cardholder dispute", u"4855 Goods not provided",
};

struct DisputePlan
{
    const char16_t *status; // processing, canceled_issue, finish
    // processing: when the buyer's latest proposal was made, relative to the end
    qint64 buyerAgo;
    bool sellerCountered;
    bool escalated;
    const char16_t *outcome;
    bool sellerCost;
};

// Per store: every status and every deadline state.
constexpr std::array s_disputePlans{
        DisputePlan{u"processing", 5 * Day + 6 * Hour, false, false, u"", false}, // overdue
        DisputePlan{u"processing", 4 * Day + 20 * Hour, false, false, u"", false}, // due in ~4 h
        DisputePlan{u"processing", 4 * Day + 8 * Hour, false, false, u"", false}, // due in ~16 h
        DisputePlan{u"processing", 2 * Day, false, false, u"", false}, // due in 3 days
        DisputePlan{u"processing", 3 * Day, true, false, u"", false}, // waiting for the buyer
        DisputePlan{u"processing", 8 * Day, true, true, u"", false}, // with the platform
        DisputePlan{u"finish", 12 * Day, false, false, u"refunded", true},
        DisputePlan{u"finish", 16 * Day, true, false, u"return_refunded", false},
        DisputePlan{u"finish", 20 * Day, true, true, u"rejected", false},
        DisputePlan{u"finish", 24 * Day, false, true, u"refunded", true},
        DisputePlan{u"canceled_issue", 9 * Day, false, false, u"cancelled", false},
        DisputePlan{u"finish", 27 * Day, true, false, u"refunded", false},
};

struct Shipped
{
    QString orderId;
    QString childId;
    QString buyerLogin;
    qint64 total = 0;
    qint64 shippedUtc = 0;
};

} // namespace

bool DemoSeeder::seedCases(qint64 end, QString *error)
{
    QRandomGenerator rng(0xd15b07e5u);
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    const auto storeList = storeIds(error);
    if (!storeList)
        return false;
    const QList<qint64> &stores = *storeList;
    QSqlQuery shipped(m_db);
    shipped.prepare(u"SELECT o.order_id, min(i.child_id), o.buyer_login, o.order_total_minor, o.shipped_utc "
                    "FROM orders o JOIN order_items i ON i.order_ref = o.id "
                    "WHERE o.store_id = ? AND o.shipped_utc BETWEEN ? AND ? "
                    "GROUP BY o.id ORDER BY o.id"_s);
    QSqlQuery insDispute(m_db);
    insDispute.prepare(u"INSERT INTO disputes (store_id, issue_id, order_id, child_id, buyer_login, "
                       "reason, opened_utc, status, currency, refund_max_minor, return_tracking, "
                       "escalated_utc, outcome, refunded_minor, seller_cost, closed_utc) "
                       "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, 'USD', ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?)"_s);
    QSqlQuery insProposal(m_db);
    insProposal.prepare(u"INSERT INTO dispute_proposals (dispute_ref, owner, solution_type, "
                        "amount_minor, status, proposed_utc, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insEvent(m_db);
    insEvent.prepare(u"INSERT INTO case_events (entity, entity_id, at_utc, actor, action, detail) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s);
    auto event = [&](const QString &entity, qint64 id, qint64 at, const QString &actor,
                     const QString &action, const QString &detail) {
        insEvent.addBindValue(entity);
        insEvent.addBindValue(id);
        insEvent.addBindValue(at);
        insEvent.addBindValue(actor);
        insEvent.addBindValue(action);
        insEvent.addBindValue(detail);
        return insEvent.exec();
    };
    auto proposal = [&](qint64 ref, const QString &owner, const QString &type, qint64 amount,
                        const QString &status, qint64 at, const QString &note) {
        insProposal.addBindValue(ref);
        insProposal.addBindValue(owner);
        insProposal.addBindValue(type);
        insProposal.addBindValue(amount);
        insProposal.addBindValue(status);
        insProposal.addBindValue(at);
        insProposal.addBindValue(note);
        return insProposal.exec();
    };
    const QVariant none(QMetaType::fromType<qint64>());
    DisputeDeadlines deadlines(m_db);
    qint64 issueNumber = 8112450000000000LL;

    for (int s = 0; s < stores.size(); ++s) {
        const qint64 storeId = stores.at(s);
        shipped.addBindValue(storeId);
        shipped.addBindValue(end - 80 * Day);
        shipped.addBindValue(end - 10 * Day);
        if (!shipped.exec())
            return fail(shipped);
        QList<Shipped> pool;
        while (shipped.next())
            pool.append({shipped.value(0).toString(), shipped.value(1).toString(),
                         shipped.value(2).toString(), shipped.value(3).toLongLong(),
                         shipped.value(4).toLongLong()});
        if (pool.size() < int(s_disputePlans.size()) + 1)
            continue;

        for (int d = 0; d < int(s_disputePlans.size()) + 1; ++d) {
            // The last one's order is not in the workspace yet: it links when imported.
            const bool orphan = d == int(s_disputePlans.size());
            const DisputePlan &plan = s_disputePlans[orphan ? 0 : d];
            const Shipped &order = pool.at(int(rng.bounded(int(pool.size()))));
            issueNumber += 1 + rng.bounded(50000);
            const qint64 buyerAt = end - (orphan ? 3 * Day + 2 * Hour : plan.buyerAgo);
            const qint64 opened = buyerAt - (rng.bounded(3) == 0 ? Day + rng.bounded(20 * Hour) : 0);
            const QString status = QString::fromUtf16(plan.status);
            const QString outcome = QString::fromUtf16(plan.outcome);
            const bool closed = status != u"processing"_s;
            const bool returns = outcome == u"return_refunded"_s || (d % 4 == 1);
            const QString type = returns ? u"return_and_refund"_s : u"refund"_s;
            const qint64 max = order.total;
            const qint64 buyerAmount = max;
            const qint64 sellerAmount = max / 2 - max / 2 % 100;
            const qint64 escalatedAt = plan.escalated ? buyerAt + 2 * Day + 3 * Hour : 0;
            const qint64 closedAt = closed ? buyerAt + (plan.escalated ? 6 : 3) * Day + 5 * Hour : 0;
            qint64 refunded = 0;
            if (outcome == u"refunded"_s)
                refunded = plan.sellerCountered ? sellerAmount : buyerAmount;
            else if (outcome == u"return_refunded"_s)
                refunded = max;
            const QString reason = QString::fromUtf16(s_reasons[(d + s) % s_reasons.size()]);

            insDispute.addBindValue(storeId);
            insDispute.addBindValue(QString::number(issueNumber));
            insDispute.addBindValue(orphan ? QString::number(3038419900000000LL + issueNumber % 100000)
                                           : order.orderId);
            insDispute.addBindValue(orphan ? QString() : order.childId);
            insDispute.addBindValue(order.buyerLogin);
            insDispute.addBindValue(reason);
            insDispute.addBindValue(opened);
            insDispute.addBindValue(status);
            insDispute.addBindValue(max);
            insDispute.addBindValue(returns && closed ? u"RR%1CN"_s.arg(issueNumber % 1000000000LL, 9, 10, QChar(u'0'))
                                                      : u""_s);
            insDispute.addBindValue(plan.escalated ? QVariant(escalatedAt) : none);
            insDispute.addBindValue(outcome);
            insDispute.addBindValue(closed ? QVariant(refunded) : none);
            insDispute.addBindValue(plan.sellerCost ? 1 : 0);
            insDispute.addBindValue(closed ? QVariant(closedAt) : none);
            if (!insDispute.exec())
                return fail(insDispute);
            const qint64 ref = insDispute.lastInsertId().toLongLong();

            // The buyer's proposal, perhaps the seller's counter and the platform's ruling.
            QString buyerStatus = u"wait_seller_accept"_s;
            if (plan.sellerCountered)
                buyerStatus = u"seller_accept_and_buyer_refused"_s;
            if (closed)
                buyerStatus = outcome == u"refunded"_s && !plan.sellerCountered ? u"reached"_s
                                                                               : u"buyer_refused"_s;
            if (outcome == u"cancelled"_s)
                buyerStatus = u"reach_cancle"_s;
            if (!proposal(ref, u"buyer"_s, type, buyerAmount, buyerStatus, buyerAt,
                          reason + u": I want my money back."_s))
                return fail(insProposal);
            if (!event(u"disputes"_s, ref, opened, u"AliExpress"_s, u"import"_s,
                       u"Dispute opened by the buyer: "_s + reason))
                return fail(insEvent);
            if (plan.sellerCountered) {
                const qint64 at = buyerAt + 20 * Hour;
                const QString sellerStatus = closed ? (outcome == u"refunded"_s ? u"reached"_s : u"buyer_refused"_s)
                                                    : u"wait_buyer_accept"_s;
                if (!proposal(ref, u"seller"_s, u"refund"_s, sellerAmount, sellerStatus, at,
                              u"We offer a partial refund; the tracking shows delivery."_s))
                    return fail(insProposal);
                if (!event(u"disputes"_s, ref, at, u"demo"_s, u"counter_propose"_s,
                           u"Counter-proposal: partial refund"_s))
                    return fail(insEvent);
            }
            if (plan.escalated) {
                if (!event(u"disputes"_s, ref, escalatedAt, u"demo"_s, u"escalate"_s,
                           u"Escalated to the platform"_s))
                    return fail(insEvent);
                const QString platformStatus = closed ? u"perform"_s : u"wait_buyer_and_seller_accept"_s;
                const qint64 platformAmount = outcome == u"rejected"_s ? 0 : max;
                if (!proposal(ref, u"platform"_s, type, platformAmount, platformStatus,
                              escalatedAt + Day, u"Platform ruling after review of the evidence."_s))
                    return fail(insProposal);
            }
            if (closed && !event(u"disputes"_s, ref, closedAt, u"demo"_s, u"close"_s,
                                 u"Closed: "_s + outcome))
                return fail(insEvent);
            if (!deadlines.update(ref, error))
                return false;
        }

        // Chargebacks: defence due soon, overdue, submitted, won, lost, partly won.
        QSqlQuery insChargeback(m_db);
        insChargeback.prepare(u"INSERT INTO chargebacks (store_id, case_id, order_id, filed_utc, currency, "
                              "frozen_minor, reason_code, defence_due_utc, submitted_utc, outcome, "
                              "recovered_minor, note) VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, COALESCE(?, ''), ?, '')"_s);
        struct ChargebackPlan
        {
            qint64 dueIn; // relative to the end
            bool submitted;
            const char16_t *outcome;
        };
        constexpr std::array plans{ChargebackPlan{2 * Day + 5 * Hour, false, u""},
                                   ChargebackPlan{-2 * Hour, false, u""},
                                   ChargebackPlan{9 * Day, false, u""},
                                   ChargebackPlan{-3 * Day, true, u""},
                                   ChargebackPlan{-30 * Day, true, u"won"},
                                   ChargebackPlan{-45 * Day, true, u"lost"},
                                   ChargebackPlan{-60 * Day, true, u"partial"}};
        for (int c = 0; c < int(plans.size()); ++c) {
            const Shipped &order = pool.at(int(rng.bounded(int(pool.size()))));
            const qint64 due = end + plans[c].dueIn;
            const qint64 filed = due - 7 * Day;
            const QString outcome = QString::fromUtf16(plans[c].outcome);
            qint64 recovered = 0;
            if (outcome == u"won"_s)
                recovered = order.total;
            else if (outcome == u"partial"_s)
                recovered = order.total / 2;
            const QString caseId = u"CB%1"_s.arg(2611000 + s * 1000 + c * 37 + int(rng.bounded(30)));
            insChargeback.addBindValue(storeId);
            insChargeback.addBindValue(caseId);
            insChargeback.addBindValue(order.orderId);
            insChargeback.addBindValue(filed);
            insChargeback.addBindValue(order.total);
            insChargeback.addBindValue(QString::fromUtf16(s_chargebackReasons[(c + s) % s_chargebackReasons.size()]));
            insChargeback.addBindValue(due);
            insChargeback.addBindValue(plans[c].submitted ? QVariant(due - Day) : none);
            insChargeback.addBindValue(outcome);
            insChargeback.addBindValue(outcome.isEmpty() ? none : QVariant(recovered));
            if (!insChargeback.exec())
                return fail(insChargeback);
            const qint64 ref = insChargeback.lastInsertId().toLongLong();
            if (!event(u"chargebacks"_s, ref, filed, u"AliExpress"_s, u"import"_s,
                       u"Chargeback filed by the card holder's bank"_s))
                return fail(insEvent);
            if (plans[c].submitted
                && !event(u"chargebacks"_s, ref, due - Day, u"demo"_s, u"submit"_s, u"Defence submitted"_s))
                return fail(insEvent);
        }

        // A year of the Alipay account: a payout every week, deductions now and then,
        // some marked unfair and appealed.
        QSqlQuery insEntry(m_db);
        insEntry.prepare(u"INSERT INTO ledger_entries (store_id, entry_id, at_utc, kind, currency, "
                         "amount_minor, reason, order_id, unfair, appeal_submitted_utc, appeal_due_utc, "
                         "appeal_status, recovered_minor) VALUES (?, ?, ?, ?, 'USD', ?, ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), ?)"_s);
        constexpr std::array deductionReasons{u"Dispute refund", u"Chargeback", u"Late shipment penalty",
                                              u"Logistics service fee", u"Warehouse storage fee",
                                              u"Return shipping fee"};
        qint64 entryNumber = 20251100000000LL + s * 10000000LL;
        int deductionCount = 0;
        for (qint64 at = end - 365 * Day; at < end; at += 7 * Day) {
            entryNumber += 1 + rng.bounded(900);
            const qint64 payout = 180000 + rng.bounded(260000) + (at > end - 90 * Day ? 120000 : 0);
            insEntry.addBindValue(storeId);
            insEntry.addBindValue(QString::number(entryNumber));
            insEntry.addBindValue(at + rng.bounded(Day));
            insEntry.addBindValue(u"payout"_s);
            insEntry.addBindValue(payout);
            insEntry.addBindValue(u"Settlement of confirmed orders"_s);
            insEntry.addBindValue(u""_s);
            insEntry.addBindValue(0);
            insEntry.addBindValue(none);
            insEntry.addBindValue(none);
            insEntry.addBindValue(u""_s);
            insEntry.addBindValue(none);
            if (!insEntry.exec())
                return fail(insEntry);
            const int deductions = int(rng.bounded(3));
            for (int k = 0; k < deductions; ++k) {
                entryNumber += 1 + rng.bounded(900);
                ++deductionCount;
                const qint64 when = at + rng.bounded(7 * Day);
                if (when >= end)
                    break;
                const int reasonIndex = int(rng.bounded(int(deductionReasons.size())));
                const qint64 amount = reasonIndex == 4 ? 1500 + rng.bounded(4000)
                                                       : 600 + rng.bounded(6000);
                const Shipped &order = pool.at(int(rng.bounded(int(pool.size()))));
                // Every ninth deduction is unfair; the older ones were appealed.
                const bool unfair = deductionCount % 9 == 0;
                const bool appealed = unfair && when < end - 20 * Day;
                QString appealStatus;
                QVariant recovered = none;
                if (appealed) {
                    const int r = deductionCount / 9 % 4;
                    appealStatus = r == 0 ? u"pending"_s : r == 1 ? u"won"_s : r == 2 ? u"partly_won"_s : u"lost"_s;
                    if (appealStatus == u"won"_s)
                        recovered = amount;
                    else if (appealStatus == u"partly_won"_s)
                        recovered = amount / 2;
                    else if (appealStatus == u"lost"_s)
                        recovered = qint64(0);
                    // Appeals of the last two months are still waiting for the platform.
                    if (when >= end - 60 * Day) {
                        appealStatus = u"pending"_s;
                        recovered = none;
                    } else if (appealStatus == u"pending"_s) {
                        appealStatus = u"won"_s;
                        recovered = amount;
                    }
                }
                insEntry.addBindValue(storeId);
                insEntry.addBindValue(QString::number(entryNumber));
                insEntry.addBindValue(when);
                insEntry.addBindValue(u"deduction"_s);
                insEntry.addBindValue(amount);
                insEntry.addBindValue(QString::fromUtf16(deductionReasons[reasonIndex]));
                insEntry.addBindValue(reasonIndex <= 2 ? order.orderId : u""_s);
                insEntry.addBindValue(unfair ? 1 : 0);
                insEntry.addBindValue(appealed ? QVariant(when + 2 * Day) : none);
                insEntry.addBindValue(appealed ? QVariant(when + 30 * Day) : none);
                insEntry.addBindValue(appealStatus);
                insEntry.addBindValue(recovered);
                if (!insEntry.exec())
                    return fail(insEntry);
            }
        }
    }
    return true;
}

} // namespace sd
