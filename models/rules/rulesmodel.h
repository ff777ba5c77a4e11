#pragma once

#include "rulerepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace sd {

// One row per rule key with the value in force on a chosen date.
class RulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesModel)
public:
    enum Column { TitleColumn, ValueColumn, EffectiveColumn, SourceColumn, KeyColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit RulesModel(const QSqlDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;

public Q_SLOTS:
    void reload();

private:
    QSqlDatabase m_db;
    QDate m_asOf;
    QList<std::optional<RuleValue>> m_values; // parallel to RuleCatalog::all()
};

// Every dated value of one rule, newest effective date first.
class RuleHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleHistoryModel)
public:
    enum Column { EffectiveColumn, ValueColumn, SourceColumn, EnteredColumn, ByColumn,
                  ColumnCount };

    explicit RuleHistoryModel(const QSqlDatabase &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString key() const { return m_key; }
    void setKey(const QString &key);
    // The row in force on date, or -1.
    int rowInForce(const QDate &date) const;

public Q_SLOTS:
    void reload();

private:
    QSqlDatabase m_db;
    QString m_key;
    QList<RuleValue> m_rows;
};

} // namespace sd
