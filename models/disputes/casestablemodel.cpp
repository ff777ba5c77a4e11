#include "casestablemodel.h"

#include "disputes/chargebackrepository.h"
#include "disputes/disputeterms.h"
#include "disputes/disputedeadlines.h"
#include "money/money.h"
#include "orders/handover.h"
#include "time/utctime.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

QString CasesTableModel::casesSql()
{
    return u"SELECT 'dispute' AS type, d.id AS ref, d.store_id AS store_id, s.name AS store_name, "
           "d.issue_id AS case_id, d.order_id AS order_id, d.buyer_login AS buyer, d.reason AS reason, "
           "d.status AS status, d.outcome AS outcome, d.escalated_utc IS NOT NULL AS escalated, "
           "d.currency AS currency, d.refund_max_minor AS amount, "
           "CASE WHEN d.status = 'processing' THEN min(COALESCE(d.response_due_utc, d.platform_due_utc), "
           "  COALESCE(d.platform_due_utc, d.response_due_utc)) END AS due, "
           "CASE WHEN d.status <> 'processing' THEN NULL "
           "  WHEN d.response_due_utc IS NOT NULL AND (d.platform_due_utc IS NULL "
           "    OR d.response_due_utc <= d.platform_due_utc) THEN 'response' "
           "  WHEN d.platform_due_utc IS NOT NULL THEN 'platform' END AS due_kind, "
           "d.opened_utc AS opened, d.status = 'processing' AS is_open "
           "FROM disputes d JOIN stores s ON s.id = d.store_id "
           "UNION ALL "
           "SELECT 'chargeback', c.id, c.store_id, s.name, c.case_id, c.order_id, '', c.reason_code, "
           "CASE WHEN c.outcome <> '' THEN c.outcome WHEN c.submitted_utc IS NOT NULL THEN 'submitted' "
           "  ELSE 'open' END, c.outcome, 0, c.currency, c.frozen_minor, "
           "CASE WHEN c.outcome = '' AND c.submitted_utc IS NULL THEN c.defence_due_utc END, "
           "CASE WHEN c.outcome = '' AND c.submitted_utc IS NULL AND c.defence_due_utc IS NOT NULL "
           "  THEN 'defence' END, "
           "c.filed_utc, c.outcome = '' "
           "FROM chargebacks c JOIN stores s ON s.id = c.store_id"_s;
}

CasesTableModel::CasesTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_now(QDateTime::currentDateTimeUtc())
{
}

void CasesTableModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CasesTableModel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    m_fixedNow = true;
    refresh();
}

void CasesTableModel::tick(const QDateTime &now)
{
    m_now = now.toUTC();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DueColumn), index(int(m_rows.size()) - 1, DueColumn));
}

QString CasesTableModel::where(QVariantList *binds) const
{
    QStringList terms;
    switch (m_filter.type) {
    case CaseFilter::Type::Disputes:
        terms.append(u"type = 'dispute'"_s);
        break;
    case CaseFilter::Type::Chargebacks:
        terms.append(u"type = 'chargeback'"_s);
        break;
    case CaseFilter::Type::All:
        break;
    }
    switch (m_filter.state) {
    case CaseFilter::State::Open:
        terms.append(u"is_open = 1"_s);
        break;
    case CaseFilter::State::Closed:
        terms.append(u"is_open = 0"_s);
        break;
    case CaseFilter::State::All:
        break;
    }
    const qint64 now = utc::toStore(m_now);
    switch (m_filter.due) {
    case CaseFilter::Due::Overdue:
        terms.append(u"due < ?"_s);
        binds->append(now);
        break;
    case CaseFilter::Due::Today: {
        // Until the end of the local day (the desk's day).
        const QDateTime local = m_now.toLocalTime();
        terms.append(u"due < ?"_s);
        binds->append(utc::toStore(local.date().addDays(1).startOfDay()));
        break;
    }
    case CaseFilter::Due::Within24h:
        terms.append(u"due < ?"_s);
        binds->append(now + DisputeDeadlines::WarnSeconds);
        break;
    case CaseFilter::Due::Any:
        break;
    }
    if (m_filter.storeId > 0) {
        terms.append(u"store_id = ?"_s);
        binds->append(m_filter.storeId);
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        terms.append(u"(instr(lower(case_id), lower(?)) > 0 OR instr(lower(order_id), lower(?)) > 0 "
                     "OR instr(lower(buyer), lower(?)) > 0 OR instr(lower(reason), lower(?)) > 0)"_s);
        for (int i = 0; i < 4; ++i)
            binds->append(text);
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QString CasesTableModel::orderBy() const
{
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    const QString dir = desc ? u" DESC"_s : QString();
    QString key;
    switch (m_sortColumn) {
    case DueColumn:
        // Cases without a deadline last either way.
        return u" ORDER BY due IS NULL, due"_s + dir + u", opened DESC, ref"_s;
    case TypeColumn:
        key = u"type"_s;
        break;
    case CaseColumn:
        key = u"case_id"_s;
        break;
    case StoreColumn:
        key = u"store_name"_s;
        break;
    case OrderColumn:
        key = u"order_id"_s;
        break;
    case ReasonColumn:
        key = u"reason"_s;
        break;
    case StatusColumn:
        key = u"status"_s;
        break;
    case AmountColumn:
        key = u"currency"_s + dir + u", amount"_s;
        break;
    default:
        key = u"opened"_s;
        break;
    }
    return u" ORDER BY "_s + key + dir + u", ref"_s;
}

bool CasesTableModel::load(int offset, QList<Row> *rows)
{
    QVariantList binds;
    const QString sql = u"SELECT type, ref, store_name, case_id, order_id, buyer, reason, status, "
                        "outcome, escalated, currency, amount, due, due_kind, opened FROM ("_s
            + casesSql() + u")"_s + where(&binds) + orderBy() + u" LIMIT ? OFFSET ?"_s;
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(PageSize);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Row r;
        r.type = q.value(0).toString();
        r.ref = q.value(1).toLongLong();
        r.storeName = q.value(2).toString();
        r.caseId = q.value(3).toString();
        r.orderId = q.value(4).toString();
        r.buyer = q.value(5).toString();
        r.reason = q.value(6).toString();
        r.status = q.value(7).toString();
        r.outcome = q.value(8).toString();
        r.escalated = q.value(9).toBool();
        r.currency = q.value(10).toString();
        r.amount = q.value(11).toLongLong();
        r.due = q.value(12);
        r.dueKind = q.value(13).toString();
        r.opened = q.value(14).toLongLong();
        rows->append(r);
    }
    return true;
}

void CasesTableModel::refresh()
{
    beginResetModel();
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTimeUtc();
    m_rows.clear();
    m_error.clear();
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM ("_s + casesSql() + u")"_s + where(&binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    m_total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (q.lastError().isValid())
        m_error = q.lastError().text();
    load(0, &m_rows);
    endResetModel();
}

bool CasesTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CasesTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    QList<Row> more;
    if (!load(int(m_rows.size()), &more) || more.isEmpty()) {
        m_total = m_rows.size(); // the table changed under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

int CasesTableModel::rowOf(const QString &type, qint64 ref) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).type == type && m_rows.at(i).ref == ref)
            return int(i);
    }
    return -1;
}

int CasesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CasesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CasesTableModel::dueState(const Row &r) const
{
    if (r.due.isNull())
        return {};
    const qint64 left = r.due.toLongLong() - utc::toStore(m_now);
    if (left < 0)
        return u"overdue"_s;
    if (left <= DisputeDeadlines::WarnSeconds)
        return u"due_soon"_s;
    return u"pending"_s;
}

QString CasesTableModel::statusText(const Row &r) const
{
    if (r.type == u"dispute"_s) {
        if (r.status == u"processing"_s)
            return r.escalated ? tr("With the platform") : DisputeTerms::statusLabel(r.status);
        return r.outcome.isEmpty() ? DisputeTerms::statusLabel(r.status)
                                   : DisputeTerms::outcomeLabel(r.outcome);
    }
    if (r.status == u"submitted"_s)
        return tr("Defence submitted");
    if (r.status == u"open"_s)
        return tr("Defence needed");
    return ChargebackRepository::outcomeLabel(r.status);
}

QVariant CasesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case RefRole:
        return r.ref;
    case TypeRole:
        return r.type;
    case DueStateRole:
        return dueState(r);
    case DueRole:
        return r.due;
    case Qt::DisplayRole:
        switch (column) {
        case DueColumn:
            return r.due.isNull() ? QString()
                                  : Handover::countdown(utc::fromStore(r.due.toLongLong()), m_now);
        case TypeColumn:
            return r.type == u"dispute"_s ? tr("Dispute") : tr("Chargeback");
        case CaseColumn:
            return r.caseId;
        case StoreColumn:
            return r.storeName;
        case OrderColumn:
            return r.orderId;
        case ReasonColumn:
            return r.reason;
        case StatusColumn:
            return statusText(r);
        case AmountColumn:
            return Money(r.amount, Currency::of(r.currency)).format();
        case OpenedColumn:
            return QLocale().toString(utc::fromStore(r.opened).toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DueColumn && !r.due.isNull()) {
            const QString when = QLocale().toString(utc::fromStore(r.due.toLongLong()).toLocalTime(),
                                                    QLocale::LongFormat);
            if (r.dueKind == u"response"_s)
                return tr("The seller's response to the buyer's proposal is due %1").arg(when);
            if (r.dueKind == u"platform"_s)
                return tr("The platform steps in %1 unless the dispute is settled").arg(when);
            return tr("The chargeback defence is due %1").arg(when);
        }
        if (column == AmountColumn)
            return r.type == u"dispute"_s ? tr("The most the buyer can get back (refund_money_max)")
                                          : tr("The amount frozen by the chargeback");
        if (column == ReasonColumn)
            return r.reason;
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == DueColumn) {
            const QString state = dueState(r);
            if (state == u"overdue"_s)
                return QColor(0xc6, 0x28, 0x28);
            if (state == u"due_soon"_s)
                return QColor(0xb2, 0x6a, 0x00);
        }
        return {};
    case Qt::FontRole:
        if (column == DueColumn && dueState(r) == u"overdue"_s) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant CasesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DueColumn)
        return tr("The next deadline: amber within 24 hours, red when past");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TypeColumn:
        return tr("Type");
    case CaseColumn:
        return tr("Case");
    case StoreColumn:
        return tr("Store");
    case OrderColumn:
        return tr("Order");
    case ReasonColumn:
        return tr("Reason");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case OpenedColumn:
        return tr("Opened");
    }
    return {};
}

void CasesTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

} // namespace sd
