#include "ordercolumns.h"

#include "io/recordimporter.h"
#include "time/utctime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct FieldSpec
{
    OrderField field;
    const char16_t *code;
    const char *label;
    // Seller-center Chinese headers, then English and API names.
    std::initializer_list<const char16_t *> chinese;
    std::initializer_list<const char16_t *> english;
};

// clang-format off
const std::array<FieldSpec, OrderFieldCount> &specs()
{
    using F = OrderField;
    static const std::array<FieldSpec, OrderFieldCount> s{{
        {F::Store, u"store", QT_TRANSLATE_NOOP("sd::OrderColumns", "Store"),
         {u"店铺", u"店铺名称"}, {u"Store", u"Store Name", u"Shop"}},
        {F::OrderId, u"order_id", QT_TRANSLATE_NOOP("sd::OrderColumns", "Order ID"),
         {u"订单号", u"订单编号"}, {u"Order ID", u"Order No.", u"Order No", u"Order Number"}},
        {F::ChildId, u"child_id", QT_TRANSLATE_NOOP("sd::OrderColumns", "Line item (child) ID"),
         {u"子订单号"}, {u"Child ID", u"Sub-order ID", u"Sub Order ID"}},
        {F::Model, u"fulfillment_model", QT_TRANSLATE_NOOP("sd::OrderColumns", "Fulfillment model"),
         {u"履约模式", u"经营模式"}, {u"Fulfillment Model", u"Fulfilment Model", u"Model"}},
        {F::Status, u"order_status", QT_TRANSLATE_NOOP("sd::OrderColumns", "Order status"),
         {u"订单状态"}, {u"Order Status", u"Status"}},
        {F::LogisticsStatus, u"logistics_status", QT_TRANSLATE_NOOP("sd::OrderColumns", "Logistics status"),
         {u"物流状态"}, {u"Logistics Status"}},
        {F::BuyerName, u"buyer_name", QT_TRANSLATE_NOOP("sd::OrderColumns", "Buyer name"),
         {u"买家名称"}, {u"Buyer Name", u"Buyer"}},
        {F::BuyerLogin, u"buyer_login", QT_TRANSLATE_NOOP("sd::OrderColumns", "Buyer login ID"),
         {u"买家账号", u"买家登录名"}, {u"Buyer Login ID", u"buyer_login_id"}},
        {F::Country, u"country", QT_TRANSLATE_NOOP("sd::OrderColumns", "Country"),
         {u"收货国家"}, {u"Country", u"Receiver Country", u"Ship To Country", u"Shipping Country"}},
        {F::Currency, u"currency", QT_TRANSLATE_NOOP("sd::OrderColumns", "Currency"),
         {u"币种"}, {u"Currency", u"currency_code"}},
        {F::ProductTotal, u"product_total", QT_TRANSLATE_NOOP("sd::OrderColumns", "Product total"),
         {u"产品总金额"}, {u"Product Total", u"Product Total Amount", u"Product Amount"}},
        {F::Shipping, u"shipping", QT_TRANSLATE_NOOP("sd::OrderColumns", "Shipping"),
         {u"物流费用"}, {u"Shipping Cost", u"Logistics Fee", u"Shipping Fee", u"Shipping"}},
        {F::Discount, u"discount", QT_TRANSLATE_NOOP("sd::OrderColumns", "Discount"),
         {u"满立减"}, {u"Discount", u"Full Reduction", u"Store Discount"}},
        {F::OrderTotal, u"order_total", QT_TRANSLATE_NOOP("sd::OrderColumns", "Order total"),
         {u"订单金额"}, {u"Order Amount", u"Order Total", u"pay_amount"}},
        {F::CommissionRate, u"commission_rate", QT_TRANSLATE_NOOP("sd::OrderColumns", "Commission rate"),
         {u"佣金比例", u"佣金率"}, {u"Commission Rate", u"escrow_fee_rate"}},
        {F::Commission, u"commission", QT_TRANSLATE_NOOP("sd::OrderColumns", "Commission"),
         {u"佣金"}, {u"Commission", u"escrow_fee"}},
        {F::AffiliateRate, u"affiliate_rate", QT_TRANSLATE_NOOP("sd::OrderColumns", "Affiliate rate"),
         {u"联盟佣金比例"}, {u"Affiliate Rate", u"afflicate_fee_rate", u"affiliate_fee_rate"}},
        {F::Created, u"created_utc", QT_TRANSLATE_NOOP("sd::OrderColumns", "Order time"),
         {u"下单时间"}, {u"Order Time", u"Order Date", u"Created", u"gmt_create"}},
        {F::Paid, u"paid_utc", QT_TRANSLATE_NOOP("sd::OrderColumns", "Payment time"),
         {u"付款时间"}, {u"Payment Time", u"Paid Time", u"Paid", u"gmt_pay_time"}},
        {F::Shipped, u"shipped_utc", QT_TRANSLATE_NOOP("sd::OrderColumns", "Shipping time"),
         {u"发货时间"}, {u"Shipping Time", u"Shipped Time", u"Shipped", u"Delivery Time"}},
        {F::Received, u"received_utc", QT_TRANSLATE_NOOP("sd::OrderColumns", "Receipt confirmed"),
         {u"确认收货时间"}, {u"Receipt Confirmation Time", u"Confirm Receipt Time", u"Received"}},
        {F::Carrier, u"carrier", QT_TRANSLATE_NOOP("sd::OrderColumns", "Carrier"),
         {u"物流公司", u"实际发货物流"}, {u"Carrier", u"Logistics Company"}},
        {F::BuyerLogistics, u"buyer_logistics", QT_TRANSLATE_NOOP("sd::OrderColumns", "Buyer's chosen logistics"),
         {u"买家选择物流"}, {u"Buyer Selected Logistics", u"Buyer's Logistics Choice", u"Shipping Method"}},
        {F::Tracking, u"tracking_no", QT_TRANSLATE_NOOP("sd::OrderColumns", "Tracking number"),
         {u"运单号"}, {u"Tracking Number", u"Tracking No.", u"Tracking No", u"logistics_no"}},
        {F::CarrierAndTracking, u"carrier_tracking", QT_TRANSLATE_NOOP("sd::OrderColumns", "Carrier: tracking number"),
         {u"实际发货物流:运单号", u"实际发货物流：运单号"},
         {u"Actual Shipping Logistics: Tracking Number", u"Actual Logistics: Tracking Number", u"Logistics: Tracking Number"}},
        {F::ProductInfo, u"product_info", QT_TRANSLATE_NOOP("sd::OrderColumns", "Product information (text)"),
         {u"产品信息"}, {u"Product Information", u"Product Info", u"Products"}},
        {F::ProductId, u"product_id", QT_TRANSLATE_NOOP("sd::OrderColumns", "Product ID"),
         {u"产品ID", u"商品ID"}, {u"Product ID"}},
        {F::SkuCode, u"sku_code", QT_TRANSLATE_NOOP("sd::OrderColumns", "SKU code"),
         {u"商家编码", u"SKU编码"}, {u"SKU Code", u"SKU"}},
        {F::ProductName, u"product_name", QT_TRANSLATE_NOOP("sd::OrderColumns", "Product name"),
         {u"产品名称", u"商品名称"}, {u"Product Name", u"Product Title"}},
        {F::Quantity, u"quantity", QT_TRANSLATE_NOOP("sd::OrderColumns", "Quantity"),
         {u"数量", u"产品数量"}, {u"Quantity", u"Qty", u"product_count"}},
        {F::UnitPrice, u"unit_price", QT_TRANSLATE_NOOP("sd::OrderColumns", "Unit price"),
         {u"单价", u"产品单价"}, {u"Unit Price", u"product_unit_price"}},
        {F::ItemStatus, u"item_status", QT_TRANSLATE_NOOP("sd::OrderColumns", "Line item status"),
         {u"子订单状态"}, {u"Item Status", u"son_order_status"}},
        {F::SendGoodsOperator, u"send_goods_operator", QT_TRANSLATE_NOOP("sd::OrderColumns", "Shipped by"),
         {u"发货方"}, {u"Send Goods Operator", u"Shipped By"}},
        {F::Refund, u"refund", QT_TRANSLATE_NOOP("sd::OrderColumns", "Refunded amount"),
         {u"退款金额"}, {u"Refund Amount", u"Refunded", u"Refund"}},
        {F::StaffNote, u"staff_note", QT_TRANSLATE_NOOP("sd::OrderColumns", "Staff note"),
         {u"内部备注"}, {u"Staff Note"}},
        {F::ReviewedOn, u"reviewed_on", QT_TRANSLATE_NOOP("sd::OrderColumns", "Reviewed on"),
         {}, {u"Reviewed On"}},
    }};
    return s;
}
// clang-format on

