#include "productinfo.h"

#include "core/textmatch.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// A stretch of the cell text: [begin, end) in UTF-16 code units.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool isEmpty() const { return end <= begin; }
};

enum class Field { Quantity, ProductId, SkuCode, Attributes, Price, Ignored };

// One line of a product block: the free text on it (title or an unlabelled attribute)
// and the labelled parts ("产品数量: 2 piece", "Qty: 2, Price: US $3.99").
struct LineParts
{
    Span plain; // the first free text
    QList<Span> extraPlain; // free text after a labelled part on the same line
    QList<Span> fieldSegments;
    bool isBlank() const { return plain.isEmpty() && fieldSegments.isEmpty(); }
};

struct Block
{
    qsizetype start = 0; // where the product begins: its marker, or its first line
    QList<LineParts> lines;
};

// Full-width ASCII forms (：（）１２，) become ASCII and odd spaces become ' ', one code
// unit for one, so every offset in the copy is an offset in the cell text.
QString normalized(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            out[i] = QChar(char16_t(c - 0xFEE0));
        else if (c == 0x3000 || c == 0x00A0 || c == u'\t')
            out[i] = u' ';
        else
            out[i] = QChar(c);
    }
    return out;
}

// A label followed by a colon. It must start the text or follow a separator, so that
// "数量" inside "产品数量" or "price" inside a word is not taken for a label.
const QRegularExpression &labelRe()
{
    static const QRegularExpression s_re(
            uR"((?<![^\s,;、|(\[\]【】]))"
            uR"((?:(?<quantity>产品数量|商品数量|购买数量|数量|product\s*quantity|quantity|qty\.?))"
            uR"(|(?<productId>产品\s*id|商品\s*id|product\s*id|item\s*id))"
            uR"(|(?<ignored>物流等级&买家选择物流|买家选择物流|物流等级|物流方式|物流|订单备注|备注)"
            uR"(|买家留言|留言|小计|金额|总价|产品链接|商品链接|快照|sku\s*id|shipping\s*method)"
            uR"(|shipping|logistics|buyer'?s?\s*(?:note|message)|remarks?|notes?|subtotal|total)"
            uR"(|amount|snapshot|link|url))"
            uR"(|(?<skuCode>商家编码|商品编码|sku\s*编码|sku\s*编号|货号|商家\s*sku|seller\s*sku)"
            uR"(|merchant\s*sku|sku\s*code|seller\s*code|merchant\s*code|product\s*code|sku))"
            uR"(|(?<attributes>产品属性|商品属性|sku\s*属性|属性|规格)"
            uR"(|product\s*(?:attributes?|properties|property)|sku\s*(?:attributes?|properties))"
            uR"(|attributes?|properties|specifications?|specs?|variations?))"
            uR"(|(?<price>产品单价|商品单价|单价|价格|售价|unit\s*price|price)))"
            uR"(\s*:)"_s,
            QRegularExpression::CaseInsensitiveOption);
    return s_re;
}

Field fieldOf(const QRegularExpressionMatch &m)
{
    if (m.capturedStart(u"quantity") >= 0)
        return Field::Quantity;
    if (m.capturedStart(u"productId") >= 0)
        return Field::ProductId;
    if (m.capturedStart(u"skuCode") >= 0)
        return Field::SkuCode;
    if (m.capturedStart(u"attributes") >= 0)
        return Field::Attributes;
    if (m.capturedStart(u"price") >= 0)
        return Field::Price;
    return Field::Ignored;
}

