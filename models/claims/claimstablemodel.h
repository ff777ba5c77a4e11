#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace sd {

// Which claims the Claims list shows.
struct ClaimFilter
{
    enum class View { Open, AwaitingReply, State, All };
    View view = View::Open;
    QString state; // View::State: one of ClaimTerms::states()
    qint64 storeId = 0; // 0: every store
    QString text; // part of an order id, buyer, product or the buyer's description

    bool operator==(const ClaimFilter &) const = default;
};

// Damage claims, read a page at a time from SQLite; the oldest change waiting for
// a reply first unless another column is chosen.
class ClaimsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OpenedColumn,
        StoreColumn,
        OrderColumn,
        BuyerColumn,
        ProductColumn,
        QuantityColumn,
        CauseColumn,
        StateColumn,
        ResolutionColumn,
        ReplyColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        AwaitsReplyRole,
    };
    static constexpr int PageSize = 200;

    explicit ClaimsTableModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setFilter(const ClaimFilter &filter);
    ClaimFilter filter() const { return m_filter; }
    void refresh();
    qint64 matchCount() const { return m_total; }
    int rowOf(qint64 claimId) const; // -1 when not loaded
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 openedUtc = 0;
        QString store;
        QString orderId;
        QString buyer;
        QString language;
        QString product;
        int quantity = 0;
        QString cause;
        QString state;
        QString resolution;
        QString currency;
        std::optional<qint64> refundMinor;
        std::optional<qint64> couponMinor;
        bool awaitsReply = false;
        int photos = 0;
    };
    QList<Row> load(int offset) const;
    QString whereSql() const;
    void bindFilter(class QSqlQuery &q) const;

    QSqlDatabase m_db;
    ClaimFilter m_filter;
    int m_sortColumn = -1; // -1: waiting for a reply first, then the oldest change
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<Row> m_rows;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace sd
