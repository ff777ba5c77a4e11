#include "rulesmodel.h"

#include "time/utctime.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace sd {

RulesModel::RulesModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_asOf(QDate::currentDate())
{
    reload();
}

void RulesModel::setAsOf(const QDate &date)
{
    if (date == m_asOf || !date.isValid())
        return;
    m_asOf = date;
    reload();
}

void RulesModel::reload()
{
    beginResetModel();
    m_values.clear();
    RuleRepository repo(m_db);
    for (const auto &def : RuleCatalog::all())
        m_values << repo.valueAt(def.key, m_asOf);
    endResetModel();
}

QString RulesModel::keyAt(int row) const
{
    return row >= 0 && row < RuleCatalog::all().size() ? RuleCatalog::all().at(row).key
                                                       : QString();
}

int RulesModel::rowOfKey(const QString &key) const
{
    const auto &defs = RuleCatalog::all();
    for (int i = 0; i < defs.size(); ++i) {
        if (defs[i].key == key)
            return i;
    }
    return -1;
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &def = RuleCatalog::all().at(index.row());
    const auto &value = m_values.at(index.row());
    if (role == KeyRole)
        return def.key;
    if (role == Qt::ToolTipRole) {
        return value ? RuleCatalog::description(def) + u"\n"_s + tr("Source: %1").arg(value->source)
                     : RuleCatalog::description(def);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return RuleCatalog::title(def);
    case ValueColumn:
        return value ? RuleCatalog::displayValue(def, value->value) : tr("not in force yet");
    case EffectiveColumn:
        return value ? value->effectiveFrom.toString(Qt::ISODate) : QString();
    case SourceColumn:
        return value ? value->source : QString();
    case KeyColumn:
        return def.key;
    }
    return {};
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Rule");
    case ValueColumn:
        return tr("Value");
    case EffectiveColumn:
        return tr("In force since");
    case SourceColumn:
        return tr("Source");
    case KeyColumn:
        return tr("Key");
    }
    return {};
}

RuleHistoryModel::RuleHistoryModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void RuleHistoryModel::setKey(const QString &key)
{
    m_key = key;
    reload();
}

void RuleHistoryModel::reload()
{
    beginResetModel();
    m_rows = m_key.isEmpty() ? QList<RuleValue>() : RuleRepository(m_db).history(m_key);
    endResetModel();
}

int RuleHistoryModel::rowInForce(const QDate &date) const
{
    // m_rows is ordered newest effective date (then newest entry) first.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].effectiveFrom <= date)
            return i;
    }
    return -1;
}

int RuleHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleValue &r = m_rows.at(index.row());
    if (role == Qt::FontRole) {
        if (index.row() != rowInForce(QDate::currentDate()))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return r.source;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString by = r.origin == u"default"_s ? tr("SellerDesk default") : r.createdBy;
    if (role == Qt::ToolTipRole) {
        return index.column() == EnteredColumn || index.column() == ByColumn
                ? tr("Entered %1 by %2").arg(utc::displayLocal(r.createdUtc), by)
                : QVariant();
    }
    const auto *def = RuleCatalog::find(r.key);
    switch (index.column()) {
    case EffectiveColumn:
        return r.effectiveFrom.toString(Qt::ISODate);
    case ValueColumn:
        return def ? RuleCatalog::displayValue(*def, r.value) : r.value;
    case SourceColumn:
        return r.source;
    case EnteredColumn:
        return utc::fromStore(r.createdUtc).toLocalTime().date().toString(Qt::ISODate);
    case ByColumn:
        return by;
    }
    return {};
}

QVariant RuleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EffectiveColumn:
        return tr("Effective from");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case EnteredColumn:
        return tr("Entered");
    case ByColumn:
        return tr("By");
    }
    return {};
}

} // namespace sd
