#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace sd {

// Which cases the Disputes & Chargebacks list shows.
struct CaseFilter
{
    enum class Type { All, Disputes, Chargebacks };
    enum class State { Open, Closed, All };
    enum class Due { Any, Overdue, Today, Within24h };

    Type type = Type::All;
    State state = State::Open;
    Due due = Due::Any;
    qint64 storeId = 0; // 0: every store
    QString text; // part of a case id, order id, buyer or reason

    bool operator==(const CaseFilter &) const = default;
};

// Disputes and chargebacks in one list, read a page at a time, sorted by the nearest
// deadline (the one that needs action first) unless another column is chosen:
//  - a dispute in progress: the seller's response deadline or the moment the
//    platform steps in, whichever comes first;
//  - a chargeback without a defence submitted: the defence deadline.
class CasesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        TypeColumn,
        CaseColumn,
        StoreColumn,
        OrderColumn,
        ReasonColumn,
        StatusColumn,
        AmountColumn,
        OpenedColumn,
        ColumnCount
    };
    enum Role {
        RefRole = Qt::UserRole + 1, // disputes.id or chargebacks.id
        TypeRole, // "dispute" or "chargeback"
        DueStateRole, // "overdue", "due_soon", "pending" or ""
        DueRole, // the deadline, seconds UTC, or null
    };
    static constexpr int PageSize = 200;

    explicit CasesTableModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    void refresh();
    // Repaints the countdowns for a new `now` without re-querying.
    void tick(const QDateTime &now);

    qint64 matchCount() const { return m_total; }
    int rowOf(const QString &type, qint64 ref) const; // -1 when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString lastError() const { return m_error; }

    // The union of both kinds as one relation, for the list and the CLI/Today queries.
    static QString casesSql();

private:
    struct Row
    {
        QString type;
        qint64 ref = 0;
        QString storeName;
        QString caseId;
        QString orderId;
        QString buyer;
        QString reason;
        QString status;
        QString outcome;
        bool escalated = false;
        QString currency;
        qint64 amount = 0;
        QVariant due;
        QString dueKind; // response, platform, defence
        qint64 opened = 0;
    };
    QString where(QVariantList *binds) const;
    QString orderBy() const;
    bool load(int offset, QList<Row> *rows);
    QString dueState(const Row &r) const;
    QString statusText(const Row &r) const;

    QSqlDatabase m_db;
    CaseFilter m_filter;
    QDateTime m_now;
    bool m_fixedNow = false;
    int m_sortColumn = DueColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Row> m_rows;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace sd
