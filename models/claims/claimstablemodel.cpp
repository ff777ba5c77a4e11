#include "claimstablemodel.h"

#include "claims/claimterms.h"
#include "money/money.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString s_awaits =
        u"(c.state <> 'closed' AND (c.last_reply_utc IS NULL OR c.last_reply_utc < c.state_changed_utc))"_s;

// ORDER BY terms per column: fixed text, never built from user input.
QString orderTerm(int column)
{
    switch (column) {
    case ClaimsTableModel::OpenedColumn:
        return u"c.opened_utc"_s;
    case ClaimsTableModel::StoreColumn:
        return u"s.name"_s;
    case ClaimsTableModel::OrderColumn:
        return u"c.order_id"_s;
    case ClaimsTableModel::BuyerColumn:
        return u"c.buyer_name"_s;
    case ClaimsTableModel::ProductColumn:
        return u"c.product_name"_s;
    case ClaimsTableModel::QuantityColumn:
        return u"c.quantity_affected"_s;
    case ClaimsTableModel::CauseColumn:
        return u"c.cause"_s;
    case ClaimsTableModel::StateColumn:
        return u"CASE c.state WHEN 'new' THEN 0 WHEN 'awaiting_evidence' THEN 1 WHEN 'under_review' THEN 2 "
               "WHEN 'resolved' THEN 3 ELSE 4 END"_s;
    case ClaimsTableModel::ResolutionColumn:
        return u"c.resolution"_s;
    case ClaimsTableModel::ReplyColumn:
        return s_awaits;
    }
    return u"c.opened_utc"_s;
}

} // namespace

ClaimsTableModel::ClaimsTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    refresh();
}

void ClaimsTableModel::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

QString ClaimsTableModel::whereSql() const
{
    return u"WHERE (:store = 0 OR c.store_id = :store) "
           "AND (:view <> 0 OR c.state <> 'closed') "
           "AND (:view <> 1 OR "_s
            + s_awaits
            + u") "
              "AND (:view <> 2 OR c.state = :state) "
              "AND (:text = '' OR instr(c.order_id, :text) > 0 OR instr(lower(c.buyer_name), lower(:text)) > 0 "
              "     OR instr(lower(c.product_name), lower(:text)) > 0 OR instr(lower(c.description), lower(:text)) > 0 "
              "     OR instr(lower(c.buyer_login), lower(:text)) > 0) "_s;
}

void ClaimsTableModel::bindFilter(QSqlQuery &q) const
{
    q.bindValue(u":store"_s, m_filter.storeId);
    q.bindValue(u":view"_s, int(m_filter.view));
    q.bindValue(u":state"_s, m_filter.state.isEmpty() ? u"-"_s : m_filter.state);
    q.bindValue(u":text"_s, m_filter.text.trimmed().isEmpty() ? u""_s : m_filter.text.trimmed());
}

QList<ClaimsTableModel::Row> ClaimsTableModel::load(int offset) const
{
    QSqlQuery q(m_db);
    const QString direction = m_order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString order = m_sortColumn < 0
            ? QString(s_awaits + u" DESC, c.state_changed_utc ASC, c.id ASC"_s)
            : QString(orderTerm(m_sortColumn) + direction + u", c.id"_s + direction);
    q.prepare(u"SELECT c.id, c.opened_utc, s.name, c.order_id, c.buyer_name, c.buyer_language, "
              "c.product_name, c.damaged_item, c.quantity_affected, c.cause, c.state, c.resolution, c.currency, "
              "c.refund_minor, c.coupon_minor, "_s
              + s_awaits
              + u", (SELECT count(*) FROM attachments a WHERE a.entity = 'claims' AND a.entity_id = c.id) "
                "FROM claims c JOIN stores s ON s.id = c.store_id "_s
              + whereSql() + u"ORDER BY "_s + order + u" LIMIT :limit OFFSET :offset"_s);
    bindFilter(q);
    q.bindValue(u":limit"_s, PageSize);
    q.bindValue(u":offset"_s, offset);
    QList<Row> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.openedUtc = q.value(1).toLongLong();
        r.store = q.value(2).toString();
        r.orderId = q.value(3).toString();
        r.buyer = q.value(4).toString();
        r.language = q.value(5).toString();
        r.product = q.value(6).toString().isEmpty() ? q.value(7).toString() : q.value(6).toString();
        r.quantity = q.value(8).toInt();
        r.cause = q.value(9).toString();
        r.state = q.value(10).toString();
        r.resolution = q.value(11).toString();
        r.currency = q.value(12).toString();
        if (!q.value(13).isNull())
            r.refundMinor = q.value(13).toLongLong();
        if (!q.value(14).isNull())
            r.couponMinor = q.value(14).toLongLong();
        r.awaitsReply = q.value(15).toBool();
        r.photos = q.value(16).toInt();
        out.append(r);
    }
    return out;
}

