#pragma once

#include "storerepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace sd {

// The workspace's stores, for the Stores page and the store picker.
class StoresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoresModel)
public:
    enum Column { NameColumn, AccountColumn, CurrencyColumn, TimeZoneColumn, OrdersColumn,
                  JitHandoverColumn, StatusColumn, ColumnCount };
    enum Role { StoreIdRole = Qt::UserRole + 1, ArchivedRole };

    explicit StoresModel(const QSqlDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Store storeAt(int row) const { return m_stores.at(row); }
    int rowOf(qint64 storeId) const;

public Q_SLOTS:
    void reload();

private:
    QSqlDatabase m_db;
    QList<Store> m_stores;
    QHash<qint64, qint64> m_orderCounts;
};

} // namespace sd