const FieldSpec &spec(OrderField f)
{
    return specs()[size_t(f)];
}

} // namespace

QString OrderColumns::code(OrderField field)
{
    return QString::fromUtf16(spec(field).code);
}

std::optional<OrderField> OrderColumns::fromCode(QStringView code)
{
    for (const FieldSpec &s : specs()) {
        if (code == QStringView(s.code))
            return s.field;
    }
    return std::nullopt;
}

QString OrderColumns::label(OrderField field)
{
    return tr(spec(field).label);
}

QList<OrderField> OrderColumns::allFields()
{
    QList<OrderField> all;
    for (const FieldSpec &s : specs())
        all.append(s.field);
    return all;
}

QList<OrderField> OrderColumns::requiredFields()
{
    return {OrderField::OrderId, OrderField::Status, OrderField::Created};
}

QString OrderColumns::normalizeHeader(QStringView header)
{
    return RecordImporter::normalizeHeader(header);
}

OrderColumns OrderColumns::detect(const QStringList &header, const QHash<OrderField, QString> &custom)
{
    OrderColumns result;
    result.m_header = header;
    QHash<QString, int> byName;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = normalizeHeader(header.at(i));
        if (!key.isEmpty() && !byName.contains(key))
            byName.insert(key, i);
    }
    int chinese = 0, english = 0, own = 0;
    for (const FieldSpec &s : specs()) {
        auto find = [&](const char16_t *name) {
            return byName.value(normalizeHeader(QStringView(name)), -1);
        };
        int col = -1;
        if ((col = find(s.code)) >= 0 && header.at(col).contains(u'_')) {
            ++own;
        } else if (col >= 0) {
            ++english;
        } else {
            for (const char16_t *name : s.chinese) {
                if ((col = find(name)) >= 0) {
                    ++chinese;
                    break;
                }
            }
            if (col < 0) {
                for (const char16_t *name : s.english) {
                    if ((col = find(name)) >= 0) {
                        ++english;
                        break;
                    }
                }
            }
        }
        result.m_columns[size_t(s.field)] = col;
    }
    bool customUsed = false;
    for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
        const int col = byName.value(normalizeHeader(it.value()), -1);
        if (col >= 0) {
            result.m_columns[size_t(it.key())] = col;
            customUsed = true;
        }
    }
    if (customUsed)
        result.m_layout = u"custom"_s;
    else if (own > 0 && chinese == 0)
        result.m_layout = u"sellerdesk"_s;
    else if (chinese > 0 && english == 0 && own == 0)
        result.m_layout = u"seller_center_zh"_s;
    else if (english > 0 && chinese == 0 && own == 0)
        result.m_layout = u"seller_center_en"_s;
    else
        result.m_layout = u"mixed"_s;
    return result;
}

