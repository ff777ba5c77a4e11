#include "orders/productinfo.h"

#include <QTest>

using namespace Qt::StringLiterals;
using sd::ProductInfo;
using sd::ProductLine;

Q_DECLARE_METATYPE(QList<sd::ProductLine>)

namespace {

ProductLine product(const QString &name, qint64 quantity = 1, const QString &attributes = {},
                    const QString &skuCode = {}, const QString &unitPriceText = {},
                    const QString &productId = {})
{
    ProductLine p;
    p.name = name;
    p.quantity = quantity;
    p.quantityStated = true;
    p.attributes = attributes;
    p.skuCode = skuCode;
    p.unitPriceText = unitPriceText;
    p.productId = productId;
    return p;
}

// A product whose text gives no quantity: 1, and said so.
ProductLine unstated(const QString &name, const QString &unitPriceText = {})
{
    ProductLine p = product(name, 1, {}, {}, unitPriceText);
    p.quantityStated = false;
    return p;
}

} // namespace

class tst_ProductInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void emptyIsNoProduct_data();
    void emptyIsNoProduct();
    void malformed_data();
    void malformed();
    void errorIsClearedOnSuccess();
    void manyProducts();
};

void tst_ProductInfo::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<ProductLine>>("expected");

    // The seller-center export as the importers in docs/seller-center-product-text.md read it.
    QTest::newRow("seller center, one product")
            << u"【1】Women Summer Dress Floral Print\n"
               u"(产品属性: Color: Red Size: M)\n"
               u"(商家编码:J21101_1__L)\n"
               u"(产品数量:2 piece)\n"
               u"(物流等级&买家选择物流:AliExpress Standard Shipping)"_s
            << QList<ProductLine>{product(u"Women Summer Dress Floral Print"_s, 2,
                                          u"Color: Red Size: M"_s, u"J21101_1__L"_s)};
    QTest::newRow("seller center, two products, CRLF, no SKU code on the second")
            << u"【1】Phone Case for iPhone 13\r\n"
               u"(产品属性: Color: Black)\r\n"
               u"(商家编码:PC-13-BK)\r\n"
               u"(产品数量:1 piece)\r\n"
               u"【2】Tempered Glass Screen Protector\r\n"
               u"(产品属性: Quantity: 2 pcs)\r\n"
               u"(产品数量:3 pieces)\r\n"_s
            << QList<ProductLine>{
                       product(u"Phone Case for iPhone 13"_s, 1, u"Color: Black"_s, u"PC-13-BK"_s),
                       product(u"Tempered Glass Screen Protector"_s, 3, u"Quantity: 2 pcs"_s)};
    QTest::newRow("full-width punctuation and digits, kept as written")
            << u"【１】 手机壳　\r\n（产品属性：颜色：黑色）\r\n（商家编码：PC－01）\r\n（产品数量：３ 件）"_s
            << QList<ProductLine>{product(u"手机壳"_s, 3, u"颜色：黑色"_s, u"PC－01"_s)};
    QTest::newRow("products run together on one line")
            << u"【1】Wireless Mouse(产品属性: Color: Black)(产品数量:1 piece)【2】USB Hub(产品数量:3 lots)"_s
            << QList<ProductLine>{product(u"Wireless Mouse"_s, 1, u"Color: Black"_s),
                                  product(u"USB Hub"_s, 3)};
    QTest::newRow("english labels, [n] markers")
            << u"[1] Wireless Earbuds\n"
               u"(Product attributes: Color: Black; Size: M)\n"
               u"(SKU code: WE-01-BK)\n"
               u"(Product quantity: 2 pieces)\n"
               u"(Unit price: US $12.50)\n"
               u"[2] Charging Case\n"
               u"(Product ID: 1005003574624824)\n"
               u"(Quantity: 1 piece)\n"
               u"(Price: US $3.99)"_s
            << QList<ProductLine>{product(u"Wireless Earbuds"_s, 2, u"Color: Black; Size: M"_s,
                                          u"WE-01-BK"_s, u"US $12.50"_s),
                                  product(u"Charging Case"_s, 1, {}, {}, u"US $3.99"_s,
                                          u"1005003574624824"_s)};
    QTest::newRow("title only") << u"Stainless Steel Water Bottle 500ml"_s
                                << QList<ProductLine>{
                                           unstated(u"Stainless Steel Water Bottle 500ml"_s)};
    QTest::newRow("title only, spaces and line ends around")
            << u"  \r\n   Bamboo Cutting Board  \r\n\r\n"_s
            << QList<ProductLine>{unstated(u"Bamboo Cutting Board"_s)};
    QTest::newRow("labels after the title on the same line")
            << u"USB Cable 1m (商品编码: UC-1M) 数量：2 单价：US $3.99"_s
            << QList<ProductLine>{product(u"USB Cable 1m"_s, 2, {}, u"UC-1M"_s, u"US $3.99"_s)};
    QTest::newRow("english labels, commas, odd case and spaces")
            << u"LED Strip 5m, qty :  5 , PRICE: US $7.20,  product id : 1005001234567890"_s
            << QList<ProductLine>{
                       product(u"LED Strip 5m"_s, 5, {}, {}, u"US $7.20"_s, u"1005001234567890"_s)};
    QTest::newRow("x N after the title")
            << u"USB-C Charger 20W x 3"_s << QList<ProductLine>{product(u"USB-C Charger 20W"_s, 3)};
    QTest::newRow("× and * after the titles, one product a line")
            << u"Silicone Spatula×2\nKitchen Towel * 4\nApron"_s
            << QList<ProductLine>{product(u"Silicone Spatula"_s, 2), product(u"Kitchen Towel"_s, 4),
                                  unstated(u"Apron"_s)};
    QTest::newRow("a size is not a quantity")
            << u"Camping Tarp 3 x 4"_s << QList<ProductLine>{unstated(u"Camping Tarp 3 x 4"_s)};
    QTest::newRow("an explicit quantity wins over x N")
            << u"Socks Pack x 5\n(产品数量: 2 piece)"_s
            << QList<ProductLine>{product(u"Socks Pack x 5"_s, 2)};
    QTest::newRow("no markers: each title starts a product")
            << u"Phone Case\n数量：2\nScreen Protector\nQty: 3"_s
            << QList<ProductLine>{product(u"Phone Case"_s, 2), product(u"Screen Protector"_s, 3)};
    QTest::newRow("unlabelled attribute lines belong to the product")
            << u"Phone Case\nColor: Black\nPlug Type: EU\nQty: 2"_s
            << QList<ProductLine>{product(u"Phone Case"_s, 2, u"Color: Black; Plug Type: EU"_s)};
    QTest::newRow("a title in two lines before the details")
            << u"【1】Long Product Title Part One\nPart Two\n(产品数量: 1 piece)"_s
            << QList<ProductLine>{product(u"Long Product Title Part One Part Two"_s)};
    QTest::newRow("attributes keep labels that look like fields")
            << u"【1】Screws\n(产品属性: Quantity: 10 pcs, Color: Red (Dark))\n(产品数量: 1 piece(s))"_s
            << QList<ProductLine>{
                       product(u"Screws"_s, 1, u"Quantity: 10 pcs, Color: Red (Dark)"_s)};
    QTest::newRow("brackets in the title stay in the title")
            << u"【1】Phone Case (Black) [2 Pack]\n(产品数量:2 piece)"_s
            << QList<ProductLine>{product(u"Phone Case (Black) [2 Pack]"_s, 2)};
    QTest::newRow("empty values are no values")
            << u"【1】Mug\n(产品属性:)\n(商家编码:)\n(产品数量:1 piece)"_s
            << QList<ProductLine>{product(u"Mug"_s)};
    QTest::newRow("unclosed last group")
            << u"【1】Cable\n(产品数量: 4 pieces"_s << QList<ProductLine>{product(u"Cable"_s, 4)};
    QTest::newRow("the same quantity twice")
            << u"Cable\nQty: 2\n数量: 2"_s << QList<ProductLine>{product(u"Cable"_s, 2)};
    QTest::newRow("leading zeros, upper bound")
            << u"A\nQty: 007\nB\nQty: 100000"_s
            << QList<ProductLine>{product(u"A"_s, 7), product(u"B"_s, 100000)};
    QTest::newRow("price as written, full-width dollar")
            << u"Mug\n单价：US ＄3.99"_s
            << QList<ProductLine>{unstated(u"Mug"_s, u"US ＄3.99"_s)};
    QTest::newRow("chinese product id label")
            << u"【1】Mug (商品ID: 1005004567890123)(产品数量: 2 件)"_s
            << QList<ProductLine>{product(u"Mug"_s, 2, {}, {}, {}, u"1005004567890123"_s)};
    // A quantity written in a way the parser does not read is not stated: the importer
    // refuses such a row instead of storing 1 (issue 21, item 3).
    QTest::newRow("quantity label without its colon")
            << u"【1】Mug\n(产品数量 2 piece)"_s
            << QList<ProductLine>{unstated(u"Mug (产品数量 2 piece)"_s)};
    QTest::newRow("quantity under a label it does not know")
            << u"【1】Mug\n(수량: 2 개)"_s << QList<ProductLine>{unstated(u"Mug (수량: 2 개)"_s)};
    QTest::newRow("ignored details: shipping, remarks, sku id")
            << u"[1] Desk Lamp\n(Shipping method: Cainiao)\n(SKU ID: 12000023456)\n(Remark: gift)\n(Qty: 1)"_s
            << QList<ProductLine>{product(u"Desk Lamp"_s)};
}

