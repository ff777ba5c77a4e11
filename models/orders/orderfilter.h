#pragma once

#include <QDate>
#include <QSqlDatabase>
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
    // A search matching more orders than this reads pages in sort order and tests each
    // order against the matches; a narrower one reads its matches and sorts them.
    static constexpr qint64 BroadSearchMatches = 20'000;

    enum class SearchPlan { FromMatches, FromSortOrder };

    // " WHERE ..." (or empty) with its values appended to *binds.
    static QString where(const OrderFilter &filter, qint64 nowUtc, QVariantList *binds,
                         SearchPlan plan = SearchPlan::FromMatches);
    // How many orders the full-text index matches for a search (any store), counted up to
    // BroadSearchMatches + 1; -1 when the search is empty or too short for the index.
    static qint64 searchMatches(const QSqlDatabase &db, const QString &search);
    static SearchPlan planFor(qint64 searchMatches)
    {
        return searchMatches > BroadSearchMatches ? SearchPlan::FromSortOrder
                                                  : SearchPlan::FromMatches;
    }
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