QList<OrderField> OrderColumns::missingRequired() const
{
    QList<OrderField> missing;
    for (OrderField f : requiredFields()) {
        if (!has(f))
            missing.append(f);
    }
    return missing;
}

QStringList ColumnMappingRepository::names() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT name FROM column_mappings WHERE kind = 'orders' ORDER BY name"_s);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

std::optional<QHash<OrderField, QString>> ColumnMappingRepository::load(const QString &name,
                                                                        QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT mapping FROM column_mappings WHERE kind = 'orders' AND name = ?"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = tr("there is no saved column mapping named \"%1\"").arg(name);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    QHash<OrderField, QString> mapping;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (const auto f = OrderColumns::fromCode(it.key()))
            mapping.insert(*f, it.value().toString());
    }
    return mapping;
}

bool ColumnMappingRepository::save(const QString &name, const QHash<OrderField, QString> &mapping,
                                   QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("give the mapping a name");
        return false;
    }
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(OrderColumns::code(it.key()), it.value());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO column_mappings (kind, name, mapping, created_utc) "
              "VALUES ('orders', ?, ?, ?) "
              "ON CONFLICT (kind, name) DO UPDATE SET mapping = excluded.mapping"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ColumnMappingRepository::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM column_mappings WHERE kind = 'orders' AND name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace sd
