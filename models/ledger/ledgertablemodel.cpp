#include "ledgertablemodel.h"

#include "ledger/ledgerrepository.h"
#include "money/money.h"
#include "time/utctime.h"

#include <QColor>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

LedgerTableModel::LedgerTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void LedgerTableModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    refresh();
}

QString LedgerTableModel::where(QVariantList *binds) const
{
    QStringList terms;
    if (m_filter.view == LedgerFilter::View::AppealQueue)
        terms.append(u"e.kind = 'deduction' AND e.unfair = 1 AND e.appeal_status IN ('', 'pending')"_s);
    if (m_filter.storeId > 0) {
        terms.append(u"e.store_id = ?"_s);
        binds->append(m_filter.storeId);
    }
    if (m_filter.fromUtc) {
        terms.append(u"e.at_utc >= ?"_s);
        binds->append(*m_filter.fromUtc);
    }
    if (m_filter.toUtc) {
        terms.append(u"e.at_utc < ?"_s);
        binds->append(*m_filter.toUtc);
    }
    if (!m_filter.kind.isEmpty()) {
        terms.append(u"e.kind = ?"_s);
        binds->append(m_filter.kind);
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        terms.append(u"(instr(lower(e.entry_id), lower(?)) > 0 OR instr(lower(e.reason), lower(?)) > 0 "
                     "OR instr(lower(e.order_id), lower(?)) > 0)"_s);
        binds->append(text);
        binds->append(text);
        binds->append(text);
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

bool LedgerTableModel::load(int offset, QList<Row> *rows)
{
    QVariantList binds;
    const QString order = m_filter.view == LedgerFilter::View::AppealQueue
            ? u" ORDER BY e.appeal_submitted_utc IS NOT NULL, e.appeal_due_utc, e.at_utc, e.id"_s
            : u" ORDER BY e.at_utc DESC, e.id DESC"_s;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT e.id, e.at_utc, s.name, e.entry_id, e.kind, e.currency, e.amount_minor, e.reason, "
              "e.order_id, e.issue_id, e.chargeback_case_id, e.unfair, e.appeal_due_utc, e.appeal_status, "
              "e.recovered_minor FROM ledger_entries e JOIN stores s ON s.id = e.store_id"_s
              + where(&binds) + order + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(PageSize);
    q.addBindValue(offset);
    if (!q.exec())
        return false;
    while (q.next()) {
        Row r;
        r.ref = q.value(0).toLongLong();
        r.atUtc = q.value(1).toLongLong();
        r.storeName = q.value(2).toString();
        r.entryId = q.value(3).toString();
        r.kind = q.value(4).toString();
        r.currency = q.value(5).toString();
        r.amount = q.value(6).toLongLong();
        r.reason = q.value(7).toString();
        r.orderId = q.value(8).toString();
        r.issueId = q.value(9).toString();
        r.chargebackId = q.value(10).toString();
        r.unfair = q.value(11).toBool();
        r.appealDue = q.value(12);
        r.appealStatus = q.value(13).toString();
        r.recovered = q.value(14);
        rows->append(r);
    }
    return true;
}

void LedgerTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM ledger_entries e"_s + where(&binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    m_total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    load(0, &m_rows);
    endResetModel();
}

bool LedgerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void LedgerTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    QList<Row> more;
    if (!load(int(m_rows.size()), &more) || more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

int LedgerTableModel::rowOf(qint64 ref) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ref == ref)
            return int(i);
    }
    return -1;
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerTableModel::appealText(const Row &r) const
{
    if (!r.unfair)
        return {};
    if (r.appealStatus.isEmpty()) {
        return tr("Unfair: appeal not filed");
    }
    QString text = LedgerRepository::appealStatusLabel(r.appealStatus);
    if (r.appealStatus == u"pending"_s && !r.appealDue.isNull())
        text += tr(", due %1").arg(QLocale().toString(utc::fromStore(r.appealDue.toLongLong()).toLocalTime().date(),
                                                      QLocale::ShortFormat));
    else if (!r.recovered.isNull() && r.appealStatus != u"lost"_s)
        text += u", "_s + Money(r.recovered.toLongLong(), Currency::of(r.currency)).format();
    return text;
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == RefRole)
        return r.ref;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(utc::fromStore(r.atUtc).toLocalTime(), QLocale::ShortFormat);
        case StoreColumn:
            return r.storeName;
        case EntryColumn:
            return r.entryId;
        case KindColumn:
            return LedgerRepository::kindLabel(r.kind);
        case AmountColumn: {
            const Money m(r.amount, Currency::of(r.currency));
            return r.kind == u"deduction"_s ? (-m).format() : m.format();
        }
        case ReasonColumn:
            return r.reason;
        case LinkColumn: {
            QStringList links;
            if (!r.orderId.isEmpty())
                links.append(tr("order %1").arg(r.orderId));
            if (!r.issueId.isEmpty())
                links.append(tr("dispute %1").arg(r.issueId));
            if (!r.chargebackId.isEmpty())
                links.append(tr("chargeback %1").arg(r.chargebackId));
            return links.join(u", "_s);
        }
        case AppealColumn:
            return appealText(r);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == AmountColumn && r.kind == u"deduction"_s)
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == AppealColumn && r.unfair && r.appealStatus.isEmpty())
            return QColor(0xb2, 0x6a, 0x00);
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return r.reason;
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StoreColumn:
        return tr("Store");
    case EntryColumn:
        return tr("Entry");
    case KindColumn:
        return tr("Type");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason as stated");
    case LinkColumn:
        return tr("Linked to");
    case AppealColumn:
        return tr("Appeal");
    }
    return {};
}

} // namespace sd