// "2", "2 piece", "2 pieces", "1 piece(s)", "3 lots", "2件" ...
const QRegularExpression &quantityRe()
{
    static const QRegularExpression s_re(
            uR"(^(\d+)\s*(?:(?:pieces?|pcs|pc|lots?|units?|pairs?|sets?|packs?|bags?)(?:\(s\))?\.?)"
            uR"(|件|个|套|双|包|只|条|台|把|张|盒)?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    return s_re;
}

// A quantity written after the title: "USB cable x 2", "USB cable ×2", "USB cable * 2".
const QRegularExpression &nameQuantityRe()
{
    static const QRegularExpression s_re(uR"((?:\s[xX]|\s*[×*])\s*([+-]?\d+(?:[.,]\d+)?)\s*$)"_s);
    return s_re;
}

// "Color: Red", "颜色: 红色": a short label without digits, then a value.
const QRegularExpression &attributeLikeRe()
{
    static const QRegularExpression s_re(uR"(^[^\s:\d()\[\]【】][^:\d()\[\]【】]{0,19}:\s*\S)"_s);
    return s_re;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u';' || c == u'、' || c == u'|';
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
        , m_norm(normalized(text))
    { }

    QList<ProductLine> run()
    {
        QList<Block> blocks = splitBlocks();
        QList<ProductLine> products;
        for (const Block &block : std::as_const(blocks)) {
            ProductLine line;
            if (!parseBlock(block, products.size() + 1, &line))
                return {};
            products.append(line);
        }
        return products;
    }

    QString error;
    qsizetype errorOffset = -1;

private:
    QStringView text(Span s) const { return m_text.sliced(s.begin, s.end - s.begin); }
    QStringView norm(Span s) const { return QStringView(m_norm).sliced(s.begin, s.end - s.begin); }

    Span trimmed(Span s) const
    {
        while (s.begin < s.end && m_norm[s.begin].isSpace())
            ++s.begin;
        while (s.end > s.begin && m_norm[s.end - 1].isSpace())
            --s.end;
        return s;
    }

    Span trimmedSeparators(Span s) const
    {
        while (s.begin < s.end && isSeparator(m_norm[s.begin]))
            ++s.begin;
        while (s.end > s.begin && isSeparator(m_norm[s.end - 1]))
            --s.end;
        return s;
    }

    bool fail(qsizetype offset, const QString &message)
    {
        errorOffset = offset;
        error = message;
        return false;
    }

    // Lines of the cell, without their CR / LF / CRLF / U+2028 ends.
    QList<Span> lines() const
    {
        QList<Span> out;
        qsizetype start = 0;
        for (qsizetype i = 0; i < m_norm.size(); ++i) {
            const QChar c = m_norm[i];
            if (c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029)) {
                out.append({start, i});
                if (c == u'\r' && i + 1 < m_norm.size() && m_norm[i + 1] == u'\n')
                    ++i;
                start = i + 1;
            }
        }
        out.append({start, m_norm.size()});
        return out;
    }

    // A label (with its colon) starting exactly at pos and ending by end.
    QRegularExpressionMatch labelAt(qsizetype pos, qsizetype end) const
    {
        // The subject stops at end, so no search runs past the part being read.
        return matchView(labelRe(), QStringView(m_norm).first(end), pos,
                         QRegularExpression::NormalMatch,
                         QRegularExpression::AnchorAtOffsetMatchOption);
    }

    // The first label starting in [pos, end) and ending by end (same bounded subject).
    QRegularExpressionMatch labelIn(qsizetype pos, qsizetype end) const
    {
        return matchView(labelRe(), QStringView(m_norm).first(end), pos);
    }

    bool startsWithLabel(Span s) const { return labelAt(s.begin, s.end).hasMatch(); }

    // Separates a line into its free text and its labelled parts: "(label: …)" groups
    // anywhere (nested parentheses allowed; an unclosed one runs to the end of the line)
    // and unbracketed "label: …" text, which runs to the next labelled group.
    LineParts decompose(Span line) const
    {
        const Span s = trimmed(line);
        // Top-level bracket groups whose content starts with a label.
        QList<Span> groups; // outer bounds, brackets included
        QList<Span> inners;
        int depth = 0;
        qsizetype open = -1;
        auto consider = [&](qsizetype from, qsizetype to, qsizetype innerEnd) {
            const Span inner = trimmed({from + 1, innerEnd});
            if (startsWithLabel(inner)) {
                groups.append({from, to});
                inners.append(inner);
            }
        };
        for (qsizetype i = s.begin; i < s.end; ++i) {
            if (m_norm[i] == u'(') {
                if (depth++ == 0)
                    open = i;
            } else if (m_norm[i] == u')' && depth > 0) {
                if (--depth == 0)
                    consider(open, i + 1, i);
            }
        }
        if (depth > 0)
            consider(open, s.end, s.end);

        LineParts parts;
        auto addGap = [&](Span gap) {
            gap = trimmedSeparators(gap);
            if (gap.isEmpty())
                return;
            Span free = gap;
            const QRegularExpressionMatch m = labelIn(gap.begin, gap.end);
            if (m.hasMatch()) {
                parts.fieldSegments.append({m.capturedStart(), gap.end});
                free = trimmedSeparators({gap.begin, m.capturedStart()});
            }
            if (free.isEmpty())
                return;
            if (parts.plain.isEmpty())
                parts.plain = free;
            else
                parts.extraPlain.append(free);
        };
        qsizetype pos = s.begin;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            addGap({pos, groups[g].begin});
            parts.fieldSegments.append(inners[g]);
            pos = groups[g].end;
        }
        addGap({pos, s.end});
        return parts;
    }

    bool isAttributeLike(Span plain) const
    {
        const QRegularExpressionMatch m = matchView(attributeLikeRe(), norm(plain));
        if (!m.hasMatch())
            return false;
        const QStringView label = norm(plain).first(norm(plain).indexOf(u':')).trimmed();
        return label.count(u' ') <= 2;
    }

    // A product starts at each 【n】 (anywhere) or [n] (at the start of a line). Without
    // markers, each line of free text that is not an "Attribute: value" line starts one
    // and the labelled lines below it belong to it.
    QList<Block> splitBlocks() const
    {
        static const QRegularExpression s_marker(uR"(【\s*\d+\s*】|^\s*\[\s*\d+\s*\])"_s);
        QList<Block> blocks;
        QList<LineParts> loose; // lines before the first marker
        bool inMarked = false;
        Block current;
        auto addLine = [&](Span s) {
            const LineParts parts = decompose(s);
            if (parts.isBlank())
                return;
            if (inMarked)
                current.lines.append(parts);
            else
                loose.append(parts);
        };
        for (const Span &line : lines()) {
            qsizetype pos = line.begin;
            const QString lineText = norm(line).toString();
            QRegularExpressionMatchIterator it = s_marker.globalMatch(lineText);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const qsizetype markerBegin = line.begin + m.capturedStart();
                addLine({pos, markerBegin});
                if (inMarked)
                    blocks.append(current);
                inMarked = true;
                current = Block{markerBegin, {}};
                pos = line.begin + m.capturedEnd();
            }
            addLine({pos, line.end});
        }
        if (inMarked)
            blocks.append(current);

        QList<Block> leading;
        for (const LineParts &parts : std::as_const(loose)) {
            const bool startsProduct = !parts.plain.isEmpty() && !isAttributeLike(parts.plain);
            if (leading.isEmpty() || startsProduct) {
                const qsizetype start = parts.plain.isEmpty() ? parts.fieldSegments.first().begin
                                                              : parts.plain.begin;
                leading.append(Block{start, {}});
            }
            leading.last().lines.append(parts);
        }
        return leading + blocks;
    }

    static QString quoted(QStringView value)
    {
        constexpr qsizetype shown = 24;
        if (value.size() <= shown)
            return value.toString();
        return QString(value.first(shown - 1).toString() + u'…');
    }

    // The first word of a value, for messages: "-2" of "-2 pieces".
    Span firstWord(Span value) const
    {
        qsizetype end = value.begin;
        while (end < value.end && !m_norm[end].isSpace())
            ++end;
        return {value.begin, end};
    }

    bool parseQuantity(Span value, int position, qint64 *quantity)
    {
        value = trimmed(value);
        if (value.isEmpty())
            return fail(value.begin,
                        ProductInfo::tr("product %1: the quantity is empty").arg(position));
        const QRegularExpressionMatch m = matchView(quantityRe(), norm(value));
        QStringView digits = m.hasMatch() ? m.capturedView(1) : QStringView();
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.sliced(1);
        const qint64 n = digits.size() <= 7 ? digits.toLongLong() : ProductInfo::maxQuantity + 1;
        const QString shown = quoted(text(firstWord(value)));
        if (n <= 0)
            return fail(
                    value.begin,
                    ProductInfo::tr("product %1: quantity \"%2\" is not a positive whole number")
                            .arg(position)
                            .arg(shown));
        if (n > ProductInfo::maxQuantity)
            return fail(value.begin, ProductInfo::tr("product %1: quantity \"%2\" is more than %3")
                                             .arg(position)
                                             .arg(shown)
                                             .arg(ProductInfo::maxQuantity));
        *quantity = n;
        return true;
    }

    struct Collected
    {
        ProductLine line;
        bool hasQuantity = false;
        QStringList attributes;
    };

    bool conflict(const QString &had, const QString &now, Span value, int position, Field field)
    {
        if (had.isEmpty() || had == now)
            return false;
        QString message;
        switch (field) {
        case Field::Quantity:
            message = ProductInfo::tr("product %1: the quantity is given twice, \"%2\" and \"%3\"");
            break;
        case Field::ProductId:
            message = ProductInfo::tr(
                    "product %1: the product ID is given twice, \"%2\" and \"%3\"");
            break;
        case Field::SkuCode:
            message = ProductInfo::tr("product %1: the SKU code is given twice, \"%2\" and \"%3\"");
            break;
        case Field::Price:
            message = ProductInfo::tr("product %1: the price is given twice, \"%2\" and \"%3\"");
            break;
        case Field::Attributes:
        case Field::Ignored:
            return false;
        }
        fail(value.begin, message.arg(position).arg(quoted(had), quoted(now)));
        return true;
    }

    bool applyField(Field field, Span value, int position, Collected *c)
    {
        value = trimmedSeparators(value);
        switch (field) {
        case Field::Quantity: {
            qint64 quantity = 0;
            if (!parseQuantity(value, position, &quantity))
                return false;
            if (c->hasQuantity && c->line.quantity != quantity) {
                conflict(QString::number(c->line.quantity), QString::number(quantity), value,
                         position, field);
                return false;
            }
            c->line.quantity = quantity;
            c->hasQuantity = true;
            return true;
        }
        case Field::ProductId: {
            if (value.isEmpty())
                return true;
            static const QRegularExpression s_digits(u"^\\d{1,20}$"_s);
            if (!matchView(s_digits, norm(value)).hasMatch())
                return fail(value.begin,
                            ProductInfo::tr("product %1: product ID \"%2\" is not a number")
                                    .arg(position)
                                    .arg(quoted(text(value))));
            const QString id = norm(value).toString();
            if (conflict(c->line.productId, id, value, position, field))
                return false;
            c->line.productId = id;
            return true;
        }
        case Field::SkuCode: {
            const QString code = text(value).toString();
            if (code.isEmpty())
                return true;
            if (conflict(c->line.skuCode, code, value, position, field))
                return false;
            c->line.skuCode = code;
            return true;
        }
        case Field::Price: {
            const QString price = text(value).toString();
            if (price.isEmpty())
                return true;
            if (conflict(c->line.unitPriceText, price, value, position, field))
                return false;
            c->line.unitPriceText = price;
            return true;
        }
        case Field::Attributes:
            if (!value.isEmpty())
                c->attributes.append(text(value).toString());
            return true;
        case Field::Ignored:
            return true;
        }
        return true;
    }

    // A labelled part: one or more "label: value" in a row. A value runs to the next
    // label, except an attributes value, which runs to the end ("Quantity: 10 pcs" is a
    // common SKU attribute and must stay one).
    bool parseSegment(Span segment, int position, Collected *c)
    {
        QRegularExpressionMatch m = labelAt(segment.begin, segment.end);
        while (m.hasMatch()) {
            const Field field = fieldOf(m);
            const qsizetype valueBegin = m.capturedEnd();
            QRegularExpressionMatch next;
            if (field != Field::Attributes)
                next = labelIn(valueBegin, segment.end);
            const qsizetype valueEnd = next.hasMatch() ? next.capturedStart() : segment.end;
            if (!applyField(field, {valueBegin, valueEnd}, position, c))
                return false;
            m = next;
        }
        return true;
    }

    bool parseBlock(const Block &block, int position, ProductLine *out)
    {
        Collected c;
        QList<Span> nameParts;
        bool fieldSeen = false;
        for (const LineParts &parts : block.lines) {
            if (!parts.plain.isEmpty()) {
                if (nameParts.isEmpty())
                    nameParts.append(parts.plain);
                else if (isAttributeLike(parts.plain) || fieldSeen)
                    c.attributes.append(text(parts.plain).toString());
                else
                    nameParts.append(parts.plain);
            }
            for (const Span &extra : parts.extraPlain)
                c.attributes.append(text(extra).toString());
            for (const Span &segment : parts.fieldSegments) {
                if (!parseSegment(segment, position, &c))
                    return false;
            }
            fieldSeen = fieldSeen || !parts.fieldSegments.isEmpty();
        }

        if (!nameParts.isEmpty() && !c.hasQuantity) {
            Span &last = nameParts.last();
            const QRegularExpressionMatch m = matchView(nameQuantityRe(), norm(last));
            if (m.hasMatch()) {
                const Span before = trimmed({last.begin, last.begin + m.capturedStart()});
                // "Tent 3 x 4" is a size, not a quantity.
                if (!before.isEmpty() && !m_norm[before.end - 1].isDigit()) {
                    const Span number{last.begin + m.capturedStart(1),
                                      last.begin + m.capturedEnd(1)};
                    if (!parseQuantity(number, position, &c.line.quantity))
                        return false;
                    c.hasQuantity = true;
                    last = before;
                }
            }
        }

        QStringList name;
        for (const Span &part : std::as_const(nameParts))
            name.append(text(part).toString());
        c.line.name = name.join(u' ');
        if (c.line.name.isEmpty())
            return fail(block.start, ProductInfo::tr("product %1: no product name").arg(position));
        c.line.attributes = c.attributes.join(u"; ");
        c.line.quantityStated = c.hasQuantity;
        *out = c.line;
        return true;
    }

    QStringView m_text;
    QString m_norm;
};

} // namespace

QList<ProductLine> ProductInfo::parse(QStringView text, QString *error, qsizetype *errorOffset)
{
    Parser parser(text);
    QList<ProductLine> products = parser.run();
    if (error)
        *error = parser.error;
    if (errorOffset)
        *errorOffset = parser.errorOffset;
    return parser.error.isEmpty() ? products : QList<ProductLine>();
}

} // namespace sd
