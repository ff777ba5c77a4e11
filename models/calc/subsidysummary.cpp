#include "subsidysummary.h"

#include "orders/orderterms.h"
#include "orders/productkey.h"
#include "rules/rulerepository.h"
#include "rules/ruleset.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

std::optional<SubsidyMonth> SubsidySummary::month(qint64 storeId, const QDate &monthDay, Detail detail) const
{
    const auto store = StoreRepository(m_db).byId(storeId);
    if (!store)
        return std::nullopt;
    const QDate first(monthDay.year(), monthDay.month(), 1);
    const QTimeZone zone = StoreRepository(m_db).zoneOf(storeId);
    const qint64 from = utc::toStore(first.startOfDay(zone));
    const qint64 to = utc::toStore(first.addMonths(1).startOfDay(zone));
    // The rules in force at the end of the month.
    const RuleSet rules(RuleRepository(m_db).inForce(first.addMonths(1).addDays(-1)));

    SubsidyMonth m;
    m.month = first;
    m.currency = Currency::of(store->currency);
    const Money zero = Money::zero(m.currency);
    m.commissionCharged = m.commissionSaved = m.feesWaived = m.advanceEligible = m.leftOnTable = zero;
    const qint64 defaultPpm = rules.rate(u"commission.default_category_rate"_s).value_or(Rate()).millionths();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Half-up per order: (total × ppm + 500000) / 1000000 for non-negative totals.
    q.prepare(u"SELECT o.fulfillment_model, count(*), "
              "sum(o.units), "
              "sum(o.product_total_minor), sum(COALESCE(o.commission_minor, 0)), "
              "sum((max(o.product_total_minor, 0) * COALESCE(o.commission_rate_ppm, :ppm) + 500000) / 1000000) "
              "FROM orders o WHERE o.store_id = :store AND o.paid_utc >= :from AND o.paid_utc < :to "
              "AND o.currency = :currency GROUP BY o.fulfillment_model"_s);
    q.bindValue(u":ppm"_s, defaultPpm);
    q.bindValue(u":store"_s, storeId);
    q.bindValue(u":from"_s, from);
    q.bindValue(u":to"_s, to);
    q.bindValue(u":currency"_s, m.currency.code());
    QHash<QString, SubsidyMonth::Model> byModel;
    if (q.exec()) {
        while (q.next()) {
            SubsidyMonth::Model row;
            row.model = q.value(0).toString();
            row.orders = q.value(1).toLongLong();
            row.units = q.value(2).toLongLong();
            row.gross = Money(q.value(3).toLongLong(), m.currency);
            row.commissionCharged = Money(q.value(4).toLongLong(), m.currency);
            row.commissionIfPop = Money(q.value(5).toLongLong(), m.currency);
            byModel.insert(row.model, row);
        }
    }
    for (const QString &model : OrderTerms::modelCodes()) {
        if (byModel.contains(model))
            m.models.append(byModel.value(model));
    }
    for (const SubsidyMonth::Model &row : std::as_const(m.models)) {
        m.commissionCharged += row.commissionCharged;
        if (row.model == u"semi_warehouse"_s || row.model == u"semi_jit"_s)
            m.commissionSaved += row.commissionIfPop - row.commissionCharged;
    }
    const SubsidyMonth::Model warehoused = byModel.value(u"semi_warehouse"_s);
    if (warehoused.orders > 0) {
        const std::pair<const char16_t *, const char16_t *> fees[] = {
                {u"semi_warehouse.pickup_fee", u"semi_warehouse.pickup_fee_waiver"},
                {u"semi_warehouse.operation_fee", u"semi_warehouse.operation_fee_waiver"},
                {u"semi_warehouse.rent_fee", u"semi_warehouse.rent_waiver"}};
        for (const auto &[feeKey, waiverKey] : fees) {
            const auto fee = rules.money(QString::fromUtf16(feeKey));
            const auto waiver = rules.rate(QString::fromUtf16(waiverKey));
            if (fee && waiver && fee->currency() == m.currency)
                m.feesWaived += fee->times(warehoused.units).applied(*waiver, Rounding::HalfUp);
        }
        if (const auto share = rules.rate(u"semi_warehouse.advance_payment_share"_s))
            m.advanceEligible = (warehoused.gross - warehoused.commissionCharged).applied(*share, Rounding::HalfUp);
    }
    const SubsidyMonth::Model pop = byModel.value(u"pop"_s);
    const Rate waiver = rules.rate(u"semi_warehouse.commission_waiver"_s).value_or(Rate());
    if (pop.orders > 0)
        m.leftOnTable = pop.commissionCharged.isValid() ? pop.commissionCharged.applied(waiver, Rounding::HalfUp) : zero;
    if (pop.orders > 0 && detail == Detail::WithProducts) {
        // Seller-center rows carry no product ID: they are told apart by SKU code or name.
        q.prepare(u"SELECT "_s + ProductKey::valueSql()
                  + u", max(i.product_name), sum(i.quantity), "
                    "sum(CASE WHEN o.product_total_minor > 0 THEN COALESCE(o.commission_minor, 0) * "
                    "  (i.unit_price_minor * i.quantity) / o.product_total_minor ELSE 0 END), "_s
                  + ProductKey::kindSql()
                  + u" FROM orders o JOIN order_items i ON i.order_ref = o.id "
                    "WHERE o.store_id = :store AND o.paid_utc >= :from AND o.paid_utc < :to "
                    "AND o.currency = :currency AND o.fulfillment_model = 'pop' AND "_s
                  + ProductKey::namedSql() + u" GROUP BY 5, 1 ORDER BY 4 DESC, 5, 1 LIMIT 5"_s);
        q.bindValue(u":store"_s, storeId);
        q.bindValue(u":from"_s, from);
        q.bindValue(u":to"_s, to);
        q.bindValue(u":currency"_s, m.currency.code());
        if (q.exec()) {
            while (q.next())
                m.leftProducts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                       Money(q.value(3).toLongLong(), m.currency).applied(waiver, Rounding::HalfUp)});
        }
    }
    q.prepare(u"SELECT count(*) FROM orders WHERE store_id = ? AND paid_utc >= ? AND paid_utc < ? AND currency <> ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(m.currency.code());
    if (q.exec() && q.next())
        m.otherCurrencyOrders = q.value(0).toLongLong();
    return m;
}

QList<SubsidyMonth> SubsidySummary::months(qint64 storeId, const QDate &last, int count) const
{
    QList<SubsidyMonth> out;
    const QDate first(last.year(), last.month(), 1);
    for (int i = count - 1; i >= 0; --i) {
        if (const auto m = month(storeId, first.addMonths(-i)))
            out.append(*m);
    }
    return out;
}

} // namespace sd
