#include "orderimporter.h"

#include "core/countries.h"
#include "io/recordimporter.h"
#include "files/workspacesettings.h"
#include "io/recordsource.h"
#include "io/tablewriter.h"
#include "money/money.h"
#include "money/rate.h"
#include "orders/deadlines.h"
#include "orders/orderrepository.h"
#include "orders/orderterms.h"
#include "orders/productinfo.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/timeparser.h"
#include "time/utctime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// ---- one order row ----------------------------------------------------------------

// Order-level columns in the orders table, in this order.
enum OrderCol {
    C_Model,
    C_Status,
    C_Logistics,
    C_BuyerName,
    C_BuyerLogin,
    C_Country,
    C_Currency,
    C_ProductTotal,
    C_Shipping,
    C_Discount,
    C_OrderTotal,
    C_CommissionRate,
    C_Commission,
    C_AffiliateRate,
    C_Created,
    C_Paid,
    C_Shipped,
    C_Received,
    C_Carrier,
    C_Tracking,
    C_Count
};
constexpr std::array<const char16_t *, C_Count> s_orderColumns{
        u"fulfillment_model", u"order_status", u"logistics_status", u"buyer_name", u"buyer_login",
        u"country", u"currency", u"product_total_minor", u"shipping_minor", u"discount_minor",
        u"order_total_minor", u"commission_rate_ppm", u"commission_minor", u"affiliate_rate_ppm",
        u"created_utc", u"paid_utc", u"shipped_utc", u"received_utc", u"carrier", u"tracking_no"};

enum ItemCol {
    I_ProductId,
    I_Sku,
    I_Name,
    I_Quantity,
    I_UnitPrice,
    I_Status,
    I_Operator,
    I_Refund,
    I_Count
};
constexpr std::array<const char16_t *, I_Count> s_itemColumns{
        u"product_id", u"sku_code", u"product_name", u"quantity", u"unit_price_minor",
        u"item_status", u"send_goods_operator", u"refund_minor"};

struct RowError
{
    int column = 0; // 1-based; 0: the row as a whole
    QString reason;
};

struct ParsedItem
{
    QString childId;
    std::array<QVariant, I_Count> values; // invalid QVariant: not in the file
    std::array<int, I_Count> columns{}; // where each value came from, for messages
};

struct ParsedRow
{
    qint64 storeId = 0;
    QString orderId;
    std::array<QVariant, C_Count> values; // invalid: not in the file (keep what is stored)
    QString staffNote; // new orders only
    QString reviewedOn; // new orders only
    QList<ParsedItem> items;
    QList<RowError> warnings; // imported all the same; listed on the result
};

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    return a.toLongLong() == b.toLongLong();
}

// A digest of one value as sameValue() compares it, without formatting numbers as text.
size_t hashValue(size_t seed, const QVariant &v)
{
    if (!v.isValid())
        return qHashMulti(seed, 1);
    if (v.isNull())
        return qHashMulti(seed, 2);
    if (v.typeId() == QMetaType::QString)
        return qHashMulti(seed, 3, v.toString()); // shares, no copy
    return qHashMulti(seed, 4, v.toLongLong());
}

// An ID as a spreadsheet leaves it after rounding it to 15 significant digits (Excel and
// LibreOffice keep no more): 16 or more ASCII digits, all zero past the 15th.
bool looksRounded(QStringView id)
{
    if (id.size() < 16)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        if (c < u'0' || c > u'9' || (i >= 15 && c != u'0'))
            return false;
    }
    return true;
}

struct StoreInfo
{
    QString name;
    Currency currency;
    QTimeZone zone;
    bool selfDelivery = false;
};

// ---- the import itself ------------------------------------------------------------

class ImportRun
{
public:
    ImportRun(const QSqlDatabase &db, const OrderImportOptions &options, OrderImportResult *result)
        : m_db(db), m_options(options), m_result(result), m_deadlines(db),
          m_log(db, u"orders"_s, result, options.maxErrors)
    {
    }

    bool run(const QString &path);

private:
    bool prepareStatements();
    bool loadStores();
    std::optional<ParsedRow> parse(const QStringList &fields, RowError *error);
    // Writes the row; on a conflict with an earlier row of the file fills *error.
    bool write(const ParsedRow &row, qint64 line, RowError *error);
    bool warnIfRounded(const ParsedRow &row, qint64 line);
    bool writeItems(qint64 orderRef, const ParsedRow &row, bool isNew, bool *changed,
                    RowError *error);
    void reject(const QStringList &fields, qint64 line, const RowError &error);
    bool dbFail(const QSqlQuery &q);
    bool refreshSearch(qint64 orderRef);
    QString cell(const QStringList &fields, OrderField f) const
    {
        const int c = m_columns.column(f);
        if (c < 0 || c >= fields.size())
            return {};
        QString v = fields.at(c).trimmed();
        // SellerDesk's CSV export guards cells against formula injection with a
        // leading apostrophe; read them back as written.
        if (v.size() > 1 && v.front() == u'\''
            && QStringView(u"=+-@\t\r").contains(v.at(1)))
            v.remove(0, 1);
        return v;
    }
    int col(OrderField f) const { return m_columns.column(f) + 1; }

    QSqlDatabase m_db;
    const OrderImportOptions &m_options;
    OrderImportResult *m_result;
    DeadlineCalculator m_deadlines;
    OrderColumns m_columns;
    std::unique_ptr<RecordSource> m_source;
    QString m_fileName;
    QString m_sourceTag;
    QHash<qint64, StoreInfo> m_stores;
    QHash<QString, qint64> m_storeByName;
    QHash<qint64, std::shared_ptr<TimeParser>> m_timeParsers;
    ImportLog m_log;
    qint64 m_now = 0;
    bool m_bulk = false; // the orders table was empty: no look-ups needed

    struct Seen
    {
        size_t digest;
        qint64 line;
        qint64 ref;
        enum Outcome : qint8 { Inserted, Updated, Unchanged } outcome;
    };
    QHash<size_t, Seen> m_seenOrders; // key: hash of store id + order id
    QHash<size_t, std::pair<size_t, qint64>> m_seenItems; // key: order + child -> digest, line

