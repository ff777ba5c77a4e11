#include "profitcalculator.h"

#include "money/rounding.h"
#include "orders/orderterms.h"
#include "rules/rulerepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

bool isManaged(const QString &model)
{
    return model == u"full_managed"_s || model == u"overseas"_s;
}

// The Choice badge: semi-managed and fully managed products.
bool isChoice(const QString &model)
{
    return model == u"semi_warehouse"_s || model == u"semi_jit"_s || model == u"full_managed"_s;
}

CalcLine line(const QString &key, const QString &label, CalcLine::Kind kind, const Money &amount,
              const std::optional<CalcRule> &rule = std::nullopt, const QString &note = {})
{
    return CalcLine{key, label, kind, amount, rule, note};
}

} // namespace

const CalcLine *CalcResult::line(const QString &key) const
{
    for (const CalcLine &l : lines) {
        if (l.key == key)
            return &l;
    }
    return nullptr;
}

const RuleSet &ProfitCalculator::rules(const QDate &date) const
{
    auto it = m_rules.find(date);
    if (it == m_rules.end())
        it = m_rules.insert(date, RuleSet(RuleRepository(m_db).inForce(date)));
    return *it;
}

std::optional<CalcRule> ProfitCalculator::rule(const QString &key, const QDate &date) const
{
    const auto v = rules(date).value(key);
    if (!v)
        return std::nullopt;
    return CalcRule{v->key, v->value, v->effectiveFrom, v->source};
}

QString ProfitCalculator::choiceBand(const Money &price, const QDate &date) const
{
    const RuleSet &set = rules(date);
    const auto under = set.money(u"choice.under_band_max"_s);
    const auto over = set.money(u"choice.over_band_min"_s);
    if (!under || !over || under->currency() != price.currency() || over->currency() != price.currency())
        return {};
    if (price < *under)
        return u"under"_s;
    if (price > *over)
        return u"over"_s;
    return u"middle"_s;
}

