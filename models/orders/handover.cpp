#include "handover.h"

#include "rules/rulerepository.h"

using namespace Qt::StringLiterals;

namespace sd {

QString Handover::ruleKey(const QString &model, bool selfDelivery)
{
    if (model == u"semi_jit"_s)
        return selfDelivery ? u"jit.self_delivery_hours"_s : u"jit.pickup_handover_hours"_s;
    if (model == u"pop"_s)
        return u"pop.new_product_delivery_hours"_s;
    return {};
}

std::optional<QDateTime> Handover::deadline(const RuleRepository &rules, const QString &model,
                                            const QDateTime &paidUtc, bool selfDelivery,
                                            const QTimeZone &storeZone)
{
    if (!paidUtc.isValid())
        return std::nullopt;
    const QString key = ruleKey(model, selfDelivery);
    if (key.isEmpty())
        return std::nullopt;
    const QDate ruleDate = paidUtc.toTimeZone(storeZone).date();
    const auto hours = rules.countAt(key, ruleDate);
    if (!hours)
        return std::nullopt;
    return paidUtc.toUTC().addSecs(qint64(*hours) * 3600);
}

Handover::State Handover::state(const std::optional<QDateTime> &deadline,
                                const QDateTime &shippedUtc, const QDateTime &now,
                                qint64 warnSeconds)
{
    if (!deadline)
        return State::None;
    if (shippedUtc.isValid())
        return shippedUtc > *deadline ? State::DoneLate : State::Done;
    const qint64 left = now.secsTo(*deadline);
    if (left < 0)
        return State::Overdue;
    return left <= warnSeconds ? State::DueSoon : State::Pending;
}

QString Handover::countdown(const QDateTime &deadline, const QDateTime &now)
{
    const qint64 secs = now.secsTo(deadline);
    const QString text = span(qAbs(secs));
    return secs < 0 ? tr("overdue by %1").arg(text) : tr("%1 left").arg(text);
}

QString Handover::span(qint64 secs)
{
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    QString span;
    if (days > 0)
        span = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        span = tr("%1 h %2 min").arg(hours).arg(minutes);
    else
        span = tr("%1 min").arg(minutes);
    return span;
}

} // namespace sd
