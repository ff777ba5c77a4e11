#pragma once

#include "orders/orderfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace sd {

// The orders matching a filter, read from SQLite a window (page) at a time: never
// the whole table. Sorting and filtering happen in SQL. After a reset only the first
// page is exposed; fetchMore() counts the matches and exposes them all, so a view
// paints at once and gets its full scroll range right after.
class OrdersTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OrderIdColumn,
        HandoverColumn,
        StatusColumn,
        ModelColumn,
        StoreColumn,
        BuyerColumn,
        CountryColumn,
        TotalColumn,
        CreatedColumn,
        PaidColumn,
        ReviewedColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        OrderRefRole = Qt::UserRole + 1, // orders.id
        DueStateRole, // "overdue", "due_soon", "pending", "done", "late" or ""
    };
    static constexpr int PageSize = 200;

    explicit OrdersTableModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const { return m_filter; }
    // The instant countdowns and due filters are measured from (default: now).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    void refresh(); // re-read after edits or imports; keeps filter and sort
    // Repaints the countdown column for a new `now` without re-querying.
    void tick(const QDateTime &now);

    // Rows known to match (after fetchMore: all of them).
    qint64 matchCount() const { return m_total; }
    bool isCounted() const { return m_counted; }
    qint64 orderRef(int row) const;
    OrderSort orderSort() const { return m_sort; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static bool isSortable(int column);
    QString lastError() const { return m_error; }

private:
    struct Row
    {
        qint64 ref = 0;
        QString orderId;
        qint64 storeId = 0;
        QString model;
        QString status;
        QString buyer;
        QString country;
        QString currency;
        qint64 total = 0;
        qint64 created = 0;
        QVariant paid;
        QVariant shipped;
        QVariant due;
        QString reviewedOn;
        QString note;
    };

    void reset(bool keepCount);
    void reload();
    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    QString dueState(const Row &r) const;

    QSqlDatabase m_db;
    OrderFilter m_filter;
    OrderSort m_sort;
    OrderQuery::SearchPlan m_searchPlan = OrderQuery::SearchPlan::FromMatches;
    QDateTime m_now;
    bool m_nowFixed = false;
    int m_exposed = 0;
    qint64 m_total = 0;
    bool m_counted = false;
    bool m_resetting = false;
    QHash<qint64, QString> m_storeNames;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageAge; // least recently used first
    mutable QString m_error;
};

} // namespace sd