void ClaimsTableModel::refresh()
{
    beginResetModel();
    m_error.clear();
    QSqlQuery count(m_db);
    count.prepare(u"SELECT count(*) FROM claims c "_s + whereSql());
    bindFilter(count);
    if (count.exec() && count.next()) {
        m_total = count.value(0).toLongLong();
        m_rows = load(0);
    } else {
        m_total = 0;
        m_rows.clear();
        m_error = count.lastError().text();
    }
    endResetModel();
}

int ClaimsTableModel::rowOf(qint64 claimId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == claimId)
            return int(i);
    }
    return -1;
}

int ClaimsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == AwaitsReplyRole)
        return r.awaitsReply;
    if (role == Qt::TextAlignmentRole && index.column() == QuantityColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == OpenedColumn)
        return utc::displayLocal(r.openedUtc);
    if (role == Qt::ToolTipRole && index.column() == ReplyColumn && r.awaitsReply)
        return tr("The claim changed since the buyer last heard from you");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OpenedColumn:
        return QLocale().toString(utc::fromStore(r.openedUtc).toLocalTime().date(), QLocale::ShortFormat);
    case StoreColumn:
        return r.store;
    case OrderColumn:
        return r.orderId;
    case BuyerColumn:
        return r.language.isEmpty() ? r.buyer : tr("%1 (%2)").arg(r.buyer, r.language);
    case ProductColumn:
        return r.photos > 0 ? tr("%1 · %n photo(s)", nullptr, r.photos).arg(r.product) : r.product;
    case QuantityColumn:
        return r.quantity;
    case CauseColumn:
        return ClaimTerms::causeLabel(r.cause);
    case StateColumn:
        return ClaimTerms::stateLabel(r.state);
    case ResolutionColumn: {
        QString text = ClaimTerms::resolutionLabel(r.resolution);
        if (r.refundMinor)
            text += u' ' + Money(*r.refundMinor, Currency::of(r.currency)).format();
        if (r.couponMinor && r.resolution != u"coupon"_s)
            text += tr(" + coupon");
        else if (r.couponMinor)
            text += u' ' + Money(*r.couponMinor, Currency::of(r.currency)).format();
        return text;
    }
    case ReplyColumn:
        return r.awaitsReply ? tr("Reply owed") : QString();
    }
    return {};
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OpenedColumn:
        return tr("Opened");
    case StoreColumn:
        return tr("Store");
    case OrderColumn:
        return tr("Order");
    case BuyerColumn:
        return tr("Buyer");
    case ProductColumn:
        return tr("Damaged product");
    case QuantityColumn:
        return tr("Units");
    case CauseColumn:
        return tr("Cause");
    case StateColumn:
        return tr("State");
    case ResolutionColumn:
        return tr("Resolution");
    case ReplyColumn:
        return tr("Reply");
    }
    return {};
}

void ClaimsTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    refresh();
}

bool ClaimsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ClaimsTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> more = load(int(m_rows.size()));
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace sd