    // Order IDs of 16 digits or more, and those of them that look rounded (looksRounded).
    qint64 m_longIds = 0;
    qint64 m_roundedIds = 0;
    QString m_firstRounded;
    qint64 m_firstRoundedLine = 0;

    QSqlQuery m_findOrder, m_insertOrder, m_updateOrder, m_history, m_findNear;
    QSqlQuery m_findItem, m_insertItem, m_updateItem;
    QSqlQuery m_ftsDelete, m_ftsInsert;
};

bool ImportRun::dbFail(const QSqlQuery &q)
{
    m_result->fatal = OrderImporter::tr("%1: the workspace refused the import: %2")
                              .arg(m_fileName, Transaction::describe(q.lastError()));
    return false;
}

bool ImportRun::loadStores()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, name, currency, time_zone, jit_self_delivery FROM stores"_s))
        return dbFail(q);
    while (q.next()) {
        StoreInfo s;
        s.name = q.value(1).toString();
        s.currency = Currency::fromCode(q.value(2).toString()).value_or(Currency::of(u"USD"));
        s.zone = QTimeZone(q.value(3).toString().toUtf8());
        s.selfDelivery = q.value(4).toBool();
        m_storeByName.insert(s.name.toCaseFolded(), q.value(0).toLongLong());
        m_stores.insert(q.value(0).toLongLong(), s);
    }
    return true;
}

bool ImportRun::prepareStatements()
{
    // Text columns are NOT NULL with '' for "none", and an empty QString binds as NULL.
    const QSet<QString> nullable{u"commission_rate_ppm"_s, u"commission_minor"_s,
                                 u"affiliate_rate_ppm"_s,  u"paid_utc"_s,
                                 u"shipped_utc"_s,         u"received_utc"_s};
    auto placeholder = [&](const QString &column) {
        return nullable.contains(column) || column.endsWith(u"_minor"_s)
                        || column.endsWith(u"_utc"_s) || column == u"quantity"_s
                ? u"?"_s
                : u"COALESCE(?, '')"_s;
    };
    QStringList orderCols, placeholders, sets;
    for (const char16_t *c : s_orderColumns) {
        const QString column = QString::fromUtf16(c);
        orderCols.append(column);
        placeholders.append(placeholder(column));
        sets.append(column + u" = "_s + placeholder(column));
    }
    QStringList itemCols, itemSets, itemPlaceholders;
    for (const char16_t *c : s_itemColumns) {
        const QString column = QString::fromUtf16(c);
        itemCols.append(column);
        itemPlaceholders.append(placeholder(column));
        itemSets.append(column + u" = "_s + placeholder(column));
    }
    const QString oc = orderCols.join(u", "_s);
    m_findOrder = QSqlQuery(m_db);
    m_findNear = QSqlQuery(m_db);
    m_insertOrder = QSqlQuery(m_db);
    m_updateOrder = QSqlQuery(m_db);
    m_history = QSqlQuery(m_db);
    m_findItem = QSqlQuery(m_db);
    m_insertItem = QSqlQuery(m_db);
    m_updateItem = QSqlQuery(m_db);
    m_ftsDelete = QSqlQuery(m_db);
    m_ftsInsert = QSqlQuery(m_db);
    const bool ok = m_findOrder.prepare(u"SELECT id, "_s + oc
                                        + u", handover_due_utc FROM orders WHERE store_id = ? AND order_id = ?"_s)
            // Equal-length digit strings compare as their numbers do.
            && m_findNear.prepare(u"SELECT order_id FROM orders WHERE store_id = ? AND order_id >= ? "
                                  "AND order_id <= ? AND length(order_id) = ? AND order_id <> ? "
                                  "ORDER BY order_id LIMIT 1"_s)
            && m_insertOrder.prepare(u"INSERT INTO orders (store_id, order_id, "_s + oc
                                     + u", handover_due_utc, staff_note, reviewed_on) VALUES (?, ?, "_s
                                     + placeholders.join(u", "_s) + u", ?, COALESCE(?, ''), ?)"_s)
            && m_updateOrder.prepare(u"UPDATE orders SET "_s + sets.join(u", "_s)
                                     + u", handover_due_utc = ? WHERE id = ?"_s)
            && m_history.prepare(u"INSERT INTO order_status_history (order_ref, at_utc, field, "
                                 "old_value, new_value, source) VALUES (?, ?, ?, ?, ?, ?)"_s)
            && m_findItem.prepare(u"SELECT id, "_s + itemCols.join(u", "_s)
                                  + u" FROM order_items WHERE order_ref = ? AND child_id = ?"_s)
            && m_insertItem.prepare(u"INSERT INTO order_items (order_ref, child_id, "_s
                                    + itemCols.join(u", "_s) + u") VALUES (?, ?, "_s
                                    + itemPlaceholders.join(u", "_s) + u')')
            && m_updateItem.prepare(u"UPDATE order_items SET "_s + itemSets.join(u", "_s)
                                    + u" WHERE id = ?"_s)
            && m_ftsDelete.prepare(u"DELETE FROM orders_fts WHERE rowid = ?"_s)
            && m_ftsInsert.prepare(OrderRepository::searchRowsSql() + u" WHERE o.id = ?"_s);
    if (!ok) {
        for (const QSqlQuery *q : {&m_findOrder, &m_findNear, &m_insertOrder, &m_updateOrder, &m_history,
                                   &m_findItem, &m_insertItem, &m_updateItem, &m_ftsDelete,
                                   &m_ftsInsert}) {
            if (q->lastError().isValid())
                return dbFail(*q);
        }
    }
    return ok;
}

