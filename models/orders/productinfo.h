#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sd {

// One product of an order, as the seller-center export's 产品信息 / "Product Information"
// cell describes it. Text fields keep the cell's own spelling (trimmed).
struct ProductLine
{
    QString name; // product title, trimmed
    QString productId; // digits if present, else empty
    QString skuCode; // seller's SKU / 商家编码 if present, else empty
    QString attributes; // e.g. "Color: Red; Size: M" as written, else empty
    qint64 quantity = 1; // 1 when the text gives none
    // The text gives the quantity (a quantity label, or "x N" after the title). A seller-center
    // cell always does: without one, the quantity is written in a way the parser cannot read.
    bool quantityStated = false;
    // The price as written ("US $3.99"), empty if none; the caller parses Money.
    QString unitPriceText;

    friend bool operator==(const ProductLine &, const ProductLine &) = default;
};

// Reads the free-text product cell of an AliExpress order export. The formats read, and
// where they come from, are described in docs/seller-center-product-text.md.
class ProductInfo final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProductInfo)
public:
    // Maximum quantity of one product line; more is refused as malformed.
    static constexpr qint64 maxQuantity = 100000;

    // Splits a 产品信息 cell into product lines. On malformed text (e.g. a quantity that is
    // not a positive whole number, "数量: -2", "Qty: 1.5", "数量: 0", or above maxQuantity)
    // returns an empty list and sets *error to a translated sentence naming the product's
    // position ("product 2: quantity \"-2\" is not a positive whole number") and
    // *errorOffset to the offset (UTF-16 code units) in text where the bad part starts.
    // Empty or whitespace-only text gives an empty list and no error. Whenever there is
    // no error, *error is cleared and *errorOffset set to -1. Both pointers may be null.
    static QList<ProductLine> parse(QStringView text, QString *error,
                                    qsizetype *errorOffset = nullptr);
};

} // namespace sd