void tst_ProductInfo::parses()
{
    QFETCH(QString, text);
    QFETCH(QList<ProductLine>, expected);
    QString error = u"stale"_s;
    qsizetype offset = 99;
    const QList<ProductLine> lines = ProductInfo::parse(text, &error, &offset);
    QCOMPARE(error, QString());
    QCOMPARE(offset, qsizetype(-1));
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines[i].name, expected[i].name);
        QCOMPARE(lines[i].quantity, expected[i].quantity);
        QCOMPARE(lines[i].quantityStated, expected[i].quantityStated);
        QCOMPARE(lines[i].attributes, expected[i].attributes);
        QCOMPARE(lines[i].skuCode, expected[i].skuCode);
        QCOMPARE(lines[i].unitPriceText, expected[i].unitPriceText);
        QCOMPARE(lines[i].productId, expected[i].productId);
    }
    QCOMPARE(lines, expected);
}

void tst_ProductInfo::emptyIsNoProduct_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces and line ends") << u"  \r\n \t\n　"_s;
}

void tst_ProductInfo::emptyIsNoProduct()
{
    QFETCH(QString, text);
    QString error = u"stale"_s;
    qsizetype offset = 5;
    QVERIFY(ProductInfo::parse(text, &error, &offset).isEmpty());
    QVERIFY(error.isEmpty());
    QCOMPARE(offset, qsizetype(-1));
}

