#include "ruleset.h"

namespace sd {

std::optional<RuleValue> RuleSet::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.cend() ? std::nullopt : std::optional(*it);
}

std::optional<Rate> RuleSet::rate(const QString &key) const
{
    const auto v = value(key);
    return v ? Rate::parsePercent(v->value) : std::nullopt;
}

std::optional<Money> RuleSet::money(const QString &key) const
{
    const auto v = value(key);
    const auto currency = v ? Currency::fromCode(v->unit) : std::nullopt;
    return currency ? Money::parse(v->value, *currency) : std::nullopt;
}

std::optional<QDate> RuleSet::date(const QString &key) const
{
    const auto v = value(key);
    const QDate d = v ? QDate::fromString(v->value, Qt::ISODate) : QDate();
    return d.isValid() ? std::optional(d) : std::nullopt;
}

} // namespace sd
