#include "rulecatalog.h"

#include "money/money.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

using U = RuleCatalog::Unit;
constexpr qint64 Pct = 10'000; // millionths per percent

QList<RuleCatalog::Definition> makeCatalog()
{
    // clang-format off
    return {
        {u"pop.semi_managed_price_threshold"_s, U::Money, u"USD"_s, 1, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "POP price below which semi-managed is required"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "POP products priced below this must adopt semi-managed fulfillment.")},
        {u"pop.semi_managed_transition_end"_s, U::Date, {}, 0, 0,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "End of the POP under-threshold transition"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Until this date POP shipping timelines remain acceptable for products under the threshold.")},
        {u"semi_warehouse.commission_waiver"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: commission waived"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Share of the transaction commission waived for semi-managed products that enter the warehouse.")},
        {u"semi_jit.commission_reduction"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Semi-managed JIT: commission reduction"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Share of the transaction commission waived for JIT shipments.")},
        {u"semi_warehouse.pickup_fee_waiver"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: pickup fee waived"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Share of the door-to-door pickup fee waived for warehoused semi-managed products.")},
        {u"semi_warehouse.operation_fee_waiver"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: operation fee waived"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Share of the in-warehouse operation fee waived.")},
        {u"semi_warehouse.rent_waiver"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: warehouse rent waived"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Share of the warehouse rent waived.")},
        {u"semi_warehouse.advance_payment_share"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Popular warehoused products: advance payment"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Share of the amount paid in advance for popular warehoused semi-managed products.")},
        {u"jit.pickup_handover_hours"_s, U::Hours, {}, 1, 720,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "JIT handover to the Cainiao pickup"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Hours after payment within which a JIT order must be collected by the Cainiao pickup.")},
        {u"jit.self_delivery_hours"_s, U::Hours, {}, 1, 720,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "JIT self-delivery to the warehouse"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Hours after payment within which a self-delivered JIT order must reach the named warehouse.")},
        {u"risk_control.hold_hours"_s, U::Hours, {}, 1, 720,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Risk-control hold after payment"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Hours an order stays in risk control (RISK_CONTROL) after the buyer pays.")},
        {u"pop.new_product_delivery_hours"_s, U::Hours, {}, 1, 720,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "POP delivery-time limit for new products"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Delivery assessment time limit for POP products online for less than the new-product window.")},
        {u"pop.new_product_window_days"_s, U::Days, {}, 1, 365,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "New-product window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days after going online during which a product counts as new.")},
        {u"choice.under_band_max"_s, U::Money, u"USD"_s, 1, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Choice \"Under\" price band upper bound"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Choice products priced under this are in the lowest band (\"Under $5\").")},
        {u"choice.over_band_min"_s, U::Money, u"USD"_s, 1, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Choice \"Above\" price band lower bound"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Choice products priced above this are in the highest band (\"Above $15\").")},
        {u"choice.free_shipping_threshold"_s, U::Money, u"USD"_s, 0, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Choice free-shipping threshold"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Choice orders above this amount ship free.")},
        {u"commission.default_category_rate"_s, U::Percent, {}, 0, 50 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Default category commission"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Transaction commission used when a product's category rate is unknown (typically 5-8 %).")},
        {u"affiliate.min_rate"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Lowest affiliate commission a seller may set"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Affiliate commission is charged on confirmed receipt, pro rata on partial refunds.")},
        {u"affiliate.max_rate"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Highest affiliate commission a seller may set"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Affiliate commission is charged on confirmed receipt, pro rata on partial refunds.")},
        {u"dispute.open_window_days"_s, U::Days, {}, 1, 365,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Dispute: buyer may open after full shipment"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days after full shipment from which a buyer may open a dispute.")},
        {u"dispute.response_window_days"_s, U::Days, {}, 1, 60,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Dispute: seller response window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days the seller has to respond to the buyer's latest proposal before it executes.")},
        {u"dispute.negotiation_window_days"_s, U::Days, {}, 1, 60,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Dispute: platform steps in after"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days of negotiation after which the platform steps in.")},
        {u"chargeback.file_window_days"_s, U::Days, {}, 1, 1000,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Chargeback: usual filing window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days after the transaction within which a buyer may file a chargeback.")},
        {u"chargeback.defence_window_days"_s, U::Days, {}, 1, 60,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Chargeback: defence due within"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days after a chargeback is filed by which the seller's defence is due, when the case does not state its own deadline.")},
        {u"ledger.appeal_window_days"_s, U::Days, {}, 1, 365,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Deduction appeal: due within"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Days after a deduction within which an appeal should be filed, when the notice does not state its own deadline.")},
        {u"chargeback.max_file_window_days"_s, U::Days, {}, 1, 1000,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Chargeback: longest filing window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "The longest window some card schemes allow for a chargeback.")},
        {u"service_level.window_days"_s, U::Days, {}, 1, 365,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Service level assessment window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "The monthly service level is assessed over this many past days.")},
        {u"tier.full_managed_warehouse_weight_min"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Fully managed tier: warehouse indicators' weight"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehouse-related indicators account for more than this share of the fully managed merchant tier.")},
        {u"refund.product_rate_threshold"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Product refund-rate warning threshold"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Products refunded more often than this are flagged. The platform does not publish its threshold: set your own.")},
        {u"refund.product_rate_window_days"_s, U::Days, {}, 1, 365,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Product refund rate: window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "A product's refund rate counts the line items shipped in this many past days.")},
        {u"refund.product_rate_min_sample"_s, U::Count, {}, 1, 100000,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Product refund rate: minimum shipped items"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Products with fewer shipped line items in the window are not flagged: too few to judge.")},
        {u"damage.product_rate_threshold"_s, U::Percent, {}, 0, 100 * Pct,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Product damage-rate warning threshold"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Products whose damaged units exceed this share of the units shipped are flagged on Today: time to improve their packaging.")},
        {u"damage.product_rate_window_days"_s, U::Days, {}, 1, 365,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Product damage rate: window"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "A product's damage rate counts the units shipped, and the damage claims opened, in this many past days.")},
        {u"damage.product_rate_min_sample"_s, U::Count, {}, 1, 100000,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Product damage rate: minimum shipped units"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Products with fewer units shipped in the window are not flagged: too few to judge.")},
        {u"semi_warehouse.pickup_fee"_s, U::Money, u"USD"_s, 0, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: pickup fee per unit"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "What the inbound pickup would cost per unit without the waiver; the calculators show the waiver's value with it.")},
        {u"semi_warehouse.operation_fee"_s, U::Money, u"USD"_s, 0, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: operation fee per unit"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "What handling in the warehouse would cost per unit without the waiver.")},
        {u"semi_warehouse.rent_fee"_s, U::Money, u"USD"_s, 0, 100'000'00,
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "Warehoused semi-managed: rent per unit"),
         QT_TRANSLATE_NOOP("sd::RuleCatalog", "What storage until the sale would cost per unit without the waiver.")},
    };
    // clang-format on
}

} // namespace

