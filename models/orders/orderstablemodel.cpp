#include "orderstablemodel.h"

#include "core/countries.h"
#include "money/money.h"
#include "orders/handover.h"
#include "orders/orderterms.h"
#include "time/utctime.h"

#include <QColor>
#include <QFont>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr int MaxCachedPages = 24;

const QString s_columns = u"o.id, o.order_id, o.store_id, o.fulfillment_model, o.order_status, "
                          "o.buyer_name, o.country, o.currency, o.order_total_minor, o.created_utc, "
                          "o.paid_utc, o.shipped_utc, o.handover_due_utc, o.reviewed_on, o.staff_note"_s;

} // namespace

OrdersTableModel::OrdersTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_now(QDateTime::currentDateTimeUtc())
{
    reload();
}

void OrdersTableModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    refresh();
}

void OrdersTableModel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    m_nowFixed = true;
    refresh();
}

void OrdersTableModel::refresh()
{
    reset(false);
}

void OrdersTableModel::reset(bool keepCount)
{
    const qint64 total = m_total;
    const bool counted = m_counted;
    // Views and testers react to modelReset; counting then would nest a row insertion
    // inside the reset, so fetchMore waits until the reset is over.
    m_resetting = true;
    beginResetModel();
    if (!keepCount) // a new filter or new data; a sort keeps both
        m_searchPlan = OrderQuery::planFor(OrderQuery::searchMatches(m_db, m_filter.search));
    reload();
    if (keepCount && counted) {
        m_total = total;
        m_counted = true;
        m_exposed = int(qMin<qint64>(total, std::numeric_limits<int>::max() - 1));
    }
    endResetModel();
    m_resetting = false;
}

void OrdersTableModel::tick(const QDateTime &now)
{
    m_now = now.toUTC();
    if (m_exposed > 0)
        emit dataChanged(index(0, HandoverColumn), index(m_exposed - 1, HandoverColumn));
}

void OrdersTableModel::reload()
{
    if (!m_nowFixed)
        m_now = QDateTime::currentDateTimeUtc();
    m_pages.clear();
    m_pageAge.clear();
    m_error.clear();
    m_counted = false;
    m_storeNames.clear();
    QSqlQuery stores(m_db);
    if (stores.exec(u"SELECT id, name FROM stores"_s)) {
        while (stores.next())
            m_storeNames.insert(stores.value(0).toLongLong(), stores.value(1).toString());
    }
    // Only the first page now; fetchMore() counts the rest.
    loadPage(0);
    const qint64 first = m_pages.value(0).size();
    m_total = first;
    m_exposed = int(first);
    m_counted = first < PageSize;
}

int OrdersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_exposed;
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OrdersTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_counted && !m_resetting;
}

void OrdersTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QVariantList binds;
    const QString where = OrderQuery::where(m_filter, utc::toStore(m_now), &binds);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM orders o"_s + where);
    OrderQuery::bindAll(q, binds);
    m_counted = true;
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return;
    }
    const qint64 total = q.value(0).toLongLong();
    // A view cannot hold more rows than an int; a filter narrows anything bigger.
    const int target = int(qMin<qint64>(total, std::numeric_limits<int>::max() - 1));
    m_total = total;
    if (target > m_exposed) {
        beginInsertRows({}, m_exposed, target - 1);
        m_exposed = target;
        endInsertRows();
    }
}

bool OrdersTableModel::loadPage(int page) const
{
    // Pages near the end are read backwards, so that the last row is as quick as the first.
    const qint64 offset = qint64(page) * PageSize;
    const bool fromEnd = m_counted && offset > m_total / 2;
    QVariantList binds;
    const QString where = OrderQuery::where(m_filter, utc::toStore(m_now), &binds, m_searchPlan);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    qint64 limit = PageSize;
    qint64 skip = offset;
    if (fromEnd) {
        const qint64 endOfPage = qMin(offset + PageSize, m_total);
        limit = endOfPage - offset;
        skip = m_total - endOfPage;
    }
    q.prepare(u"SELECT "_s + s_columns + u" FROM orders o"_s + where
              + OrderQuery::orderBy(m_sort, fromEnd) + u" LIMIT ? OFFSET ?"_s);
    OrderQuery::bindAll(q, binds);
    q.addBindValue(limit);
    q.addBindValue(skip);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QList<Row> rows;
    rows.reserve(PageSize);
    while (q.next()) {
        Row r;
        r.ref = q.value(0).toLongLong();
        r.orderId = q.value(1).toString();
        r.storeId = q.value(2).toLongLong();
        r.model = q.value(3).toString();
        r.status = q.value(4).toString();
        r.buyer = q.value(5).toString();
        r.country = q.value(6).toString();
        r.currency = q.value(7).toString();
        r.total = q.value(8).toLongLong();
        r.created = q.value(9).toLongLong();
        r.paid = q.value(10);
        r.shipped = q.value(11);
        r.due = q.value(12);
        r.reviewedOn = q.value(13).toString();
        r.note = q.value(14).toString();
        rows.append(r);
    }
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    m_pages.insert(page, rows);
    m_pageAge.removeAll(page);
    m_pageAge.append(page);
    while (m_pageAge.size() > MaxCachedPages)
        m_pages.remove(m_pageAge.takeFirst());
    return true;
}

