#include "deadlines.h"

#include "orders/handover.h"
#include "rules/rulerepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

std::optional<int> DeadlineCalculator::hoursAt(const QString &key, const QDate &date)
{
    const std::pair<QString, qint64> cacheKey{key, date.toJulianDay()};
    const auto it = m_cache.constFind(cacheKey);
    if (it != m_cache.cend())
        return *it;
    const auto hours = RuleRepository(m_db).countAt(key, date);
    m_cache.insert(cacheKey, hours);
    return hours;
}

std::optional<qint64> DeadlineCalculator::dueUtc(const QString &model, std::optional<qint64> paidUtc,
                                                 bool selfDelivery, const QTimeZone &storeZone)
{
    if (!paidUtc)
        return std::nullopt;
    const QString key = Handover::ruleKey(model, selfDelivery);
    if (key.isEmpty())
        return std::nullopt;
    // The rule in force on the payment's calendar day where the store works.
    const QDate day = QDateTime::fromSecsSinceEpoch(*paidUtc, storeZone).date();
    const auto hours = hoursAt(key, day);
    if (!hours)
        return std::nullopt;
    return *paidUtc + qint64(*hours) * 3600;
}

qint64 DeadlineCalculator::recompute(qint64 storeId, QString *error)
{
    m_cache.clear();
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT o.id, o.fulfillment_model, o.paid_utc, o.handover_due_utc, "
                   "s.jit_self_delivery, s.time_zone FROM orders o JOIN stores s ON s.id = o.store_id "
                   "WHERE (? = 0 OR o.store_id = ?) AND o.fulfillment_model IN ('semi_jit', 'pop')"_s);
    select.addBindValue(storeId);
    select.addBindValue(storeId);
    if (!select.exec()) {
        *error = select.lastError().text();
        return -1;
    }
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE orders SET handover_due_utc = ? WHERE id = ?"_s);
    QHash<QString, QTimeZone> zones;
    qint64 changed = 0;
    while (select.next()) {
        const QString zoneId = select.value(5).toString();
        auto zone = zones.constFind(zoneId);
        if (zone == zones.cend())
            zone = zones.insert(zoneId, QTimeZone(zoneId.toUtf8()));
        const QVariant paid = select.value(2);
        const auto due = dueUtc(select.value(1).toString(),
                                paid.isNull() ? std::nullopt : std::optional(paid.toLongLong()),
                                select.value(4).toBool(), *zone);
        const QVariant old = select.value(3);
        if ((!due && old.isNull()) || (due && !old.isNull() && old.toLongLong() == *due))
            continue;
        update.addBindValue(due ? QVariant(*due) : QVariant(QMetaType::fromType<qint64>()));
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return -1;
        }
        ++changed;
    }
    return changed;
}

} // namespace sd
