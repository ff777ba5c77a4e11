#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace sd {

class RuleRepository;

// When an order must be handed over, from the rule in force at its payment time:
// semi-managed JIT within jit.pickup_handover_hours of payment (Cainiao pickup), or
// jit.self_delivery_hours when the store delivers to the warehouse itself; POP within
// pop.new_product_delivery_hours; warehoused, fully managed and overseas orders have
// no seller handover.
class Handover final
{
    Q_DECLARE_TR_FUNCTIONS(sd::Handover)
public:
    enum class State {
        None, // no handover duty, or not paid yet
        Done, // handed over in time
        DoneLate, // handed over after the deadline
        Overdue, // not handed over and past the deadline
        DueSoon, // not handed over, due within the warning window
        Pending, // not handed over, due later
    };

    // The rule date is the payment's calendar date in the store's time zone.
    // The rule that sets the model's handover time, or an empty string when it has none.
    static QString ruleKey(const QString &model, bool selfDelivery);

    static std::optional<QDateTime> deadline(const RuleRepository &rules, const QString &model,
                                             const QDateTime &paidUtc, bool selfDelivery,
                                             const QTimeZone &storeZone);

    static State state(const std::optional<QDateTime> &deadline, const QDateTime &shippedUtc,
                       const QDateTime &now, qint64 warnSeconds = 12 * 3600);

    // "3 h 20 min left", "overdue by 2 h 5 min", "1 d 4 h left".
    static QString countdown(const QDateTime &deadline, const QDateTime &now);
    // "2 d 3 h", "5 h 12 min" or "7 min" for a span of seconds.
    static QString span(qint64 seconds);
};

} // namespace sd