std::optional<ParsedRow> ImportRun::parse(const QStringList &fields, RowError *error)
{
    using F = OrderField;
    auto fail = [&](F f, const QString &reason) {
        *error = RowError{col(f), reason};
        return std::nullopt;
    };
    ParsedRow row;

    // Store: a named store wins; else the one the import is for.
    const QString storeName = cell(fields, F::Store);
    if (!storeName.isEmpty()) {
        const auto it = m_storeByName.constFind(storeName.toCaseFolded());
        if (it == m_storeByName.cend())
            return fail(F::Store, OrderImporter::tr("there is no store named \"%1\"; add it on the Stores page first").arg(storeName));
        row.storeId = *it;
    } else if (m_options.storeId > 0) {
        row.storeId = m_options.storeId;
    } else {
        return fail(F::Store, OrderImporter::tr("the row names no store; choose the store to import into"));
    }
    const StoreInfo &store = m_stores[row.storeId];
    auto &parser = m_timeParsers[row.storeId];
    if (!parser) {
        // SellerDesk's own exports carry UTC (CSV says so with "Z"; an XLSX date cell cannot),
        // so their times without an offset are UTC, not the store's wall clock.
        const QTimeZone fileZone = m_columns.layout() == u"sellerdesk"_s ? QTimeZone::utc() : store.zone;
        parser = std::make_shared<TimeParser>(m_options.sourceZone.value_or(fileZone));
    }

    row.orderId = cell(fields, F::OrderId);
    if (row.orderId.isEmpty())
        return fail(F::OrderId, OrderImporter::tr("the order ID is empty"));
    if (row.orderId.size() > 64 || row.orderId.contains(u' '))
        return fail(F::OrderId, OrderImporter::tr("\"%1\" is not an order ID").arg(row.orderId.left(70)));

    auto &v = row.values;
    if (m_columns.has(F::Model)) {
        const QString text = cell(fields, F::Model);
        const auto model = OrderTerms::modelFromText(text);
        if (!model)
            return fail(F::Model, OrderImporter::tr("unknown fulfillment model \"%1\"; use one of %2")
                                          .arg(text, OrderTerms::modelCodes().join(u", "_s)));
        v[C_Model] = *model;
    }
    {
        const QString text = cell(fields, F::Status);
        const auto status = OrderTerms::statusFromText(text);
        if (!status)
            return fail(F::Status, OrderImporter::tr("unknown order status \"%1\"").arg(text));
        v[C_Status] = *status;
    }
    auto text = [&](F f, OrderCol c) {
        if (m_columns.has(f))
            v[c] = cell(fields, f);
    };
    text(F::BuyerName, C_BuyerName);
    text(F::BuyerLogin, C_BuyerLogin);
    // Countries are stored as ISO codes, whatever the file calls them ("Spain", "西班牙").
    if (m_columns.has(F::Country)) {
        const QString name = cell(fields, F::Country);
        const auto code = Countries::codeOf(name);
        if (!code)
            return fail(F::Country, OrderImporter::tr("unknown country \"%1\"; write its ISO code "
                                                      "(ES) or its name in English or Chinese")
                                            .arg(name.left(60)));
        v[C_Country] = *code;
    }

    // Currency: its own column, else the first amount that names one, else the store's.
    Currency currency = store.currency;
    if (m_columns.has(F::Currency) && !cell(fields, F::Currency).isEmpty()) {
        const QString code = cell(fields, F::Currency);
        const auto c = Currency::fromCode(code);
        if (!c)
            return fail(F::Currency, OrderImporter::tr("unknown currency \"%1\"").arg(code));
        currency = *c;
    } else {
        for (F f : {F::OrderTotal, F::ProductTotal, F::Shipping, F::UnitPrice}) {
            const QString t = cell(fields, f);
            if (t.isEmpty())
                continue;
            if (const auto m = Money::parse(t, store.currency)) {
                currency = m->currency();
                break;
            }
        }
    }
    v[C_Currency] = currency.code();

    auto money = [&](F f, bool allowNegative, std::optional<qint64> *out) {
        const QString t = cell(fields, f);
        if (t.isEmpty())
            return true;
        QString why;
        const auto m = Money::parse(t, currency, u'.', &why);
        if (!m) {
            *error = RowError{col(f), OrderImporter::tr("\"%1\" is not an amount: %2").arg(t, why)};
            return false;
        }
        if (m->currency() != currency) {
            *error = RowError{col(f), OrderImporter::tr("the amount is in %1 but the order is in %2")
                                              .arg(m->currency().code(), currency.code())};
            return false;
        }
        if (m->isNegative() && !allowNegative) {
            *error = RowError{col(f), OrderImporter::tr("the amount %1 is negative").arg(t)};
            return false;
        }
        *out = m->minorUnits();
        return true;
    };
    auto amount = [&](F f, OrderCol c, bool allowNegative, bool nullable) {
        if (!m_columns.has(f))
            return true;
        std::optional<qint64> m;
        if (!money(f, allowNegative, &m))
            return false;
        v[c] = m ? QVariant(*m) : (nullable ? nullInt() : QVariant(qint64(0)));
        return true;
    };
    if (!amount(F::ProductTotal, C_ProductTotal, false, false)
        || !amount(F::Shipping, C_Shipping, false, false)
        || !amount(F::Discount, C_Discount, true, false)
        || !amount(F::OrderTotal, C_OrderTotal, false, false)
        || !amount(F::Commission, C_Commission, true, true))
        return std::nullopt;
    if (v[C_Discount].isValid())
        v[C_Discount] = qAbs(v[C_Discount].toLongLong()); // written as "-US $1.00" or "1.00"

    auto rate = [&](F f, OrderCol c) {
        if (!m_columns.has(f))
            return true;
        const QString t = cell(fields, f);
        if (t.isEmpty()) {
            v[c] = nullInt();
            return true;
        }
        // "8%" / "8 %" is a percent; a bare number at most 1 is a fraction (API: 0.08).
        QString why;
        std::optional<Rate> r;
        bool bare = !t.contains(u'%');
        if (bare) {
            bool isNumber = false;
            const double approx = t.toDouble(&isNumber); // only to choose the reading
            bare = isNumber && approx <= 1.0;
        }
        r = bare ? Rate::parseFraction(t, &why) : Rate::parsePercent(t, &why);
        if (!r || r->millionths() < 0 || r->millionths() > Rate::One) {
            *error = RowError{col(f), OrderImporter::tr("\"%1\" is not a rate between 0 and 100 %: %2")
                                              .arg(t, why)};
            return false;
        }
        v[c] = r->millionths();
        return true;
    };
    if (!rate(F::CommissionRate, C_CommissionRate) || !rate(F::AffiliateRate, C_AffiliateRate))
        return std::nullopt;

    auto time = [&](F f, OrderCol c, bool required) {
        if (!m_columns.has(f))
            return true;
        const QString t = cell(fields, f);
        // Seller-center exports fill unset times with "-" or "--".
        if (t.isEmpty() || t == u"-"_s || t == u"--"_s) {
            if (required) {
                *error = RowError{col(f), OrderImporter::tr("the order time is empty")};
                return false;
            }
            v[c] = nullInt();
            return true;
        }
        const auto secs = parser->parse(t);
        if (!secs) {
            *error = RowError{col(f), OrderImporter::tr("\"%1\" is not a date and time (YYYY-MM-DD HH:MM:SS)").arg(t)};
            return false;
        }
        v[c] = *secs;
        return true;
    };
    if (!time(F::Created, C_Created, true) || !time(F::Paid, C_Paid, false)
        || !time(F::Shipped, C_Shipped, false) || !time(F::Received, C_Received, false))
        return std::nullopt;

    // Carrier and tracking number: their own columns, else "CARRIER:NUMBER".
    text(F::Carrier, C_Carrier);
    text(F::Tracking, C_Tracking);
    if (m_columns.has(F::CarrierAndTracking)) {
        const QString both = cell(fields, F::CarrierAndTracking);
        qsizetype sep = both.indexOf(u':');
        if (sep < 0)
            sep = both.indexOf(u'\uFF1A');
        if (!v[C_Carrier].isValid() || v[C_Carrier].toString().isEmpty())
            v[C_Carrier] = sep >= 0 ? both.left(sep).trimmed() : QString();
        if (!v[C_Tracking].isValid() || v[C_Tracking].toString().isEmpty())
            v[C_Tracking] = sep >= 0 ? both.mid(sep + 1).trimmed() : both;
    }
    if (m_columns.has(F::BuyerLogistics) && (!v[C_Carrier].isValid() || v[C_Carrier].toString().isEmpty()))
        v[C_Carrier] = cell(fields, F::BuyerLogistics);

    // Logistics status: its column, else read from the order status and the times.
    if (m_columns.has(F::LogisticsStatus)) {
        v[C_Logistics] = cell(fields, F::LogisticsStatus).toUpper();
    } else {
        const QString status = v[C_Status].toString();
        QString logistics = u"NO_LOGISTICS"_s;
        if (v[C_Received].isValid() && !v[C_Received].isNull())
            logistics = u"BUYER_ACCEPT_GOODS"_s;
        else if (status == u"SELLER_PART_SEND_GOODS"_s)
            logistics = u"SELLER_SEND_PART_GOODS"_s;
        else if (v[C_Shipped].isValid() && !v[C_Shipped].isNull())
            logistics = u"SELLER_SEND_GOODS"_s;
        else if (status == u"WAIT_SELLER_SEND_GOODS"_s)
            logistics = u"WAIT_SELLER_SEND_GOODS"_s;
        v[C_Logistics] = logistics;
    }

    row.staffNote = cell(fields, F::StaffNote);
    if (m_columns.has(F::ReviewedOn) && !cell(fields, F::ReviewedOn).isEmpty()) {
        const QDate d = QDate::fromString(cell(fields, F::ReviewedOn), Qt::ISODate);
        if (!d.isValid())
            return fail(F::ReviewedOn, OrderImporter::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(cell(fields, F::ReviewedOn)));
        row.reviewedOn = d.toString(Qt::ISODate);
    }

    // Line items: item columns (one item per row), or the seller center's product text.
    auto itemMoney = [&](F f, ParsedItem &item, ItemCol c, bool allowNegative) {
        if (!m_columns.has(f))
            return true;
        std::optional<qint64> m;
        if (!money(f, allowNegative, &m))
            return false;
        item.values[c] = m.value_or(0);
        item.columns[c] = col(f);
        return true;
    };
    const bool itemColumns = m_columns.has(F::ChildId) || m_columns.has(F::ProductId)
            || m_columns.has(F::ProductName) || m_columns.has(F::SkuCode);
    if (itemColumns) {
        ParsedItem item;
        item.childId = m_columns.has(F::ChildId) ? cell(fields, F::ChildId) : u"1"_s;
        if (item.childId.isEmpty())
            return fail(F::ChildId, OrderImporter::tr("the line item ID is empty"));
        auto itemText = [&](F f, ItemCol c) {
            if (m_columns.has(f)) {
                item.values[c] = cell(fields, f);
                item.columns[c] = col(f);
            }
        };
        itemText(F::ProductId, I_ProductId);
        itemText(F::SkuCode, I_Sku);
        itemText(F::ProductName, I_Name);
        itemText(F::SendGoodsOperator, I_Operator);
        if (m_columns.has(F::ItemStatus)) {
            const QString t = cell(fields, F::ItemStatus);
            if (!t.isEmpty()) {
                const auto s = OrderTerms::statusFromText(t);
                if (!s)
                    return fail(F::ItemStatus, OrderImporter::tr("unknown order status \"%1\"").arg(t));
                item.values[I_Status] = *s;
            } else {
                item.values[I_Status] = QString();
            }
            item.columns[I_Status] = col(F::ItemStatus);
        }
        if (m_columns.has(F::Quantity)) {
            const QString t = cell(fields, F::Quantity);
            bool ok = false;
            const qint64 q = t.toLongLong(&ok);
            if (!ok || q <= 0)
                return fail(F::Quantity, OrderImporter::tr("quantity \"%1\" is not a positive whole number").arg(t));
            item.values[I_Quantity] = q;
            item.columns[I_Quantity] = col(F::Quantity);
        }
        if (!itemMoney(F::UnitPrice, item, I_UnitPrice, false)
            || !itemMoney(F::Refund, item, I_Refund, false))
            return std::nullopt;
        row.items.append(item);
    } else if (m_columns.has(F::ProductInfo)) {
        QString why;
        qsizetype offset = 0;
        const QString info = cell(fields, F::ProductInfo);
        const QList<ProductLine> lines = ProductInfo::parse(info, &why, &offset);
        if (lines.isEmpty() && !why.isEmpty())
            return fail(F::ProductInfo, why);
        std::optional<qint64> productTotal;
        if (m_columns.has(F::ProductTotal) && !cell(fields, F::ProductTotal).isEmpty())
            productTotal = v[C_ProductTotal].toLongLong();
        QList<qint64> unpriced; // indexes of the products the text gives no price for
        qint64 pricedSum = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const ProductLine &line = lines.at(i);
            // The seller center always writes the quantity: a product without one wrote it
            // in a way the parser does not read, and 1 would be a guess.
            if (!line.quantityStated)
                return fail(F::ProductInfo,
                            OrderImporter::tr("product %1 (\"%2\"): no quantity that SellerDesk can "
                                              "read; the seller center writes it as "
                                              "\"(产品数量:2 piece)\"")
                                    .arg(i + 1)
                                    .arg(line.name.left(40)));
            ParsedItem item;
            item.childId = QString::number(i + 1);
            item.values[I_ProductId] = line.productId;
            item.values[I_Sku] = line.skuCode;
            item.values[I_Name] = line.attributes.isEmpty()
                    ? line.name
                    : QString(line.name + u" ("_s + line.attributes + u')');
            item.values[I_Quantity] = line.quantity;
            qint64 price = 0;
            if (!line.unitPriceText.isEmpty()) {
                QString priceWhy;
                const auto m = Money::parse(line.unitPriceText, currency, u'.', &priceWhy);
                if (!m || m->currency() != currency || m->isNegative())
                    return fail(F::ProductInfo,
                                OrderImporter::tr("product %1: price \"%2\" is not an amount in %3")
                                        .arg(i + 1).arg(line.unitPriceText, currency.code()));
                price = m->minorUnits();
            }
            if (line.unitPriceText.isEmpty())
                unpriced.append(i);
            else
                pricedSum += price * line.quantity;
            item.values[I_UnitPrice] = price;
            item.columns.fill(col(F::ProductInfo));
            row.items.append(item);
        }
        // The products must add up to the order's product total (the rule is in
        // docs/seller-center-product-text.md).
        if (productTotal && !lines.isEmpty()) {
            const qint64 total = *productTotal;
            auto amountText = [&](qint64 minor) { return Money(minor, currency).format(); };
            if (unpriced.size() == 1) {
                // The seller center writes no prices: the one product without a price has
                // what the total leaves, which must be a whole amount per unit.
                const qsizetype i = unpriced.first();
                const qint64 rest = total - pricedSum;
                const qint64 quantity = lines.at(i).quantity;
                if (rest < 0 || rest % quantity != 0)
                    return fail(F::ProductInfo,
                                OrderImporter::tr("product %1: the product total %2 leaves %3 for "
                                                  "%n unit(s), not a whole amount per unit; check "
                                                  "the quantity",
                                                  nullptr, int(quantity))
                                        .arg(i + 1)
                                        .arg(amountText(total), amountText(rest)));
                row.items[i].values[I_UnitPrice] = rest / quantity;
            } else if (unpriced.isEmpty() && pricedSum != total) {
                const qint64 discount = v[C_Discount].isValid() ? v[C_Discount].toLongLong() : 0;
                if (discount == 0 || pricedSum - total != discount)
                    return fail(F::ProductInfo,
                                OrderImporter::tr("the products add up to %1, but the product total "
                                                  "is %2")
                                        .arg(amountText(pricedSum), amountText(total)));
                row.warnings.append(RowError{
                        col(F::ProductInfo),
                        OrderImporter::tr("order %1: the products add up to %2 and the product "
                                          "total is %3; the difference is the discount %4 the "
                                          "file states")
                                .arg(row.orderId, amountText(pricedSum), amountText(total),
                                     amountText(discount))});
            } else if (unpriced.size() > 1) {
                if (pricedSum > total)
                    return fail(F::ProductInfo,
                                OrderImporter::tr("the products add up to %1, but the product total "
                                                  "is %2")
                                        .arg(amountText(pricedSum), amountText(total)));
                row.warnings.append(RowError{
                        col(F::ProductInfo),
                        OrderImporter::tr("order %1: the product text gives no price for %n of "
                                          "its products, so their unit prices are stored as 0 "
                                          "and only the order's product total %2 is known",
                                          nullptr, int(unpriced.size()))
                                .arg(row.orderId, amountText(total))});
            }
        }
    }
    return row;
}