void tst_ProductInfo::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qsizetype>("offset");

    auto row = [](const char *tag, const QString &text, const QString &error, QStringView at) {
        QTest::newRow(tag) << text << error << text.indexOf(at);
    };
    row("negative", u"Phone Case\n数量: -2"_s,
        u"product 1: quantity \"-2\" is not a positive whole number"_s, u"-2");
    row("negative in the second product, with a unit",
        u"【1】Mug\r\n(产品数量:1 piece)\r\n【2】Cup\r\n(产品数量: -2 pieces)"_s,
        u"product 2: quantity \"-2\" is not a positive whole number"_s, u"-2 pieces");
    row("fraction", u"Rice 1kg, Qty: 1.5"_s,
        u"product 1: quantity \"1.5\" is not a positive whole number"_s, u"1.5");
    row("zero", u"Mug\n数量: 0"_s, u"product 1: quantity \"0\" is not a positive whole number"_s,
        u"0");
    row("words", u"Mug\nQty: two"_s,
        u"product 1: quantity \"two\" is not a positive whole number"_s, u"two");
    row("full-width minus sign", u"Mug\n数量：－３"_s,
        u"product 1: quantity \"－３\" is not a positive whole number"_s, u"－３");
    row("empty quantity", u"【1】Mug\n(产品数量:)"_s, u"product 1: the quantity is empty"_s, u")");
    row("too many", u"A\nB\n数量：100001"_s,
        u"product 2: quantity \"100001\" is more than 100000"_s, u"100001");
    row("far too many", u"A\nQty: 99999999999999999999999"_s,
        u"product 1: quantity \"99999999999999999999999\" is more than 100000"_s, u"999");
    row("x 0 after the title", u"Mug\nCable x 0"_s,
        u"product 2: quantity \"0\" is not a positive whole number"_s, u"0");
    row("x 1.5 after the title", u"Cable x 1.5"_s,
        u"product 1: quantity \"1.5\" is not a positive whole number"_s, u"1.5");
    row("product id not a number", u"[1] Mug\n(Product ID: AB-12)"_s,
        u"product 1: product ID \"AB-12\" is not a number"_s, u"AB-12");
    row("no name", u"【1】Mug\n【2】\n(产品数量: 2 piece)"_s, u"product 2: no product name"_s,
        u"【2】");
    row("two different quantities", u"Cable\nQty: 2\nQty: 3"_s,
        u"product 1: the quantity is given twice, \"2\" and \"3\""_s, u"3");
    row("two different SKU codes", u"【1】Cable\n(商家编码:A1)\n(SKU code: B2)"_s,
        u"product 1: the SKU code is given twice, \"A1\" and \"B2\""_s, u"B2");
}

void tst_ProductInfo::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(qsizetype, offset);
    QVERIFY(offset >= 0);
    QString gotError;
    qsizetype gotOffset = -1;
    QVERIFY(ProductInfo::parse(text, &gotError, &gotOffset).isEmpty());
    QCOMPARE(gotError, error);
    QCOMPARE(gotOffset, offset);
}

void tst_ProductInfo::errorIsClearedOnSuccess()
{
    QString error;
    QVERIFY(ProductInfo::parse(u"Mug\nQty: -1", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(ProductInfo::parse(u"Mug\nQty: 1", &error).size(), 1);
    QVERIFY(error.isEmpty());
    // Null pointers are allowed.
    QCOMPARE(ProductInfo::parse(u"Mug", nullptr).size(), 1);
    QVERIFY(ProductInfo::parse(u"Mug\nQty: 0", nullptr).isEmpty());
}

void tst_ProductInfo::manyProducts()
{
    // A cell near Excel's 32767-character limit.
    QString text;
    for (int i = 1; i <= 600; ++i)
        text += u"【%1】Item %1\n(产品属性: Color: Red)\n(产品数量:%1 piece)\n"_s.arg(i);
    QString error;
    const QList<ProductLine> lines = ProductInfo::parse(text, &error);
    QCOMPARE(error, QString());
    QCOMPARE(lines.size(), 600);
    QCOMPARE(lines.last().name, u"Item 600"_s);
    QCOMPARE(lines.last().quantity, 600);
    QCOMPARE(lines.last().attributes, u"Color: Red"_s);
}

QTEST_GUILESS_MAIN(tst_ProductInfo)
#include "tst_productinfo.moc"
