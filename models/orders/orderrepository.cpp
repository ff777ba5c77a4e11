#include "orderrepository.h"

#include "store/auditlog.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

std::optional<OrderDetail> OrderRepository::detail(qint64 ref) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT o.id, o.store_id, s.name, o.order_id, o.fulfillment_model, o.order_status, "
              "o.logistics_status, o.buyer_name, o.buyer_login, o.country, o.currency, "
              "o.product_total_minor, o.shipping_minor, o.discount_minor, o.order_total_minor, "
              "o.commission_rate_ppm, o.commission_minor, o.created_utc, o.paid_utc, o.shipped_utc, "
              "o.received_utc, o.handover_due_utc, o.carrier, o.tracking_no, o.staff_note, "
              "o.reviewed_on FROM orders o JOIN stores s ON s.id = o.store_id WHERE o.id = ?"_s);
    q.addBindValue(ref);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OrderDetail d;
    d.ref = q.value(0).toLongLong();
    d.storeId = q.value(1).toLongLong();
    d.storeName = q.value(2).toString();
    d.orderId = q.value(3).toString();
    d.model = q.value(4).toString();
    d.status = q.value(5).toString();
    d.logisticsStatus = q.value(6).toString();
    d.buyerName = q.value(7).toString();
    d.buyerLogin = q.value(8).toString();
    d.country = q.value(9).toString();
    d.currency = q.value(10).toString();
    d.productTotal = q.value(11).toLongLong();
    d.shipping = q.value(12).toLongLong();
    d.discount = q.value(13).toLongLong();
    d.orderTotal = q.value(14).toLongLong();
    d.commissionRatePpm = optionalInt(q.value(15));
    d.commission = optionalInt(q.value(16));
    d.createdUtc = optionalInt(q.value(17));
    d.paidUtc = optionalInt(q.value(18));
    d.shippedUtc = optionalInt(q.value(19));
    d.receivedUtc = optionalInt(q.value(20));
    d.handoverDueUtc = optionalInt(q.value(21));
    d.carrier = q.value(22).toString();
    d.trackingNo = q.value(23).toString();
    d.staffNote = q.value(24).toString();
    d.reviewedOn = q.value(25).toString();

    QSqlQuery items(m_db);
    items.prepare(u"SELECT child_id, product_id, sku_code, product_name, quantity, unit_price_minor, "
                  "refund_minor, item_status FROM order_items WHERE order_ref = ? ORDER BY id"_s);
    items.addBindValue(ref);
    if (items.exec()) {
        while (items.next()) {
            d.items.append(OrderItem{items.value(0).toString(), items.value(1).toString(),
                                     items.value(2).toString(), items.value(3).toString(),
                                     items.value(4).toLongLong(), items.value(5).toLongLong(),
                                     items.value(6).toLongLong(), items.value(7).toString()});
        }
    }
    QSqlQuery history(m_db);
    history.prepare(u"SELECT at_utc, field, COALESCE(old_value, ''), new_value, source "
                    "FROM order_status_history WHERE order_ref = ? ORDER BY at_utc, id"_s);
    history.addBindValue(ref);
    if (history.exec()) {
        while (history.next()) {
            d.history.append(OrderStatusChange{history.value(0).toLongLong(),
                                               history.value(1).toString(),
                                               history.value(2).toString(),
                                               history.value(3).toString(),
                                               history.value(4).toString()});
        }
    }
    return d;
}

std::optional<qint64> OrderRepository::refFor(qint64 storeId, const QString &orderId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM orders WHERE store_id = ? AND order_id = ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool OrderRepository::setStaffNote(qint64 ref, const QString &note, QString *error)
{
    const auto current = detail(ref);
    if (!current) {
        *error = tr("the order no longer exists");
        return false;
    }
    if (current->staffNote == note)
        return true;
    if (note.size() > 4000) {
        *error = tr("the note is %1 characters long; keep it under 4000").arg(note.size());
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE orders SET staff_note = ? WHERE id = ?"_s);
    q.addBindValue(note);
    q.addBindValue(ref);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_db).record(u"order"_s, current->orderId, u"edit"_s, u"staff_note"_s,
                               current->staffNote, note, current->storeId, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

qint64 OrderRepository::markReviewed(const QList<qint64> &refs, const QDate &day, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return -1;
    }
    const QString date = day.toString(Qt::ISODate);
    QSqlQuery read(m_db);
    read.prepare(u"SELECT order_id, store_id, reviewed_on FROM orders WHERE id = ?"_s);
    QSqlQuery write(m_db);
    write.prepare(u"UPDATE orders SET reviewed_on = ? WHERE id = ?"_s);
    AuditLog audit(m_db);
    qint64 changed = 0;
    for (qint64 ref : refs) {
        read.addBindValue(ref);
        if (!read.exec()) {
            *error = read.lastError().text();
            return -1;
        }
        if (!read.next())
            continue;
        const QString orderId = read.value(0).toString();
        const qint64 storeId = read.value(1).toLongLong();
        const QVariant old = read.value(2);
        read.finish();
        if (old.toString() == date)
            continue;
        write.addBindValue(date);
        write.addBindValue(ref);
        if (!write.exec()) {
            *error = write.lastError().text();
            return -1;
        }
        if (!audit.record(u"order"_s, orderId, u"review"_s, u"reviewed_on"_s, old, date, storeId,
                          error))
            return -1;
        ++changed;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return -1;
    }
    return changed;
}

QString OrderRepository::searchRowsSql()
{
    return u"INSERT INTO orders_fts (rowid, order_id, buyer, products, tracking) "
           "SELECT o.id, o.order_id, o.buyer_name || ' ' || o.buyer_login, "
           "(SELECT group_concat(i.product_name || ' ' || i.product_id || ' ' || i.sku_code, ' ') "
           "FROM order_items i WHERE i.order_ref = o.id), o.tracking_no FROM orders o"_s;
}

bool OrderRepository::rebuildSearch(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM orders_fts"_s) || !q.exec(searchRowsSql())) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList OrderRepository::countries(qint64 storeId) const
{
    // Hops from one country to the next through orders_store_country / orders_country:
    // one index look-up per country instead of reading every order.
    const QString scope = storeId > 0 ? u"store_id = :store AND "_s : QString();
    QSqlQuery q(m_db);
    q.prepare(u"WITH RECURSIVE c(country) AS ("
              "  SELECT (SELECT min(country) FROM orders WHERE "_s + scope + u"country > '')"
              "  UNION ALL"
              "  SELECT (SELECT min(country) FROM orders WHERE "_s + scope + u"country > c.country)"
              "  FROM c WHERE c.country IS NOT NULL) "
              "SELECT country FROM c WHERE country IS NOT NULL"_s);
    if (storeId > 0)
        q.bindValue(u":store"_s, storeId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

OrderRepository::DueLists OrderRepository::due(qint64 nowUtc, qint64 storeId) const
{
    DueLists lists;
    for (const auto due : {OrderFilter::Due::Overdue, OrderFilter::Due::DueSoon}) {
        OrderFilter f;
        f.storeId = storeId;
        f.due = due;
        QVariantList binds;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT o.order_id FROM orders o"_s + OrderQuery::where(f, nowUtc, &binds)
                  + u" ORDER BY o.handover_due_utc, o.id"_s);
        OrderQuery::bindAll(q, binds);
        if (!q.exec())
            continue;
        QStringList &out = due == OrderFilter::Due::Overdue ? lists.overdue : lists.dueSoon;
        while (q.next())
            out.append(q.value(0).toString());
    }
    return lists;
}

} // namespace sd
