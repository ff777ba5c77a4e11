#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace sd {

// What the Orders page, the exports and the CLI select. Turned into SQL with bound
// values over indexed columns; kept in the settings as a map.
struct OrderFilter
{
    enum class Due { Any, Overdue, DueSoon, DueToday };
    enum class Review { Any, NotToday, Never };

    qint64 storeId = 0; // 0: all stores
    QString model; // fulfillment model code, empty: any
    QString status; // order status code, empty: any
    QString country; // empty: any
    QDate from; // order date (local), inclusive; invalid: open
    QDate to; // inclusive
    Due due = Due::Any;
    bool inDispute = false;
    Review review = Review::Any; // not reviewed today, or never
    QString search; // order id, buyer, product, tracking number

    bool isDefault() const { return *this == OrderFilter(); }
    QVariantMap toMap() const;
    static OrderFilter fromMap(const QVariantMap &map);
    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

struct OrderSort
{
    enum class Key { Created, Paid, Due, Total, OrderId };
    Key key = Key::Created;
    bool descending = true;
};

// SQL over `orders o`. `now` is the instant due states are measured from; `today`
// the local day for "due today" and "reviewed today".
class OrderQuery final
{
public:
    static constexpr qint64 DueSoonSeconds = 12 * 3600;

    // " WHERE ..." (or empty) with its values appended to *binds.
    static QString where(const OrderFilter &filter, qint64 nowUtc, QVariantList *binds);
    // The indexed column a sort key orders by.
    static QString sortColumn(OrderSort::Key key);
    // " ORDER BY ..."; reversed for reading pages from the far end.
    static QString orderBy(const OrderSort &sort, bool reversed = false);
    // The statuses in which an order still waits to be handed over.
    static const QStringList &awaitingShipmentStatuses();
    static QString awaitingShipmentSql(); // "o.order_status IN (...)"
    // Binds the values where() collected, in order.
    static void bindAll(QSqlQuery &query, const QVariantList &binds);
    // FTS5 query text for a search: one phrase, quotes doubled.
    static QString matchText(const QString &search);
};

} // namespace sd