bool ImportRun::refreshSearch(qint64 orderRef)
{
    if (m_bulk)
        return true; // rebuilt in one statement after the load
    m_ftsDelete.addBindValue(orderRef);
    if (!m_ftsDelete.exec())
        return dbFail(m_ftsDelete);
    m_ftsInsert.addBindValue(orderRef);
    if (!m_ftsInsert.exec())
        return dbFail(m_ftsInsert);
    return true;
}

// A new order whose ID looks rounded, beside a stored order that rounds to it: the file's
// ID is most likely that order's, rounded by a spreadsheet. Warned, not refused.
bool ImportRun::warnIfRounded(const ParsedRow &row, qint64 line)
{
    const int digits = int(row.orderId.size());
    qint64 half = 5;
    for (int i = 16; i < digits; ++i)
        half *= 10;
    const qint64 id = row.orderId.toLongLong();
    auto padded = [&](qint64 n) { return QString::number(n).rightJustified(digits, u'0'); };
    m_findNear.addBindValue(row.storeId);
    m_findNear.addBindValue(padded(id - half));
    m_findNear.addBindValue(padded(id + half - 1));
    m_findNear.addBindValue(digits);
    m_findNear.addBindValue(row.orderId);
    if (!m_findNear.exec())
        return dbFail(m_findNear);
    if (m_findNear.next())
        m_log.warn(*m_source, line, col(OrderField::OrderId),
                   OrderImporter::tr("order %1 is new, but order %2 is stored: %1 looks like %2 "
                                     "rounded by a spreadsheet to 15 significant digits")
                           .arg(row.orderId, m_findNear.value(0).toString()));
    m_findNear.finish();
    return true;
}

