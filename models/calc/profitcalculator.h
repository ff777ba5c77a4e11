#pragma once

#include "money/money.h"
#include "money/rate.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace sd {

// One product's figures, per unit unless said otherwise, in one currency.
struct CalcInput
{
    Currency currency = Currency::of(u"USD");
    std::optional<qint64> priceMinor; // selling price (POP, semi-managed)
    std::optional<qint64> supplyPriceMinor; // supply price (fully managed, overseas: incl. shipping)
    qint64 quantity = 1;
    std::optional<Rate> commissionRate; // none: the category default rule
    Rate affiliateRate; // seller-set affiliate commission
    Rate affiliateShare; // share of the orders that come through affiliates
    qint64 costMinor = 0; // the product itself
    qint64 packagingMinor = 0;
    qint64 firstMileMinor = 0; // to the warehouse (warehoused, managed) or the pickup (JIT)
    qint64 deliveryMinor = 0; // to the buyer, where the seller ships it (POP, overseas)
    // Warehouse fees a warehoused product would pay without the waiver; none: the fee
    // rules (when they are in this currency).
    std::optional<qint64> pickupFeeMinor;
    std::optional<qint64> operationFeeMinor;
    std::optional<qint64> rentMinor;
    bool popular = true; // the platform marks it popular: the advance payment applies
    QDate date; // rules are those in force on this date
};

// A rule behind a line: what an auditor needs to find it on the Rules page.
struct CalcRule
{
    QString key;
    QString value; // as stored: "50", "10.00"
    QDate effectiveFrom; // invalid for a value typed into the calculator
    QString source;
};

struct CalcLine
{
    // Amount lines add up (revenue minus deductions is the subtotal and the total);
    // info lines explain (a commission before its waiver, a fee waived, the advance).
    enum class Kind { Revenue, Deduction, Subtotal, Total, Info };
    QString key; // "gross", "commission", ...: stable, for scripts and tests
    QString label;
    Kind kind = Kind::Info;
    Money amount;
    std::optional<CalcRule> rule;
    QString note;
};

struct CalcResult
{
    QString model;
    bool computed = false;
    QString why; // when not computed
    QList<CalcLine> lines;
    Money gross;
    Money net;
    Money profit;
    std::optional<Rate> margin; // profit / gross, half-up to the millionth; none when gross is 0
    std::optional<Money> advance; // warehoused and popular: paid in advance
    QStringList warnings;

    const CalcLine *line(const QString &key) const;
};

struct CalcComparison
{
    QList<CalcResult> models; // every fulfillment model, in OrderTerms order
    QString best; // empty when none could be computed
    QString why;
};

// Turns the platform's rules into money for one product under a fulfillment model
// (seeds 000 to 003, DOMAIN.md). Exact arithmetic: every rate is applied to integer
// minor units with a 128-bit intermediate and rounded half-up once, at the line it
// produces; the lines then add up to the totals exactly:
//   net    = gross - commission charged - affiliate fee
//   profit = net - product cost - packaging - first mile - delivery - warehouse fees charged
// Rules are looked up as of the input's date.
class ProfitCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProfitCalculator)
public:
    explicit ProfitCalculator(const QSqlDatabase &db) : m_db(db) { }

    CalcResult compute(const CalcInput &input, const QString &model) const;
    CalcComparison compare(const CalcInput &input) const;

    // The Choice price band of a USD price: "under", "middle", "over" (Under $5, $5-15,
    // Above $15); empty when the rules are not in the price's currency.
    QString choiceBand(const Money &price, const QDate &date) const;

private:
    // The rules in force on a date, read once per date.
    const RuleSet &rules(const QDate &date) const;
    std::optional<CalcRule> rule(const QString &key, const QDate &date) const;
    QSqlDatabase m_db;
    mutable QHash<QDate, RuleSet> m_rules;
};

} // namespace sd
