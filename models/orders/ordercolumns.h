#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <array>
#include <optional>

namespace sd {

// The order fields an import can read, and how the known layouts name them:
// the seller-center export (Chinese or English headers), the AliExpress API
// names, and SellerDesk's own CSV export (whose headers are the field codes).
enum class OrderField {
    Store,
    OrderId,
    ChildId,
    Model,
    Status,
    LogisticsStatus,
    BuyerName,
    BuyerLogin,
    Country,
    Currency,
    ProductTotal,
    Shipping,
    Discount,
    OrderTotal,
    CommissionRate,
    Commission,
    AffiliateRate,
    Created,
    Paid,
    Shipped,
    Received,
    Carrier,
    BuyerLogistics, // the service the buyer chose (买家选择物流); carrier when no actual one
    Tracking,
    CarrierAndTracking, // 实际发货物流:运单号, "CARRIER:NUMBER"
    ProductInfo, // 产品信息: free text, several products
    ProductId,
    SkuCode,
    ProductName,
    Quantity,
    UnitPrice,
    ItemStatus,
    SendGoodsOperator,
    Refund,
    StaffNote,
    ReviewedOn,
};
constexpr int OrderFieldCount = int(OrderField::ReviewedOn) + 1;

class OrderColumns final
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderColumns)
public:
    // The field's code: SellerDesk's export header and the key in saved mappings.
    static QString code(OrderField field);
    static std::optional<OrderField> fromCode(QStringView code);
    static QString label(OrderField field); // translated, for the mapping dialog
    static QList<OrderField> allFields();
    static QList<OrderField> requiredFields();
    // Headers compare with case, spaces, underscores, hyphens and full-width
    // punctuation ignored: "Order ID", "order_id" and "ORDERID" are the same.
    static QString normalizeHeader(QStringView header);

    OrderColumns() { m_columns.fill(-1); }

    // Maps a header row by the known names; `custom` (field -> header, from a
    // saved mapping) wins over them.
    static OrderColumns detect(const QStringList &header,
                               const QHash<OrderField, QString> &custom = {});

    int column(OrderField field) const { return m_columns[size_t(field)]; }
    bool has(OrderField field) const { return column(field) >= 0; }
    void set(OrderField field, int column) { m_columns[size_t(field)] = column; }
    QList<OrderField> missingRequired() const;
    // "seller_center_zh", "seller_center_en", "sellerdesk", "custom" or "mixed".
    QString layout() const { return m_layout; }
    QStringList header() const { return m_header; }

private:
    std::array<int, OrderFieldCount> m_columns;
    QString m_layout;
    QStringList m_header;
};

// Mappings a user saved for other layouts, by name (workspace table column_mappings).
class ColumnMappingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ColumnMappingRepository)
public:
    explicit ColumnMappingRepository(const QSqlDatabase &db) : m_db(db) { }
    QStringList names() const;
    std::optional<QHash<OrderField, QString>> load(const QString &name, QString *error) const;
    bool save(const QString &name, const QHash<OrderField, QString> &mapping, QString *error);
    bool remove(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