bool ImportRun::write(const ParsedRow &row, qint64 line, RowError *error)
{
    using F = OrderField;
    // The same order earlier in this file: its order-level data must agree.
    size_t digest = qHash(row.storeId);
    for (const QVariant &v : row.values)
        digest = hashValue(digest, v);
    const size_t key = qHashMulti(0, row.storeId, row.orderId);
    if (const auto seen = m_seenOrders.find(key); seen != m_seenOrders.end()) {
        if (seen->digest != digest) {
            // Name the first differing column by comparing with what the earlier row stored.
            m_findOrder.addBindValue(row.storeId);
            m_findOrder.addBindValue(row.orderId);
            if (!m_findOrder.exec())
                return dbFail(m_findOrder);
            int column = 0;
            QString what;
            if (m_findOrder.next()) {
                for (int c = 0; c < C_Count && column == 0; ++c) {
                    const QVariant &mine = row.values[c];
                    if (mine.isValid() && !sameValue(mine, m_findOrder.value(c + 1))) {
                        what = QString::fromUtf16(s_orderColumns[c]);
                        static const QHash<int, F> fieldOf{
                                {C_Model, F::Model}, {C_Status, F::Status}, {C_BuyerName, F::BuyerName},
                                {C_BuyerLogin, F::BuyerLogin}, {C_Country, F::Country},
                                {C_ProductTotal, F::ProductTotal}, {C_Shipping, F::Shipping},
                                {C_Discount, F::Discount}, {C_OrderTotal, F::OrderTotal},
                                {C_CommissionRate, F::CommissionRate}, {C_Commission, F::Commission},
                                {C_AffiliateRate, F::AffiliateRate}, {C_Created, F::Created},
                                {C_Paid, F::Paid}, {C_Shipped, F::Shipped}, {C_Received, F::Received},
                                {C_Carrier, F::Carrier}, {C_Tracking, F::Tracking}};
                        column = fieldOf.contains(c) ? col(fieldOf.value(c)) : col(F::OrderId);
                    }
                }
            }
            m_findOrder.finish();
            *error = RowError{column > 0 ? column : col(F::OrderId),
                              OrderImporter::tr("order %1 already appears on line %2 with different data")
                                      .arg(row.orderId)
                                      .arg(seen->line)};
            return false;
        }
        bool changed = false;
        if (!writeItems(seen->ref, row, seen->outcome == Seen::Inserted, &changed, error))
            return false;
        if (changed && seen->outcome == Seen::Unchanged) {
            seen->outcome = Seen::Updated;
            --m_result->unchanged;
            ++m_result->updated;
        }
        return !changed || refreshSearch(seen->ref);
    }

    const StoreInfo &store = m_stores[row.storeId];
    std::array<QVariant, C_Count> stored;
    qint64 ref = 0;
    bool exists = false;
    QVariant storedDue;
    if (!m_bulk) {
        m_findOrder.addBindValue(row.storeId);
        m_findOrder.addBindValue(row.orderId);
        if (!m_findOrder.exec())
            return dbFail(m_findOrder);
        if (m_findOrder.next()) {
            exists = true;
            ref = m_findOrder.value(0).toLongLong();
            for (int c = 0; c < C_Count; ++c)
                stored[c] = m_findOrder.value(c + 1);
            storedDue = m_findOrder.value(C_Count + 1);
        }
        m_findOrder.finish();
        if (!exists && looksRounded(row.orderId) && row.orderId.size() <= 18
            && !warnIfRounded(row, line))
            return false;
    }

    // The values to store: the file's where it has them, else what is stored / defaults.
    std::array<QVariant, C_Count> next;
    for (int c = 0; c < C_Count; ++c)
        next[c] = row.values[c].isValid() ? row.values[c] : stored[c];
    if (!exists) {
        if (!next[C_Model].isValid()) {
            if (m_options.defaultModel.isEmpty()) {
                // Said once for the file, not once per row: the fix is one choice.
                m_result->fatal =
                        OrderImporter::tr("%1:%2: the file does not say how its orders are "
                                          "fulfilled, and order %3 is new: choose the "
                                          "fulfillment model of its new orders (on the command "
                                          "line: --model %4)")
                                .arg(m_fileName)
                                .arg(line)
                                .arg(row.orderId, OrderTerms::modelCodes().join(u"|"_s));
                return false;
            }
            next[C_Model] = m_options.defaultModel;
        }
        for (int c : {C_Logistics, C_BuyerName, C_BuyerLogin, C_Country, C_Carrier, C_Tracking}) {
            if (!next[c].isValid())
                next[c] = QString();
        }
        for (int c : {C_ProductTotal, C_Shipping, C_Discount, C_OrderTotal}) {
            if (!next[c].isValid())
                next[c] = qint64(0);
        }
        for (int c : {C_CommissionRate, C_Commission, C_AffiliateRate, C_Paid, C_Shipped, C_Received}) {
            if (!next[c].isValid())
                next[c] = nullInt();
        }
    }
    const QVariant paid = next[C_Paid];
    const auto due = m_deadlines.dueUtc(next[C_Model].toString(),
                                        paid.isNull() ? std::nullopt : std::optional(paid.toLongLong()),
                                        store.selfDelivery, store.zone);
    const QVariant dueValue = due ? QVariant(*due) : nullInt();

    Seen::Outcome outcome = Seen::Unchanged;
    if (!exists) {
        m_insertOrder.addBindValue(row.storeId);
        m_insertOrder.addBindValue(row.orderId);
        for (const QVariant &v : next)
            m_insertOrder.addBindValue(v);
        m_insertOrder.addBindValue(dueValue);
        m_insertOrder.addBindValue(row.staffNote);
        m_insertOrder.addBindValue(row.reviewedOn.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                            : QVariant(row.reviewedOn));
        if (!m_insertOrder.exec())
            return dbFail(m_insertOrder);
        ref = m_insertOrder.lastInsertId().toLongLong();
        outcome = Seen::Inserted;
        m_history.addBindValue(ref);
        m_history.addBindValue(m_now);
        m_history.addBindValue(u"order_status"_s);
        m_history.addBindValue(QVariant(QMetaType::fromType<QString>()));
        m_history.addBindValue(next[C_Status]);
        m_history.addBindValue(m_sourceTag);
        if (!m_history.exec())
            return dbFail(m_history);
        ++m_result->inserted;
    } else {
        bool changed = !sameValue(dueValue, storedDue);
        for (int c = 0; c < C_Count && !changed; ++c)
            changed = !sameValue(next[c], stored[c]);
        if (changed) {
            for (const QVariant &v : next)
                m_updateOrder.addBindValue(v);
            m_updateOrder.addBindValue(dueValue);
            m_updateOrder.addBindValue(ref);
            if (!m_updateOrder.exec())
                return dbFail(m_updateOrder);
            for (int c : {C_Status, C_Logistics}) {
                if (sameValue(next[c], stored[c]))
                    continue;
                m_history.addBindValue(ref);
                m_history.addBindValue(m_now);
                m_history.addBindValue(QString::fromUtf16(s_orderColumns[c]));
                m_history.addBindValue(stored[c]);
                m_history.addBindValue(next[c]);
                m_history.addBindValue(m_sourceTag);
                if (!m_history.exec())
                    return dbFail(m_history);
            }
            outcome = Seen::Updated;
        }
    }
    bool itemsChanged = false;
    if (!writeItems(ref, row, !exists, &itemsChanged, error))
        return false;
    if (exists && itemsChanged)
        outcome = Seen::Updated;
    if (outcome == Seen::Updated)
        ++m_result->updated;
    else if (outcome == Seen::Unchanged)
        ++m_result->unchanged;
    m_seenOrders.insert(key, Seen{digest, line, ref, outcome});
    if (outcome != Seen::Unchanged && !refreshSearch(ref))
        return false;
    return true;
}

