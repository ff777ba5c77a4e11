#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace sd {

// The two clocks of a dispute in progress, from the rules in force on the day each
// starts (in the store's time zone):
//  - response: the seller must answer the buyer's latest proposal within
//    dispute.response_window_days of it, else the buyer's proposal is carried out.
//    Owed while the dispute is in progress, not escalated, the buyer's latest proposal
//    still waits for the seller and the seller has not proposed since.
//  - platform: the platform steps in dispute.negotiation_window_days after the
//    dispute was opened, unless it was escalated or ended before.
// Both are kept in the disputes row (response_due_utc, platform_due_utc); update()
// after every change to a dispute, recompute() after a rule change.
class DisputeDeadlines final
{
    Q_DECLARE_TR_FUNCTIONS(sd::DisputeDeadlines)
public:
    static constexpr qint64 WarnSeconds = 24 * 3600; // amber within a day

    explicit DisputeDeadlines(const QSqlDatabase &db) : m_db(db) { }

    struct Due
    {
        std::optional<qint64> response;
        std::optional<qint64> platform;
    };
    // Computes and stores both for one dispute. Call inside the change's transaction.
    bool update(qint64 disputeRef, QString *error);
    std::optional<Due> compute(qint64 disputeRef, QString *error);
    // Every dispute (of one store, or all with 0). Returns how many changed, or -1.
    qint64 recompute(qint64 storeId, QString *error);

    static bool dependsOn(const QString &ruleKey);

private:
    bool store(qint64 disputeRef, const Due &due, QString *error);
    std::optional<qint64> plusDays(const QString &key, qint64 startUtc, const QTimeZone &zone);

    QSqlDatabase m_db;
    QHash<std::pair<QString, qint64>, std::optional<int>> m_days; // (key, julian day)
};

} // namespace sd