CalcResult ProfitCalculator::compute(const CalcInput &in, const QString &model) const
{
    using Kind = CalcLine::Kind;
    CalcResult r;
    r.model = model;
    if (!OrderTerms::modelCodes().contains(model)) {
        r.why = tr("\"%1\" is not a fulfillment model").arg(model);
        return r;
    }
    const QDate date = in.date.isValid() ? in.date : QDate::currentDate();
    const Currency cur = in.currency;
    const bool managed = isManaged(model);
    const std::optional<qint64> unit = managed ? in.supplyPriceMinor : in.priceMinor;
    if (!unit) {
        r.why = managed ? tr("needs the supply price") : tr("needs the selling price");
        return r;
    }
    if (in.quantity < 1) {
        r.why = tr("the quantity must be 1 or more");
        return r;
    }
    for (qint64 v : {*unit, in.costMinor, in.packagingMinor, in.firstMileMinor, in.deliveryMinor}) {
        if (v < 0) {
            r.why = tr("prices and costs cannot be negative");
            return r;
        }
    }
    // Per-unit amounts times the quantity, refusing what does not fit.
    bool overflow = false;
    auto times = [&](qint64 perUnit) {
        qint64 out = 0;
        if (!exact::mulDivRound(perUnit, in.quantity, 1, Rounding::HalfUp, &out))
            overflow = true;
        return Money(out, cur);
    };
    auto rate = [&](const QString &key) -> std::optional<std::pair<Rate, CalcRule>> {
        const auto rl = rule(key, date);
        const auto parsed = rl ? Rate::parsePercent(rl->value) : std::nullopt;
        if (!parsed)
            return std::nullopt;
        return std::pair(*parsed, *rl);
    };

    const Money gross = times(*unit);
    r.lines.append(line(u"gross"_s, managed ? tr("Supply revenue") : tr("Gross revenue"), Kind::Revenue, gross, {},
                        tr("%1 × %2").arg(Money(*unit, cur).format()).arg(in.quantity)));

    // Commission: on the selling price, reduced or waived by the model's rule.
    Money commission = Money::zero(cur);
    if (managed) {
        r.lines.append(line(u"commission"_s, tr("Commission"), Kind::Deduction, commission, {},
                            tr("not charged: the platform buys at the supply price")));
    } else {
        Rate commissionRate;
        std::optional<CalcRule> commissionRule;
        if (in.commissionRate) {
            commissionRate = *in.commissionRate;
            commissionRule = CalcRule{u"commission_rate"_s, commissionRate.toPercentText(), {},
                                      tr("entered: the product's category rate")};
        } else if (const auto found = rate(u"commission.default_category_rate"_s)) {
            commissionRate = found->first;
            commissionRule = found->second;
        } else {
            r.why = tr("no commission rate: enter the category's, or add the rule commission.default_category_rate");
            return r;
        }
        const Money before = gross.applied(commissionRate, Rounding::HalfUp);
        const QString waiverKey = model == u"semi_warehouse"_s ? u"semi_warehouse.commission_waiver"_s
                : model == u"semi_jit"_s                       ? u"semi_jit.commission_reduction"_s
                                                               : QString();
        commission = before;
        if (!waiverKey.isEmpty()) {
            r.lines.append(line(u"commission_before"_s, tr("Commission before the waiver"), Kind::Info, before,
                                commissionRule, tr("%1 % of the gross revenue").arg(commissionRate.toPercentText())));
            const auto waiver = rate(waiverKey);
            const Money waived = waiver ? before.applied(waiver->first, Rounding::HalfUp) : Money::zero(cur);
            r.lines.append(line(u"commission_waived"_s,
                                model == u"semi_jit"_s ? tr("Commission reduction") : tr("Commission waived"),
                                Kind::Info, waived, waiver ? std::optional(waiver->second) : std::nullopt,
                                waiver ? tr("%1 % of the commission").arg(waiver->first.toPercentText())
                                       : tr("no rule in force")));
            commission = before - waived;
        }
        r.lines.append(line(u"commission"_s, tr("Commission charged"), Kind::Deduction, commission, commissionRule,
                            waiverKey.isEmpty() ? tr("%1 % of the gross revenue").arg(commissionRate.toPercentText())
                                                : tr("before the waiver, less the waiver")));
    }

    // Affiliate fee: on the share of orders that come through affiliates.
    Money affiliate = Money::zero(cur);
    if (!managed) {
        affiliate = gross.scaled(in.affiliateShare.millionths() * in.affiliateRate.millionths(),
                                 Rate::One * Rate::One, Rounding::HalfUp);
        r.lines.append(line(u"affiliate"_s, tr("Affiliate fee"), Kind::Deduction, affiliate, {},
                            tr("%1 % of the orders × %2 % commission")
                                    .arg(in.affiliateShare.toPercentText(), in.affiliateRate.toPercentText())));
    }
    const Money net = gross - commission - affiliate;
    r.lines.append(line(u"net"_s, tr("Net revenue"), Kind::Subtotal, net));

    // The seller's costs.
    const Money cost = times(in.costMinor);
    const Money packaging = times(in.packagingMinor);
    r.lines.append(line(u"cost"_s, tr("Product cost"), Kind::Deduction, cost));
    r.lines.append(line(u"packaging"_s, tr("Packaging"), Kind::Deduction, packaging));
    Money costs = cost + packaging;
    if (model != u"pop"_s) {
        const QString label = model == u"semi_jit"_s ? tr("First mile to the pickup")
                : model == u"overseas"_s            ? tr("First mile to the overseas warehouse")
                                                    : tr("First mile to the warehouse");
        const Money firstMile = times(in.firstMileMinor);
        r.lines.append(line(u"first_mile"_s, label, Kind::Deduction, firstMile));
        costs = costs + firstMile;
    }
    if (model == u"pop"_s || model == u"overseas"_s) {
        const Money delivery = times(in.deliveryMinor);
        r.lines.append(line(u"delivery"_s, tr("Shipping to the buyer"), Kind::Deduction, delivery));
        costs = costs + delivery;
    }

    // Warehouse fees: waived for warehoused semi-managed products (the value is shown).
    Money feesCharged = Money::zero(cur);
    if (model == u"semi_warehouse"_s) {
        struct Fee
        {
            QString key;
            QString label;
            QString feeRule;
            QString waiverRule;
            std::optional<qint64> entered;
        };
        const QList<Fee> fees{
                {u"pickup_fee"_s, tr("Pickup fee"), u"semi_warehouse.pickup_fee"_s,
                 u"semi_warehouse.pickup_fee_waiver"_s, in.pickupFeeMinor},
                {u"operation_fee"_s, tr("Warehouse operation fee"), u"semi_warehouse.operation_fee"_s,
                 u"semi_warehouse.operation_fee_waiver"_s, in.operationFeeMinor},
                {u"rent"_s, tr("Warehouse rent"), u"semi_warehouse.rent_fee"_s, u"semi_warehouse.rent_waiver"_s,
                 in.rentMinor},
        };
        const RuleSet &set = rules(date);
        for (const Fee &f : fees) {
            std::optional<CalcRule> feeRule;
            Money perUnit = Money::zero(cur);
            QString note;
            if (f.entered) {
                perUnit = Money(*f.entered, cur);
                feeRule = CalcRule{f.key, perUnit.toDecimalString(), {}, tr("entered for this product")};
            } else if (const auto m = set.money(f.feeRule); m && m->currency() == cur) {
                perUnit = *m;
                feeRule = rule(f.feeRule, date);
            } else {
                note = m ? tr("the fee rule is in %1: enter this product's fee to value the waiver")
                                   .arg(m->currency().code())
                         : tr("no fee rule in force");
            }
            const Money fee = times(perUnit.minorUnits());
            const auto waiver = rate(f.waiverRule);
            const Money waived = waiver ? fee.applied(waiver->first, Rounding::HalfUp) : Money::zero(cur);
            r.lines.append(line(f.key, f.label, Kind::Info, fee, feeRule,
                                note.isEmpty() ? tr("%1 × %2").arg(perUnit.format()).arg(in.quantity) : note));
            r.lines.append(line(f.key + u"_waived"_s, tr("%1 waived").arg(f.label), Kind::Info, waived,
                                waiver ? std::optional(waiver->second) : std::nullopt,
                                waiver ? tr("%1 % of the fee").arg(waiver->first.toPercentText()) : tr("no rule in force")));
            feesCharged = feesCharged + (fee - waived);
        }
        r.lines.append(line(u"warehouse_fees"_s, tr("Warehouse fees charged"), Kind::Deduction, feesCharged, {},
                            tr("the fees above, less what is waived")));
    }

    const Money profit = net - costs - feesCharged;
    r.lines.append(line(u"profit"_s, tr("Profit"), Kind::Total, profit));
    if (overflow || !gross.currency().isValid() || !profit.currency().isValid()) {
        r.lines.clear();
        r.why = tr("the amounts are too large to compute exactly");
        return r;
    }
    r.gross = gross;
    r.net = net;
    r.profit = profit;
    if (gross.minorUnits() != 0) {
        qint64 ppm = 0;
        if (exact::mulDivRound(profit.minorUnits(), Rate::One, gross.minorUnits(), Rounding::HalfUp, &ppm))
            r.margin = Rate::fromMillionths(ppm);
    }

    // The advance payment for popular warehoused products: cash earlier, not more profit.
    if (model == u"semi_warehouse"_s && in.popular) {
        if (const auto advance = rate(u"semi_warehouse.advance_payment_share"_s)) {
            r.advance = net.applied(advance->first, Rounding::HalfUp);
            r.lines.append(line(u"advance"_s, tr("Advance payment"), Kind::Info, *r.advance, advance->second,
                                tr("%1 % of the net revenue, paid when the goods enter the warehouse "
                                   "(products the platform marks popular)")
                                        .arg(advance->first.toPercentText())));
        }
    }

    // Checks.
    const Money price = Money(*unit, cur);
    const RuleSet &set = rules(date);
    if (model == u"pop"_s) {
        const auto threshold = set.money(u"pop.semi_managed_price_threshold"_s);
        const auto transitionEnd = set.date(u"pop.semi_managed_transition_end"_s);
        if (threshold && threshold->currency() != cur) {
            r.warnings << tr("The POP price rule is in %1: check this %2 price against %3 yourself.")
                                  .arg(threshold->currency().code(), cur.code(), threshold->format());
        } else if (threshold && price < *threshold) {
            if (transitionEnd && date > *transitionEnd)
                r.warnings << tr("POP products priced below %1 must go semi-managed (the transition ended on %2).")
                                      .arg(threshold->format(), transitionEnd->toString(Qt::ISODate));
            else
                r.warnings << tr("Priced below %1: POP is allowed only until %2, then semi-managed is required.")
                                      .arg(threshold->format(),
                                           transitionEnd ? transitionEnd->toString(Qt::ISODate) : tr("the transition ends"));
        }
    }
    if (isChoice(model) && in.priceMinor) {
        const Money selling(*in.priceMinor, cur);
        const QString band = choiceBand(selling, date);
        const auto under = set.money(u"choice.under_band_max"_s);
        const auto over = set.money(u"choice.over_band_min"_s);
        if (band == u"under"_s)
            r.warnings << tr("Choice band: Under %1.").arg(under->format());
        else if (band == u"middle"_s)
            r.warnings << tr("Choice band: %1 to %2.").arg(under->format(), over->format());
        else if (band == u"over"_s)
            r.warnings << tr("Choice band: Above %1.").arg(over->format());
        const auto freeShipping = set.money(u"choice.free_shipping_threshold"_s);
        if (freeShipping && freeShipping->currency() == cur && selling < *freeShipping)
            r.warnings << tr("Under the %1 free-shipping threshold: the buyer pays for shipping unless the basket "
                             "reaches it.")
                                  .arg(freeShipping->format());
    }
    if (profit.isNegative())
        r.warnings << tr("Negative margin: this model loses %1.").arg((Money::zero(cur) - profit).format());
    r.computed = true;
    return r;
}

