#include "orderfilter.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QString dueName(OrderFilter::Due due)
{
    switch (due) {
    case OrderFilter::Due::Any:
        return {};
    case OrderFilter::Due::Overdue:
        return u"overdue"_s;
    case OrderFilter::Due::DueSoon:
        return u"due_soon"_s;
    case OrderFilter::Due::DueToday:
        return u"due_today"_s;
    }
    return {};
}

qint64 startOfLocalDay(const QDate &date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

} // namespace

QVariantMap OrderFilter::toMap() const
{
    return {{u"store"_s, storeId},
            {u"model"_s, model},
            {u"status"_s, status},
            {u"country"_s, country},
            {u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"due"_s, dueName(due)},
            {u"dispute"_s, inDispute},
            {u"review"_s, review == Review::NotToday ? u"not_today"_s
                          : review == Review::Never  ? u"never"_s
                                                     : QString()},
            {u"search"_s, search}};
}

OrderFilter OrderFilter::fromMap(const QVariantMap &map)
{
    OrderFilter f;
    f.storeId = map.value(u"store"_s).toLongLong();
    f.model = map.value(u"model"_s).toString();
    f.status = map.value(u"status"_s).toString();
    f.country = map.value(u"country"_s).toString();
    f.from = QDate::fromString(map.value(u"from"_s).toString(), Qt::ISODate);
    f.to = QDate::fromString(map.value(u"to"_s).toString(), Qt::ISODate);
    const QString due = map.value(u"due"_s).toString();
    for (Due d : {Due::Overdue, Due::DueSoon, Due::DueToday}) {
        if (due == dueName(d))
            f.due = d;
    }
    f.inDispute = map.value(u"dispute"_s).toBool();
    const QString review = map.value(u"review"_s).toString();
    f.review = review == u"not_today"_s ? Review::NotToday
            : review == u"never"_s      ? Review::Never
                                        : Review::Any;
    f.search = map.value(u"search"_s).toString();
    return f;
}

const QStringList &OrderQuery::awaitingShipmentStatuses()
{
    static const QStringList s{u"WAIT_SELLER_SEND_GOODS"_s, u"SELLER_PART_SEND_GOODS"_s};
    return s;
}

QString OrderQuery::awaitingShipmentSql()
{
    // Constant codes, written into the SQL so that the partial index applies.
    return u"o.order_status IN ('"_s + awaitingShipmentStatuses().join(u"', '"_s) + u"')"_s;
}

void OrderQuery::bindAll(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        query.addBindValue(b);
}

QString OrderQuery::matchText(const QString &search)
{
    QString s = search.simplified();
    s.replace(u'"', u"\"\""_s);
    return u'"' + s + u'"';
}

qint64 OrderQuery::searchMatches(const QSqlDatabase &db, const QString &search)
{
    const QString text = search.simplified();
    if (text.size() < 3)
        return -1;
    QSqlQuery q(db);
    // Counting stops past the threshold: only which side of it matters.
    q.prepare(u"SELECT count(*) FROM (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ? LIMIT ?)"_s);
    q.addBindValue(matchText(text));
    q.addBindValue(BroadSearchMatches + 1);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString OrderQuery::where(const OrderFilter &f, qint64 nowUtc, QVariantList *binds,
                          SearchPlan plan)
{
    QStringList terms;
    if (f.storeId > 0) {
        terms.append(u"o.store_id = ?"_s);
        binds->append(f.storeId);
    }
    if (!f.model.isEmpty()) {
        terms.append(u"o.fulfillment_model = ?"_s);
        binds->append(f.model);
    }
    if (!f.status.isEmpty()) {
        terms.append(u"o.order_status = ?"_s);
        binds->append(f.status);
    }
    if (!f.country.isEmpty()) {
        terms.append(u"o.country = ?"_s);
        binds->append(f.country);
    }
    if (f.from.isValid()) {
        terms.append(u"o.created_utc >= ?"_s);
        binds->append(startOfLocalDay(f.from));
    }
    if (f.to.isValid()) {
        terms.append(u"o.created_utc < ?"_s);
        binds->append(startOfLocalDay(f.to.addDays(1)));
    }
    if (f.due != OrderFilter::Due::Any) {
        // The same terms as the partial index orders_handover_due, so that it is used.
        terms.append(u"o.handover_due_utc IS NOT NULL AND o.shipped_utc IS NULL AND "_s
                     + awaitingShipmentSql());
        switch (f.due) {
        case OrderFilter::Due::Overdue:
            terms.append(u"o.handover_due_utc < ?"_s);
            binds->append(nowUtc);
            break;
        case OrderFilter::Due::DueSoon:
            terms.append(u"o.handover_due_utc >= ? AND o.handover_due_utc < ?"_s);
            binds->append(nowUtc);
            binds->append(nowUtc + DueSoonSeconds);
            break;
        case OrderFilter::Due::DueToday: {
            const QDate today = QDateTime::fromSecsSinceEpoch(nowUtc).toLocalTime().date();
            terms.append(u"o.handover_due_utc >= ? AND o.handover_due_utc < ?"_s);
            binds->append(nowUtc);
            binds->append(startOfLocalDay(today.addDays(1)));
            break;
        }
        case OrderFilter::Due::Any:
            break;
        }
    }
    if (f.inDispute)
        terms.append(u"o.order_status = 'IN_ISSUE'"_s);
    if (f.review == OrderFilter::Review::Never)
        terms.append(u"o.reviewed_on IS NULL"_s);
    if (f.review == OrderFilter::Review::NotToday) {
        const QDate today = QDateTime::fromSecsSinceEpoch(nowUtc).toLocalTime().date();
        terms.append(u"(o.reviewed_on IS NULL OR o.reviewed_on < ?)"_s);
        binds->append(today.toString(Qt::ISODate));
    }
    const QString search = f.search.simplified();
    if (search.size() >= 3) {
        // "+o.id" keeps the planner from driving the query from the matches, so that it
        // walks the sort order's index and stops after a page.
        terms.append(plan == SearchPlan::FromSortOrder
                             ? u"+o.id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"_s
                             : u"o.id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"_s);
        binds->append(matchText(search));
    } else if (!search.isEmpty()) {
        // Trigram search needs three characters; shorter text matches id and buyer prefixes.
        terms.append(u"(o.order_id LIKE ? ESCAPE '\\' OR o.buyer_name LIKE ? ESCAPE '\\')"_s);
        QString like = search;
        like.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        binds->append(QString(like + u'%'));
        binds->append(QString(like + u'%'));
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QString OrderQuery::sortColumn(OrderSort::Key key)
{
    switch (key) {
    case OrderSort::Key::Created:
        return u"o.created_utc"_s;
    case OrderSort::Key::Paid:
        return u"o.paid_utc"_s;
    case OrderSort::Key::Due:
        return u"o.handover_due_utc"_s;
    case OrderSort::Key::Total:
        return u"o.order_total_minor"_s;
    case OrderSort::Key::OrderId:
        return u"o.order_id"_s;
    }
    return u"o.created_utc"_s;
}

QString OrderQuery::orderBy(const OrderSort &sort, bool reversed)
{
    const bool desc = sort.descending != reversed;
    const QString dir = desc ? u" DESC"_s : u" ASC"_s;
    return u" ORDER BY "_s + sortColumn(sort.key) + dir + u", o.id"_s + dir;
}

} // namespace sd
