#include "disputedeadlines.h"

#include "disputes/disputeterms.h"
#include "rules/rulerepository.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString ResponseKey = u"dispute.response_window_days"_s;
const QString NegotiationKey = u"dispute.negotiation_window_days"_s;
} // namespace

bool DisputeDeadlines::dependsOn(const QString &ruleKey)
{
    return ruleKey == ResponseKey || ruleKey == NegotiationKey;
}

std::optional<qint64> DisputeDeadlines::plusDays(const QString &key, qint64 startUtc,
                                                 const QTimeZone &zone)
{
    const QDate day = utc::fromStore(startUtc).toTimeZone(zone).date();
    const auto cacheKey = std::pair(key, day.toJulianDay());
    auto it = m_days.constFind(cacheKey);
    if (it == m_days.cend())
        it = m_days.insert(cacheKey, RuleRepository(m_db).countAt(key, day));
    if (!*it)
        return std::nullopt;
    return startUtc + qint64(**it) * 86400;
}

std::optional<DisputeDeadlines::Due> DisputeDeadlines::compute(qint64 disputeRef, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT d.status, d.escalated_utc, d.opened_utc, s.time_zone, "
              "(SELECT p.proposed_utc FROM dispute_proposals p WHERE p.dispute_ref = d.id "
              " AND p.owner = 'buyer' ORDER BY p.proposed_utc DESC, p.id DESC LIMIT 1), "
              "(SELECT p.status FROM dispute_proposals p WHERE p.dispute_ref = d.id "
              " AND p.owner = 'buyer' ORDER BY p.proposed_utc DESC, p.id DESC LIMIT 1), "
              "(SELECT max(p.proposed_utc) FROM dispute_proposals p WHERE p.dispute_ref = d.id "
              " AND p.owner = 'seller') "
              "FROM disputes d JOIN stores s ON s.id = d.store_id WHERE d.id = ?"_s);
    q.addBindValue(disputeRef);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() ? q.lastError().text() : tr("there is no such dispute");
        return std::nullopt;
    }
    Due due;
    const bool open = q.value(0).toString() == u"processing"_s && q.value(1).isNull();
    if (!open)
        return due;
    const QTimeZone zone(q.value(3).toString().toUtf8());
    due.platform = plusDays(NegotiationKey, q.value(2).toLongLong(), zone);
    if (!q.value(4).isNull()) {
        const qint64 buyerAt = q.value(4).toLongLong();
        const bool waits = DisputeTerms::awaitsSeller(q.value(5).toString());
        const bool answered = !q.value(6).isNull() && q.value(6).toLongLong() >= buyerAt;
        if (waits && !answered)
            due.response = plusDays(ResponseKey, buyerAt, zone);
    }
    return due;
}

bool DisputeDeadlines::update(qint64 disputeRef, QString *error)
{
    const auto due = compute(disputeRef, error);
    return due && store(disputeRef, *due, error);
}

bool DisputeDeadlines::store(qint64 disputeRef, const Due &due, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE disputes SET response_due_utc = ?, platform_due_utc = ? WHERE id = ?"_s);
    const QVariant none(QMetaType::fromType<qint64>());
    q.addBindValue(due.response ? QVariant(*due.response) : none);
    q.addBindValue(due.platform ? QVariant(*due.platform) : none);
    q.addBindValue(disputeRef);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 DisputeDeadlines::recompute(qint64 storeId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, response_due_utc, platform_due_utc FROM disputes "
              "WHERE ? = 0 OR store_id = ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(storeId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    QList<std::pair<qint64, Due>> changed;
    while (q.next()) {
        const auto due = compute(q.value(0).toLongLong(), error);
        if (!due)
            return -1;
        const auto stored = [&](int c) {
            return q.value(c).isNull() ? std::optional<qint64>() : q.value(c).toLongLong();
        };
        if (due->response != stored(1) || due->platform != stored(2))
            changed.append({q.value(0).toLongLong(), *due});
    }
    for (const auto &[id, due] : std::as_const(changed)) {
        if (!store(id, due, error))
            return -1;
    }
    return changed.size();
}

} // namespace sd