CalcComparison ProfitCalculator::compare(const CalcInput &input) const
{
    CalcComparison c;
    const CalcResult *best = nullptr;
    const CalcResult *second = nullptr;
    for (const QString &model : OrderTerms::modelCodes())
        c.models.append(compute(input, model));
    for (const CalcResult &r : std::as_const(c.models)) {
        if (!r.computed)
            continue;
        if (!best || r.profit > best->profit) {
            second = best;
            best = &r;
        } else if (!second || r.profit > second->profit) {
            second = &r;
        }
    }
    if (!best) {
        c.why = tr("no model could be computed");
        return c;
    }
    c.best = best->model;
    if (!second) {
        c.why = tr("%1 is the only model that could be computed").arg(OrderTerms::modelLabel(best->model));
    } else if (best->profit == second->profit) {
        c.why = tr("%1 and %2 earn the same; %1 is listed first").arg(OrderTerms::modelLabel(best->model),
                                                                      OrderTerms::modelLabel(second->model));
    } else {
        c.why = tr("%1 earns %2, %3 more than %4, the next best")
                        .arg(OrderTerms::modelLabel(best->model), best->profit.format(),
                             (best->profit - second->profit).format(), OrderTerms::modelLabel(second->model));
    }
    return c;
}

} // namespace sd