bool ImportRun::writeItems(qint64 orderRef, const ParsedRow &row, bool isNew, bool *changed,
                           RowError *error)
{
    for (const ParsedItem &item : row.items) {
        size_t digest = 0;
        for (const QVariant &v : item.values)
            digest = hashValue(digest, v);
        const size_t key = qHashMulti(1, orderRef, item.childId);
        if (const auto seen = m_seenItems.constFind(key); seen != m_seenItems.cend()) {
            if (seen->first != digest) {
                int column = 0;
                for (int c = 0; c < I_Count && column == 0; ++c)
                    column = item.columns[c];
                *error = RowError{column, OrderImporter::tr("line item %1 of order %2 already appears on line %3 with different data")
                                                  .arg(item.childId, row.orderId)
                                                  .arg(seen->second)};
                return false;
            }
            continue;
        }
        m_seenItems.insert(key, {digest, m_source->line()});

        std::array<QVariant, I_Count> stored;
        qint64 itemRef = 0;
        if (!isNew) {
            m_findItem.addBindValue(orderRef);
            m_findItem.addBindValue(item.childId);
            if (!m_findItem.exec())
                return dbFail(m_findItem);
            if (m_findItem.next()) {
                itemRef = m_findItem.value(0).toLongLong();
                for (int c = 0; c < I_Count; ++c)
                    stored[c] = m_findItem.value(c + 1);
            }
            m_findItem.finish();
        }
        std::array<QVariant, I_Count> next;
        for (int c = 0; c < I_Count; ++c)
            next[c] = item.values[c].isValid() ? item.values[c] : stored[c];
        if (itemRef == 0) {
            for (int c : {I_ProductId, I_Sku, I_Name, I_Status, I_Operator}) {
                if (!next[c].isValid())
                    next[c] = QString();
            }
            for (int c : {I_UnitPrice, I_Refund}) {
                if (!next[c].isValid())
                    next[c] = qint64(0);
            }
            if (!next[I_Quantity].isValid())
                next[I_Quantity] = qint64(1);
            m_insertItem.addBindValue(orderRef);
            m_insertItem.addBindValue(item.childId);
            for (const QVariant &v : next)
                m_insertItem.addBindValue(v);
            if (!m_insertItem.exec())
                return dbFail(m_insertItem);
            *changed = true;
            continue;
        }
        bool differs = false;
        for (int c = 0; c < I_Count && !differs; ++c)
            differs = !sameValue(next[c], stored[c]);
        if (!differs)
            continue;
        for (const QVariant &v : next)
            m_updateItem.addBindValue(v);
        m_updateItem.addBindValue(itemRef);
        if (!m_updateItem.exec())
            return dbFail(m_updateItem);
        *changed = true;
    }
    return true;
}

