#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

struct LedgerFilter
{
    enum class View { All, AppealQueue };
    View view = View::All;
    qint64 storeId = 0; // 0: every store
    std::optional<qint64> fromUtc; // inclusive
    std::optional<qint64> toUtc; // exclusive
    QString kind; // '', payout, deduction
    QString text; // part of the entry id, reason or order id
};

// Alipay ledger entries, newest first, read a page at a time. The appeal queue holds
// the deductions marked unfair whose appeal is not filed or not decided yet, the
// nearest appeal deadline first.
class LedgerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, StoreColumn, EntryColumn, KindColumn, AmountColumn, ReasonColumn,
                  LinkColumn, AppealColumn, ColumnCount };
    enum Role { RefRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    explicit LedgerTableModel(const QSqlDatabase &db, QObject *parent = nullptr);
    void setFilter(const LedgerFilter &filter);
    LedgerFilter filter() const { return m_filter; }
    void refresh();
    qint64 matchCount() const { return m_total; }
    int rowOf(qint64 ref) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 ref = 0;
        qint64 atUtc = 0;
        QString storeName;
        QString entryId;
        QString kind;
        QString currency;
        qint64 amount = 0;
        QString reason;
        QString orderId;
        QString issueId;
        QString chargebackId;
        bool unfair = false;
        QVariant appealDue;
        QString appealStatus;
        QVariant recovered;
    };
    QString where(QVariantList *binds) const;
    bool load(int offset, QList<Row> *rows);
    QString appealText(const Row &r) const;

    QSqlDatabase m_db;
    LedgerFilter m_filter;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace sd