const QList<RuleCatalog::Definition> &RuleCatalog::all()
{
    static const QList<Definition> s_all = makeCatalog();
    return s_all;
}

const RuleCatalog::Definition *RuleCatalog::find(QStringView key)
{
    for (const Definition &d : all()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString RuleCatalog::title(const Definition &d)
{
    return tr(d.title);
}

QString RuleCatalog::description(const Definition &d)
{
    return tr(d.description);
}

QString RuleCatalog::unitName(const Definition &d)
{
    switch (d.unit) {
    case Unit::Percent:
        return u"percent"_s;
    case Unit::Money:
        return d.currency;
    case Unit::Hours:
        return u"hours"_s;
    case Unit::Days:
        return u"days"_s;
    case Unit::Count:
        return u"count"_s;
    case Unit::Date:
        return u"date"_s;
    }
    return {};
}

QString RuleCatalog::displayValue(const Definition &d, const QString &value)
{
    switch (d.unit) {
    case Unit::Percent:
        return tr("%1 %").arg(value);
    case Unit::Money:
        if (const auto m = Money::parse(value, Currency::of(d.currency)))
            return m->format();
        return value;
    case Unit::Hours:
        return tr("%n h", nullptr, value.toInt());
    case Unit::Days:
        return tr("%n day(s)", nullptr, value.toInt());
    case Unit::Count:
        return QLocale().toString(value.toLongLong());
    case Unit::Date:
        return QDate::fromString(value, Qt::ISODate).toString(Qt::ISODate);
    }
    return value;
}

} // namespace sd