const OrdersTableModel::Row *OrdersTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_exposed)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_pageAge.last() != page) {
        m_pageAge.removeAll(page);
        m_pageAge.append(page);
    }
    const int inPage = row % PageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

qint64 OrdersTableModel::orderRef(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->ref : 0;
}

QString OrdersTableModel::dueState(const Row &r) const
{
    if (r.due.isNull())
        return {};
    const QDateTime due = utc::fromStore(r.due.toLongLong());
    const QDateTime shipped = r.shipped.isNull() ? QDateTime() : utc::fromStore(r.shipped.toLongLong());
    const bool awaiting = OrderQuery::awaitingShipmentStatuses().contains(r.status);
    if (!shipped.isValid() && !awaiting)
        return {}; // cancelled, in risk hold or closed before shipping: no countdown
    switch (Handover::state(due, shipped, m_now, OrderQuery::DueSoonSeconds)) {
    case Handover::State::Overdue:
        return u"overdue"_s;
    case Handover::State::DueSoon:
        return u"due_soon"_s;
    case Handover::State::Pending:
        return u"pending"_s;
    case Handover::State::Done:
        return u"done"_s;
    case Handover::State::DoneLate:
        return u"late"_s;
    case Handover::State::None:
        break;
    }
    return {};
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == OrderRefRole)
        return r->ref;
    if (role == DueStateRole)
        return dueState(*r);
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case OrderIdColumn:
            return r->orderId;
        case StoreColumn:
            return m_storeNames.value(r->storeId);
        case ModelColumn:
            return OrderTerms::modelLabel(r->model);
        case StatusColumn:
            return OrderTerms::statusLabel(r->status);
        case BuyerColumn:
            return r->buyer;
        case CountryColumn:
            return Countries::displayName(r->country);
        case TotalColumn:
            if (const auto c = Currency::fromCode(r->currency))
                return Money(r->total, *c).format();
            return r->total;
        case CreatedColumn:
            return utc::displayLocal(r->created);
        case PaidColumn:
            return r->paid.isNull() ? QString() : utc::displayLocal(r->paid.toLongLong());
        case HandoverColumn: {
            const QString state = dueState(*r);
            if (state.isEmpty())
                return QString();
            if (state == u"done"_s)
                return tr("handed over");
            if (state == u"late"_s)
                return tr("handed over late");
            return Handover::countdown(utc::fromStore(r->due.toLongLong()), m_now);
        }
        case ReviewedColumn:
            return r->reviewedOn.isEmpty()
                    ? QString()
                    : QLocale().toString(QDate::fromString(r->reviewedOn, Qt::ISODate),
                                         QLocale::ShortFormat);
        case NoteColumn:
            return r->note.section(u'\n', 0, 0);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == HandoverColumn && !r->due.isNull())
            return tr("Handover deadline: %1").arg(utc::displayLocal(r->due.toLongLong()));
        if (column == NoteColumn && !r->note.isEmpty())
            return r->note;
        if (column == CountryColumn)
            return r->country; // the ISO code, as exports write it
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == TotalColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == HandoverColumn) {
        const QString state = dueState(*r);
        if (state == u"overdue"_s || state == u"late"_s)
            return QColor(0xc6, 0x28, 0x28); // red
        if (state == u"due_soon"_s)
            return QColor(0xb2, 0x6a, 0x00); // amber
        return {};
    }
    if (role == Qt::FontRole && column == HandoverColumn && dueState(*r) == u"overdue"_s) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderIdColumn:
        return tr("Order ID");
    case StoreColumn:
        return tr("Store");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case BuyerColumn:
        return tr("Buyer");
    case CountryColumn:
        return tr("Country");
    case TotalColumn:
        return tr("Order total");
    case CreatedColumn:
        return tr("Ordered");
    case PaidColumn:
        return tr("Paid");
    case HandoverColumn:
        return tr("Handover");
    case ReviewedColumn:
        return tr("Reviewed");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

bool OrdersTableModel::isSortable(int column)
{
    return column == OrderIdColumn || column == TotalColumn || column == CreatedColumn
            || column == PaidColumn || column == HandoverColumn;
}

void OrdersTableModel::sort(int column, Qt::SortOrder order)
{
    OrderSort next;
    switch (column) {
    case OrderIdColumn:
        next.key = OrderSort::Key::OrderId;
        break;
    case TotalColumn:
        next.key = OrderSort::Key::Total;
        break;
    case PaidColumn:
        next.key = OrderSort::Key::Paid;
        break;
    case HandoverColumn:
        next.key = OrderSort::Key::Due;
        break;
    case CreatedColumn:
        next.key = OrderSort::Key::Created;
        break;
    default:
        return; // not an indexed column: the order stays
    }
    next.descending = order == Qt::DescendingOrder;
    if (next.key == m_sort.key && next.descending == m_sort.descending)
        return;
    m_sort = next;
    reset(true); // the same rows in another order: the count stays
}

} // namespace sd
