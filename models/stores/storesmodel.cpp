#include "storesmodel.h"

#include <QLocale>

namespace sd {

StoresModel::StoresModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void StoresModel::reload()
{
    beginResetModel();
    StoreRepository repo(m_db);
    m_stores = repo.all(true);
    m_orderCounts = repo.orderCounts();
    endResetModel();
}

int StoresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stores.size());
}

int StoresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int StoresModel::rowOf(qint64 storeId) const
{
    for (int i = 0; i < m_stores.size(); ++i) {
        if (m_stores[i].id == storeId)
            return i;
    }
    return -1;
}

QVariant StoresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store &s = m_stores.at(index.row());
    switch (role) {
    case StoreIdRole:
        return s.id;
    case ArchivedRole:
        return s.archived;
    case Qt::TextAlignmentRole:
        if (index.column() == OrdersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case AccountColumn:
            return s.accountId;
        case CurrencyColumn:
            return s.currency;
        case TimeZoneColumn:
            return s.timeZone;
        case OrdersColumn:
            return QLocale().toString(m_orderCounts.value(s.id));
        case JitHandoverColumn:
            return s.jitSelfDelivery ? tr("Self-delivery to warehouse") : tr("Cainiao pickup");
        case StatusColumn:
            return s.archived ? tr("Archived") : tr("Active");
        }
        return {};
    default:
        return {};
    }
}

QVariant StoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Store");
    case AccountColumn:
        return tr("Account id");
    case CurrencyColumn:
        return tr("Currency");
    case TimeZoneColumn:
        return tr("Time zone");
    case OrdersColumn:
        return tr("Orders");
    case JitHandoverColumn:
        return tr("JIT handover");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace sd
