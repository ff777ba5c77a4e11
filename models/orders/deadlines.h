#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace sd {

// Handover deadlines for many orders at once: the rule values are looked up once
// per rule and payment day, not once per order. Orders keep their deadline in
// orders.handover_due_utc so that due-state filters use an index; recompute()
// refreshes it after a rule or a store's delivery setting changes.
class DeadlineCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(sd::DeadlineCalculator)
public:
    explicit DeadlineCalculator(const QSqlDatabase &db) : m_db(db) { }

    // Seconds UTC, or nullopt when the model has no handover duty or the order is unpaid.
    std::optional<qint64> dueUtc(const QString &model, std::optional<qint64> paidUtc,
                                 bool selfDelivery, const QTimeZone &storeZone);

    // Recomputes handover_due_utc for every order of the store (0: all stores), inside
    // the caller's transaction (the change that moved the deadlines).
    // Returns the number of orders whose deadline changed, or -1 with *error set.
    qint64 recompute(qint64 storeId, QString *error);

private:
    std::optional<int> hoursAt(const QString &key, const QDate &date);

    QSqlDatabase m_db;
    QHash<std::pair<QString, qint64>, std::optional<int>> m_cache; // (key, julian day) -> hours
};

} // namespace sd