void ImportRun::reject(const QStringList &fields, qint64 line, const RowError &error)
{
    m_log.reject(*m_source, fields, line, error.column, error.reason);
}

bool ImportRun::run(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    m_now = utc::toStore(QDateTime::currentDateTimeUtc());

    // Opened first: a file over a limit is refused before it is read.
    QString error;
    m_source = RecordSource::open(path, m_options.sheet, &error,
                                  WorkspaceSettings(m_db).importLimits());
    if (!m_source) {
        m_result->fatal = error;
        return false;
    }
    // The content hash: the import history says which file went in.
    if (!m_log.identify(path))
        return false;
    m_sourceTag = u"import:"_s + m_fileName;
    QStringList header;
    if (!m_source->read(&header)) {
        m_result->fatal = m_source->error().isEmpty()
                ? OrderImporter::tr("%1: the file is empty").arg(m_fileName)
                : m_source->error();
        return false;
    }
    m_columns = OrderColumns::detect(header, m_options.mapping);
    m_result->layout = m_columns.layout();
    if (const auto missing = m_columns.missingRequired(); !missing.isEmpty()) {
        QStringList names;
        for (OrderField f : missing)
            names.append(OrderColumns::label(f));
        m_result->fatal = OrderImporter::tr("%1:%2: the header has no column for: %3. "
                                            "Map the columns for this layout and import again.")
                                  .arg(m_fileName)
                                  .arg(m_source->line())
                                  .arg(names.join(u", "_s));
        return false;
    }
    if (!m_options.defaultModel.isEmpty() && !OrderTerms::modelCodes().contains(m_options.defaultModel)) {
        m_result->fatal = OrderImporter::tr("--model \"%1\" is not a fulfillment model; use one "
                                            "of %2")
                                  .arg(m_options.defaultModel, OrderTerms::modelCodes().join(u", "_s));
        return false;
    }
    if (!loadStores())
        return false;
    if (m_options.storeId > 0 && !m_stores.contains(m_options.storeId)) {
        m_result->fatal = OrderImporter::tr("the store chosen for the import does not exist");
        return false;
    }

    // A big import dirties many pages before it commits: a larger page cache keeps them
    // in memory instead of spilling them to the WAL one by one (64 MiB, then back).
    struct CacheSize
    {
        QSqlDatabase db;
        explicit CacheSize(const QSqlDatabase &d) : db(d)
        {
            QSqlQuery(u"PRAGMA cache_size = -65536"_s, db);
        }
        ~CacheSize() { QSqlQuery(u"PRAGMA cache_size = -2000"_s, db); }
    } cacheSize(m_db);

    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_result->fatal = OrderImporter::tr("%1: not imported: %2").arg(m_fileName, tx.error());
        return false;
    }
    QStringList droppedIndexes;
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT NOT EXISTS (SELECT 1 FROM orders)"_s) || !q.next())
            return dbFail(q);
        m_bulk = q.value(0).toBool();
        // A first load into an empty table: build the secondary indexes once at the end.
        if (m_bulk) {
            if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                        "AND tbl_name IN ('orders', 'order_items', 'order_status_history')"_s))
                return dbFail(q);
            QStringList names;
            while (q.next()) {
                names.append(q.value(0).toString());
                droppedIndexes.append(q.value(1).toString());
            }
            for (const QString &name : std::as_const(names)) {
                if (!q.exec(u"DROP INDEX \""_s + name + u'"'))
                    return dbFail(q);
            }
        }
    }
    if (!prepareStatements())
        return false;

    if (m_options.skipBad && !m_options.dryRun && !m_log.openRejected(path, header))
        return false;

    QStringList fields;
    qint64 lastProgress = -1;
    while (m_source->read(&fields)) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_result->cancelled = true;
            return false;
        }
        if (fields.size() <= 1 && fields.value(0).trimmed().isEmpty())
            continue; // a blank line
        ++m_result->rowsRead;
        if (m_options.progress && (m_result->rowsRead & 1023) == 0) {
            const qint64 done = m_source->done();
            if (done != lastProgress) {
                m_options.progress(done, m_source->total());
                lastProgress = done;
            }
        }
        RowError rowError;
        const qint64 line = m_source->line();
        // XLSX rows end at their last filled cell; CSV rows must match the header.
        if (fields.size() > header.size()
            || (fields.size() < header.size() && m_source->fixedWidth())) {
            reject(fields, line,
                   RowError{int(qMin(fields.size(), header.size())) + 1,
                            OrderImporter::tr("the row has %1 fields but the header has %2")
                                    .arg(fields.size())
                                    .arg(header.size())});
            continue;
        }
        const auto row = parse(fields, &rowError);
        if (!row) {
            reject(fields, line, rowError);
            continue;
        }
        if (!write(*row, line, &rowError)) {
            if (!m_result->fatal.isEmpty())
                return false;
            reject(fields, line, rowError);
            continue;
        }
        for (const RowError &w : row->warnings)
            m_log.warn(*m_source, line, w.column, w.reason);
        if (row->orderId.size() >= 16) {
            ++m_longIds;
            if (looksRounded(row->orderId) && m_roundedIds++ == 0) {
                m_firstRounded = row->orderId;
                m_firstRoundedLine = line;
            }
        }
    }
    if (m_source->error().size()) {
        // The file itself is damaged (e.g. an unclosed quote): nothing goes in.
        m_result->errors.append(m_source->error());
        m_result->fatal = m_source->error();
        return false;
    }
    if (m_result->rowsRead == 0) {
        m_result->fatal = OrderImporter::tr("%1:%2: the file has a header but no orders")
                                  .arg(m_fileName)
                                  .arg(m_source->line() + 1);
        return false;
    }
    if (!m_result->fatal.isEmpty())
        return false;
    // Spreadsheets keep 15 significant digits: a file whose long order IDs mostly end in
    // zeros past the 15th went through one, and its IDs may name orders that do not exist.
    if (m_roundedIds >= 2 && m_roundedIds * 2 > m_longIds)
        m_log.warn(*m_source, 0, 0,
                   OrderImporter::tr("%1 of %2 order IDs of 16 digits or more end in zeros past "
                                     "the 15th digit (the first: %3, line %4), as IDs do after a "
                                     "spreadsheet rounded them; import the seller center's "
                                     "original file, or keep the IDs as text")
                           .arg(m_roundedIds)
                           .arg(m_longIds)
                           .arg(m_firstRounded)
                           .arg(m_firstRoundedLine));
    if (m_result->rejected > 0 && !m_options.skipBad)
        return false; // refused: every problem is listed

    if (m_options.dryRun)
        return true; // the transaction rolls back: nothing written

    if (m_bulk) {
        QSqlQuery q(m_db);
        for (const QString &sql : std::as_const(droppedIndexes)) {
            if (!q.exec(sql))
                return dbFail(q);
        }
        if (!OrderRepository::rebuildSearch(m_db, &error)) {
            m_result->fatal = error;
            return false;
        }
    }

    if (!m_log.record(m_options.storeId, m_now))
        return false;
    if (!tx.commit()) {
        m_result->fatal = OrderImporter::tr("%1: not imported: %2").arg(m_fileName, tx.error());
        return false;
    }
    m_result->committed = true;
    // After a big load the query planner needs fresh statistics to pick the sort index
    // over an unselective filter. Sampled statistics mislead it (a status that holds
    // most orders looks rare), so the orders are analysed in full: about a second at a
    // million orders.
    if (m_result->inserted > 10000) {
        QSqlQuery q(m_db);
        q.exec(u"ANALYZE orders"_s);
    }
    return true;
}

} // namespace

OrderImportResult OrderImporter::run(const QString &path, const OrderImportOptions &options)
{
    OrderImportResult result;
    ImportRun(m_db, options, &result).run(path);
    return result;
}

QStringList OrderImporter::readHeader(const QString &path, const QString &sheet, QString *error)
{
    auto source = RecordSource::open(path, sheet, error);
    QStringList header;
    if (source && !source->read(&header) && error->isEmpty())
        *error = source->error().isEmpty() ? tr("%1: the file is empty").arg(QFileInfo(path).fileName())
                                           : source->error();
    return header;
}


} // namespace sd
