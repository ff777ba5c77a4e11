#pragma once

#include <QString>

namespace sd {

// How reports tell products apart: by product ID; else by SKU code (商家编码), because
// seller-center exports carry no product ID; else by the name as stored (the title with
// its attributes). SQL fragments over order_items aliased "i", composed into statements.
struct ProductKey final
{
    enum Kind { ById = 0, BySku = 1, ByName = 2 };

    // The kind of key (0, 1, 2) and the key itself; group by both.
    static QString kindSql()
    {
        return QStringLiteral("CASE WHEN i.product_id <> '' THEN 0 WHEN i.sku_code <> '' THEN 1 ELSE 2 END");
    }
    static QString valueSql()
    {
        return QStringLiteral("CASE WHEN i.product_id <> '' THEN i.product_id WHEN i.sku_code <> '' "
                              "THEN i.sku_code ELSE i.product_name END");
    }
    // The line item names its product somehow.
    static QString namedSql()
    {
        return QStringLiteral("(i.product_id <> '' OR i.sku_code <> '' OR i.product_name <> '')");
    }

    Kind kind = ById;
    QString value;
    QString productId() const { return kind == ById ? value : QString(); }
    QString skuCode() const { return kind == BySku ? value : QString(); }
};

} // namespace sd
