#include "orderexporter.h"

#include "money/currency.h"
#include "money/rate.h"
#include "orders/ordercolumns.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

OrderExporter::Result OrderExporter::run(const QString &path, TableWriter::Format format,
                                         const OrderFilter &filter, const OrderSort &sort,
                                         qint64 nowUtc, const std::atomic_bool *cancel,
                                         const std::function<void(qint64, qint64)> &progress)
{
    using F = OrderField;
    Result result;
    const QList<F> fields{F::Store, F::OrderId, F::ChildId, F::Model, F::Status,
                          F::LogisticsStatus, F::BuyerName, F::BuyerLogin, F::Country,
                          F::Currency, F::ProductTotal, F::Shipping, F::Discount, F::OrderTotal,
                          F::CommissionRate, F::Commission, F::AffiliateRate, F::Created, F::Paid,
                          F::Shipped, F::Received, F::Carrier, F::Tracking, F::ProductId,
                          F::SkuCode, F::ProductName, F::Quantity, F::UnitPrice, F::ItemStatus,
                          F::SendGoodsOperator, F::Refund, F::StaffNote, F::ReviewedOn};
    QStringList header;
    for (F f : fields)
        header.append(OrderColumns::code(f));

    QVariantList binds;
    const QString where = OrderQuery::where(filter, nowUtc, &binds);
    qint64 total = 0;
    {
        QSqlQuery count(m_db);
        count.prepare(u"SELECT count(*) FROM orders o"_s + where);
        OrderQuery::bindAll(count, binds);
        if (!count.exec() || !count.next()) {
            result.error = count.lastError().text();
            return result;
        }
        total = count.value(0).toLongLong();
    }

    auto writer = TableWriter::create(format, path, tr("Orders"));
    if (!writer->open(header, &result.error))
        return result;

    // Orders in the page's order, each with its line items.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.name, o.order_id, i.child_id, o.fulfillment_model, o.order_status, "
              "o.logistics_status, o.buyer_name, o.buyer_login, o.country, o.currency, "
              "o.product_total_minor, o.shipping_minor, o.discount_minor, o.order_total_minor, "
              "o.commission_rate_ppm, o.commission_minor, o.affiliate_rate_ppm, o.created_utc, "
              "o.paid_utc, o.shipped_utc, o.received_utc, o.carrier, o.tracking_no, i.product_id, "
              "i.sku_code, i.product_name, i.quantity, i.unit_price_minor, i.item_status, "
              "i.send_goods_operator, i.refund_minor, o.staff_note, o.reviewed_on, o.id "
              "FROM orders o JOIN stores s ON s.id = o.store_id "
              "LEFT JOIN order_items i ON i.order_ref = o.id"_s
              + where + u" ORDER BY "_s + OrderQuery::sortColumn(sort.key)
              + (sort.descending ? u" DESC"_s : u" ASC"_s)
              // Ties in the order of their content, so that a workspace rebuilt from this
              // file exports the same bytes.
              + u", s.name, o.order_id, i.id"_s);
    OrderQuery::bindAll(q, binds);
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    QHash<QString, int> digits;
    qint64 lastOrder = -1;
    QList<Cell> cells;
    while (q.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result; // the writer is dropped: no file
        }
        const QString code = q.value(9).toString();
        auto d = digits.constFind(code);
        if (d == digits.cend()) {
            const auto c = Currency::fromCode(code);
            d = digits.insert(code, c ? c->minorDigits() : 2);
        }
        auto money = [&](int i) {
            return q.value(i).isNull() ? Cell::empty() : Cell::ofDecimal(q.value(i).toLongLong(), *d);
        };
        auto text = [&](int i) { return Cell::ofText(q.value(i).toString()); };
        auto rate = [&](int i) {
            return q.value(i).isNull()
                    ? Cell::empty()
                    : Cell::ofText(Rate::fromMillionths(q.value(i).toLongLong()).toPercentText()
                                   + u'%');
        };
        auto time = [&](int i) {
            return q.value(i).isNull() ? Cell::empty()
                                       : Cell::ofDateTime(utc::fromStore(q.value(i).toLongLong()));
        };
        const bool hasItem = !q.value(2).isNull();
        auto item = [&](const Cell &c) { return hasItem ? c : Cell::empty(); };
        cells = {text(0), text(1), item(text(2)), text(3), text(4), text(5), text(6), text(7),
                 text(8), text(9), money(10), money(11), money(12), money(13), rate(14),
                 money(15), rate(16), time(17), time(18), time(19), time(20), text(21), text(22),
                 item(text(23)), item(text(24)), item(text(25)),
                 item(Cell::ofInteger(q.value(26).toLongLong())), item(money(27)), item(text(28)),
                 item(text(29)), item(money(30)), text(31), text(32)};
        if (!writer->writeRow(cells, &result.error))
            return result;
        ++result.rows;
        const qint64 ref = q.value(33).toLongLong();
        if (ref != lastOrder) {
            lastOrder = ref;
            ++result.orders;
            if (progress && (result.orders & 1023) == 0)
                progress(result.orders, total);
        }
    }
    if (!writer->commit(&result.error))
        return result;
    if (progress)
        progress(total, total);
    return result;
}

} // namespace sd
