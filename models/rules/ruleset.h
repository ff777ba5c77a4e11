#pragma once

#include "money/money.h"
#include "money/rate.h"
#include "rules/rulerepository.h"

#include <QHash>

#include <optional>

namespace sd {

// The rules in force on one date, read once (RuleRepository::inForce): for work that
// looks the same rules up many times, such as a batch of 10,000 products.
class RuleSet final
{
public:
    RuleSet() = default;
    explicit RuleSet(QHash<QString, RuleValue> values) : m_values(std::move(values)) { }

    std::optional<RuleValue> value(const QString &key) const;
    std::optional<Rate> rate(const QString &key) const;
    std::optional<Money> money(const QString &key) const;
    std::optional<QDate> date(const QString &key) const;

private:
    QHash<QString, RuleValue> m_values;
};

} // namespace sd
