#pragma once

// The text of a PDF as a reader finds it when text is selected, copied or searched,
// read without any outside tool: each glyph is looked up in its font's ToUnicode map,
// which is all a reader has to go by. A glyph the map does not name reads as U+FFFD.
//
// Enough of PDF for the files Qt's PDF writer makes: the cross-reference table, a flat
// or nested page tree, content streams (FlateDecode), Type0 fonts with two-byte codes
// (simple fonts with one-byte codes too), the text and graphics state operators that
// place glyphs. Glyphs are put into lines as a reader does: a glyph on another baseline,
// or left of the previous one, starts a new line; a gap wider than a fifth of the font
// size between two glyphs reads as a space (table cells, columns); runs of spaces read as
// one. Other characters are given as the map names them: a tab stays a tab.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTransform>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

namespace sdtest {

class PdfText
{
public:
    explicit PdfText(const QByteArray &pdf)
        : m_pdf(pdf)
    {
        if (!readXref())
            return;
        const auto root = refIn(trailer(), "Root");
        const auto pages = root ? refIn(object(*root), "Pages") : std::nullopt;
        if (!pages) {
            fail(QStringLiteral("no page tree"));
            return;
        }
        QList<int> pageObjects;
        collectPages(*pages, &pageObjects, 0);
        for (int page : std::as_const(pageObjects))
            m_pages.append(pageText(page));
    }

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The text of each page, a line per line of text.
    const QStringList &pages() const { return m_pages; }
    QString all() const { return m_pages.join(QLatin1Char('\n')); }

private:
    struct Font
    {
        bool twoByte = true;
        QHash<quint32, QString> toUnicode;
        QHash<quint32, double> widths; // in thousandths of the font size
        double defaultWidth = 1000;
    };

    struct Glyph
    {
        QPointF origin; // device space (PDF points, y up)
        qreal end = 0; // x where the next glyph would start
        qreal size = 0; // the font size in device space
        QString text;
    };

    // Operands: a number, a name, a string or an array of them.
    struct Operand
    {
        enum class Kind { Number, Name, String, Array } kind = Kind::Number;
        double number = 0;
        QByteArray bytes;
        std::vector<Operand> items; // a QList would want Operand complete here
    };

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

    bool readXref()
    {
        const qsizetype start = m_pdf.lastIndexOf("startxref");
        if (start < 0) {
            fail(QStringLiteral("no startxref"));
            return false;
        }
        qsizetype pos = start + 9;
        const qint64 xref = nextToken(m_pdf, &pos).toLongLong();
        if (xref <= 0 || xref >= m_pdf.size() || !m_pdf.mid(xref, 4).startsWith("xref")) {
            fail(QStringLiteral("no cross-reference table at %1").arg(xref));
            return false;
        }
        pos = xref + 4;
        for (;;) {
            const QByteArray first = nextToken(m_pdf, &pos);
            if (first == "trailer" || first.isEmpty())
                break;
            const int count = nextToken(m_pdf, &pos).toInt();
            for (int i = 0; i < count; ++i) {
                const qint64 offset = nextToken(m_pdf, &pos).toLongLong();
                nextToken(m_pdf, &pos); // generation
                if (nextToken(m_pdf, &pos) == "n")
                    m_offsets.insert(first.toInt() + i, offset);
            }
        }
        m_trailerAt = pos;
        return true;
    }

    QByteArray trailer() const
    {
        const qsizetype end = m_pdf.indexOf("startxref", m_trailerAt);
        return m_pdf.mid(m_trailerAt, end - m_trailerAt);
    }

    // The tokens of PDF syntax that the parts read here need: white space and comments
    // skipped, delimiters as tokens of their own.
    static QByteArray nextToken(const QByteArray &data, qsizetype *pos)
    {
        qsizetype p = *pos;
        const qsizetype n = data.size();
        for (;;) {
            while (p < n && isSpace(data.at(p)))
                ++p;
            if (p < n && data.at(p) == '%') {
                while (p < n && data.at(p) != '\n' && data.at(p) != '\r')
                    ++p;
                continue;
            }
            break;
        }
        if (p >= n) {
            *pos = p;
            return {};
        }
        const char c = data.at(p);
        qsizetype e = p + 1;
        if ((c == '<' || c == '>') && e < n && data.at(e) == c) {
            ++e;
        } else if (c == '<') {
            while (e < n && data.at(e) != '>')
                ++e;
            ++e;
        } else if (c == '(') {
            int depth = 1;
            while (e < n && depth > 0) {
                if (data.at(e) == '\\')
                    ++e;
                else if (data.at(e) == '(')
                    ++depth;
                else if (data.at(e) == ')')
                    --depth;
                ++e;
            }
        } else if (!isDelimiter(c)) {
            while (e < n && !isSpace(data.at(e)) && !isDelimiter(data.at(e)))
                ++e;
        } else if (c == '/') {
            while (e < n && !isSpace(data.at(e)) && !isDelimiter(data.at(e)))
                ++e;
        }
        *pos = std::min(e, n);
        return data.mid(p, *pos - p);
    }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
    static bool isDelimiter(char c)
    {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
               || c == '%';
    }

    // An object's text up to "stream" or "endobj" (its dictionary, array or number).
    QByteArray object(int number) const
    {
        const qsizetype start = bodyStart(number);
        if (start < 0)
            return {};
        qsizetype end = m_pdf.indexOf("endobj", start);
        const qsizetype stream = m_pdf.indexOf("stream", start);
        if (stream >= 0 && stream < end)
            end = stream;
        return m_pdf.mid(start, end - start);
    }

    qsizetype bodyStart(int number) const
    {
        const qint64 offset = m_offsets.value(number, -1);
        if (offset < 0)
            return -1;
        const qsizetype obj = m_pdf.indexOf("obj", offset);
        return obj < 0 ? -1 : obj + 3;
    }

    // A stream's data, inflated when it is FlateDecode.
    QByteArray stream(int number)
    {
        const QByteArray dict = object(number);
        const qsizetype start = bodyStart(number);
        qsizetype data = m_pdf.indexOf("stream", start) + 6;
        if (data < 6)
            return {};
        if (m_pdf.at(data) == '\r')
            ++data;
        if (m_pdf.at(data) == '\n')
            ++data;
        qint64 length = -1;
        const auto m = QRegularExpression(QStringLiteral("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"))
                               .match(QString::fromLatin1(dict));
        if (m.hasMatch())
            length = m.captured(2).isEmpty() ? m.captured(1).toLongLong()
                                             : object(m.captured(1).toInt()).trimmed().toLongLong();
        if (length < 0 || data + length > m_pdf.size()) {
            fail(QStringLiteral("object %1: no length").arg(number));
            return {};
        }
        QByteArray bytes = m_pdf.mid(data, length);
        if (dict.contains("/FlateDecode")) {
            // qUncompress wants the size first; it grows the buffer when that is short.
            QByteArray framed(4, '\0');
            qToBigEndian<quint32>(quint32(std::min<qint64>(qint64(bytes.size()) * 8 + 1024, 1 << 30)), framed.data());
            bytes = qUncompress(QByteArray(framed + bytes));
            if (bytes.isEmpty())
                fail(QStringLiteral("object %1: cannot inflate").arg(number));
        }
        return bytes;
    }

    static std::optional<int> refIn(const QByteArray &dict, const char *key)
    {
        const auto m = QRegularExpression(QString(QStringLiteral("/") + QLatin1String(key)
                                                  + QStringLiteral("\\s+(\\d+)\\s+\\d+\\s+R")))
                               .match(QString::fromLatin1(dict));
        if (!m.hasMatch())
            return std::nullopt;
        return m.captured(1).toInt();
    }

    static QList<int> refsIn(const QByteArray &text)
    {
        QList<int> out;
        auto it = QRegularExpression(QStringLiteral("(\\d+)\\s+\\d+\\s+R")).globalMatch(QString::fromLatin1(text));
        while (it.hasNext())
            out.append(it.next().captured(1).toInt());
        return out;
    }

    // The text after "/key" up to its matching closer: "<< ... >>" or "[ ... ]".
    static QByteArray inlineValue(const QByteArray &dict, const char *key)
    {
        const auto m
                = QRegularExpression(QString(QStringLiteral("/") + QLatin1String(key) + QStringLiteral("\\s*(<<|\\[)")))
                          .match(QString::fromLatin1(dict));
        if (!m.hasMatch())
            return {};
        const bool isDict = m.captured(1) == QLatin1String("<<");
        qsizetype pos = m.capturedStart(1);
        int depth = 0;
        const qsizetype begin = pos;
        for (;;) {
            const QByteArray t = nextToken(dict, &pos);
            if (t.isEmpty())
                return {};
            if (t == (isDict ? "<<" : "["))
                ++depth;
            else if (t == (isDict ? ">>" : "]") && --depth == 0)
                return dict.mid(begin, pos - begin);
        }
    }

    void collectPages(int node, QList<int> *pages, int depth)
    {
        const QByteArray dict = object(node);
        if (depth > 32 || !dict.contains("/Kids")) {
            pages->append(node);
            return;
        }
        const QByteArray kids = inlineValue(dict, "Kids");
        const QList<int> refs = refsIn(kids);
        for (int kid : refs)
            collectPages(kid, pages, depth + 1);
    }

    static QString utf16(const QByteArray &hex)
    {
        const QByteArray bytes = QByteArray::fromHex(hex);
        QString out;
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            out.append(QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1)))));
        return out;
    }

    static QByteArray hexOf(const QByteArray &token)
    {
        return token.mid(1, token.size() - 2).simplified().replace(' ', "");
    }

    // bfchar and bfrange entries of a ToUnicode CMap.
    static QHash<quint32, QString> parseCMap(const QByteArray &cmap)
    {
        QHash<quint32, QString> out;
        qsizetype pos = 0;
        enum { None, Char, Range } section = None;
        QList<QByteArray> pending;
        for (QByteArray t = nextToken(cmap, &pos); !t.isEmpty(); t = nextToken(cmap, &pos)) {
            if (t == "beginbfchar") {
                section = Char;
            } else if (t == "beginbfrange") {
                section = Range;
            } else if (t == "endbfchar" || t == "endbfrange") {
                section = None;
            } else if (section == Char && t.startsWith('<')) {
                pending.append(t);
                if (pending.size() == 2) {
                    out.insert(hexOf(pending.at(0)).toUInt(nullptr, 16), utf16(hexOf(pending.at(1))));
                    pending.clear();
                }
            } else if (section == Range && t.startsWith('<') && pending.size() < 2) {
                pending.append(t);
            } else if (section == Range && pending.size() == 2) {
                const quint32 first = hexOf(pending.at(0)).toUInt(nullptr, 16);
                const quint32 last = hexOf(pending.at(1)).toUInt(nullptr, 16);
                if (t == "[") {
                    quint32 code = first;
                    for (QByteArray d = nextToken(cmap, &pos); !d.isEmpty() && d != "]"; d = nextToken(cmap, &pos))
                        out.insert(code++, utf16(hexOf(d)));
                } else {
                    QString text = utf16(hexOf(t));
                    for (quint32 code = first; code <= last && !text.isEmpty(); ++code) {
                        out.insert(code, text);
                        text.back() = QChar(char16_t(text.back().unicode() + 1));
                    }
                }
                pending.clear();
            }
        }
        return out;
    }

    // A CIDFont's /W array: "c [w1 w2 ...]" and "cfirst clast w".
    static void parseWidths(const QByteArray &w, Font *font)
    {
        qsizetype pos = 0;
        nextToken(w, &pos); // [
        QList<double> numbers;
        for (QByteArray t = nextToken(w, &pos); !t.isEmpty() && t != "]"; t = nextToken(w, &pos)) {
            if (t == "[") {
                quint32 code = quint32(numbers.value(0));
                for (QByteArray x = nextToken(w, &pos); !x.isEmpty() && x != "]"; x = nextToken(w, &pos))
                    font->widths.insert(code++, x.toDouble());
                numbers.clear();
                continue;
            }
            numbers.append(t.toDouble());
            if (numbers.size() == 3) {
                for (quint32 code = quint32(numbers.at(0)); code <= quint32(numbers.at(1)); ++code)
                    font->widths.insert(code, numbers.at(2));
                numbers.clear();
            }
        }
    }

    const Font &font(int number)
    {
        auto it = m_fonts.find(number);
        if (it != m_fonts.end())
            return it->second;
        Font f;
        const QByteArray dict = object(number);
        f.twoByte = dict.contains("/Type0");
        if (const auto toUnicode = refIn(dict, "ToUnicode"))
            f.toUnicode = parseCMap(stream(*toUnicode));
        if (f.twoByte) {
            const QList<int> descendants = refsIn(inlineValue(dict, "DescendantFonts"));
            const QByteArray cid = descendants.isEmpty() ? QByteArray() : object(descendants.first());
            const auto dw = QRegularExpression(QStringLiteral("/DW\\s+([\\d.]+)")).match(QString::fromLatin1(cid));
            if (dw.hasMatch())
                f.defaultWidth = dw.captured(1).toDouble();
            parseWidths(inlineValue(cid, "W"), &f);
        } else {
            const auto first
                    = QRegularExpression(QStringLiteral("/FirstChar\\s+(\\d+)")).match(QString::fromLatin1(dict));
            qsizetype pos = 0;
            const QByteArray widths = inlineValue(dict, "Widths");
            nextToken(widths, &pos);
            quint32 code = first.hasMatch() ? first.captured(1).toUInt() : 0;
            for (QByteArray t = nextToken(widths, &pos); !t.isEmpty() && t != "]"; t = nextToken(widths, &pos))
                f.widths.insert(code++, t.toDouble());
        }
        return m_fonts.emplace(number, std::move(f)).first->second;
    }

    // The page's font names with their objects.
    QHash<QByteArray, int> pageFonts(const QByteArray &page)
    {
        QByteArray resources = inlineValue(page, "Resources");
        if (resources.isEmpty()) {
            if (const auto ref = refIn(page, "Resources"))
                resources = object(*ref);
        }
        QByteArray fonts = inlineValue(resources, "Font");
        if (fonts.isEmpty()) {
            if (const auto ref = refIn(resources, "Font"))
                fonts = object(*ref);
        }
        QHash<QByteArray, int> out;
        auto it = QRegularExpression(QStringLiteral("/([^\\s/<>\\[\\]()]+)\\s+(\\d+)\\s+\\d+\\s+R"))
                          .globalMatch(QString::fromLatin1(fonts));
        while (it.hasNext()) {
            const auto m = it.next();
            out.insert(m.captured(1).toLatin1(), m.captured(2).toInt());
        }
        return out;
    }

    static Operand parseOperand(const QByteArray &data, qsizetype *pos, const QByteArray &token)
    {
        Operand op;
        if (token == "[") {
            op.kind = Operand::Kind::Array;
            for (QByteArray t = nextToken(data, pos); !t.isEmpty() && t != "]"; t = nextToken(data, pos))
                op.items.push_back(parseOperand(data, pos, t));
        } else if (token.startsWith('/')) {
            op.kind = Operand::Kind::Name;
            op.bytes = token.mid(1);
        } else if (token.startsWith('<')) {
            op.kind = Operand::Kind::String;
            op.bytes = QByteArray::fromHex(hexOf(token));
        } else if (token.startsWith('(')) {
            op.kind = Operand::Kind::String;
            op.bytes = literal(token);
        } else {
            op.number = token.toDouble();
        }
        return op;
    }

    static QByteArray literal(const QByteArray &token)
    {
        QByteArray out;
        for (qsizetype i = 1; i + 1 < token.size(); ++i) {
            char c = token.at(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            c = token.at(++i);
            if (c >= '0' && c <= '7') {
                int v = 0;
                for (int k = 0; k < 3 && i < token.size() - 1 && token.at(i) >= '0' && token.at(i) <= '7'; ++k)
                    v = v * 8 + (token.at(i++) - '0');
                --i;
                out.append(char(v));
            } else {
                const char *from = "nrtbf";
                const char *to = "\n\r\t\b\f";
                const char *hit = std::strchr(from, c);
                out.append(hit ? to[hit - from] : c);
            }
        }
        return out;
    }

    static bool isOperator(const QByteArray &t)
    {
        const char c = t.at(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'' || c == '"' || c == '*';
    }

    QString pageText(int page)
    {
        const QByteArray dict = object(page);
        QByteArray content;
        QList<int> parts = refsIn(inlineValue(dict, "Contents"));
        if (parts.isEmpty()) {
            if (const auto ref = refIn(dict, "Contents"))
                parts.append(*ref);
        }
        for (int part : std::as_const(parts))
            content += stream(part) + '\n';
        const QHash<QByteArray, int> fonts = pageFonts(dict);

        QList<Glyph> glyphs;
        QList<QTransform> stack;
        QTransform ctm, tm, tlm;
        const Font *current = nullptr;
        double size = 0, charSpacing = 0, wordSpacing = 0, scale = 1, leading = 0, rise = 0;
        QList<Operand> operands;

        auto show = [&](const QByteArray &bytes) {
            if (!current)
                return;
            const int step = current->twoByte ? 2 : 1;
            for (qsizetype i = 0; i + step <= bytes.size(); i += step) {
                const quint32 code
                        = step == 2 ? (quint32(uchar(bytes.at(i))) << 8) | uchar(bytes.at(i + 1)) : uchar(bytes.at(i));
                const QTransform trm = QTransform(size * scale, 0, 0, size, 0, rise) * tm * ctm;
                const double width = current->widths.value(code, current->defaultWidth) / 1000.0;
                const double advance
                        = (width * size + charSpacing + (step == 1 && code == 32 ? wordSpacing : 0)) * scale;
                tm = QTransform::fromTranslate(advance, 0) * tm;
                Glyph g;
                g.origin = trm.map(QPointF(0, 0));
                g.end = (tm * ctm).map(QPointF(0, 0)).x();
                g.size = std::sqrt(std::abs(trm.determinant()));
                g.text = current->toUnicode.value(code, QString(QChar::ReplacementCharacter));
                glyphs.append(g);
            }
        };

        qsizetype pos = 0;
        for (QByteArray t = nextToken(content, &pos); !t.isEmpty(); t = nextToken(content, &pos)) {
            if (!isOperator(t)) {
                if (t == "<<") { // an inline dictionary (marked content): skipped
                    int depth = 1;
                    for (QByteArray d = nextToken(content, &pos); !d.isEmpty() && depth > 0;
                         d = nextToken(content, &pos))
                        depth += d == "<<" ? 1 : d == ">>" ? -1 : 0;
                    continue;
                }
                operands.append(parseOperand(content, &pos, t));
                continue;
            }
            auto num = [&](int i) {
                return i < operands.size() ? operands.at(i).number : 0.0;
            };
            auto matrix = [&] {
                return QTransform(num(0), num(1), num(2), num(3), num(4), num(5));
            };
            if (t == "q") {
                stack.append(ctm);
            } else if (t == "Q") {
                if (!stack.isEmpty())
                    ctm = stack.takeLast();
            } else if (t == "cm") {
                ctm = matrix() * ctm;
            } else if (t == "BT") {
                tm = tlm = QTransform();
            } else if (t == "Tf" && operands.size() >= 2) {
                const int object = fonts.value(operands.at(0).bytes, -1);
                current = object >= 0 ? &font(object) : nullptr;
                size = num(1);
            } else if (t == "Tc") {
                charSpacing = num(0);
            } else if (t == "Tw") {
                wordSpacing = num(0);
            } else if (t == "Tz") {
                scale = num(0) / 100;
            } else if (t == "TL") {
                leading = num(0);
            } else if (t == "Ts") {
                rise = num(0);
            } else if (t == "Td" || t == "TD") {
                if (t == "TD")
                    leading = -num(1);
                tlm = QTransform::fromTranslate(num(0), num(1)) * tlm;
                tm = tlm;
            } else if (t == "Tm") {
                tm = tlm = matrix();
            } else if (t == "T*") {
                tlm = QTransform::fromTranslate(0, -leading) * tlm;
                tm = tlm;
            } else if (t == "Tj" && !operands.isEmpty()) {
                show(operands.last().bytes);
            } else if ((t == "'" || t == "\"") && !operands.isEmpty()) {
                if (t == "\"" && operands.size() >= 3) {
                    wordSpacing = num(0);
                    charSpacing = num(1);
                }
                tlm = QTransform::fromTranslate(0, -leading) * tlm;
                tm = tlm;
                show(operands.last().bytes);
            } else if (t == "TJ" && !operands.isEmpty()) {
                for (const Operand &item : std::as_const(operands.last().items)) {
                    if (item.kind == Operand::Kind::String)
                        show(item.bytes);
                    else
                        tm = QTransform::fromTranslate(-item.number / 1000.0 * size * scale, 0) * tm;
                }
            } else if (t == "BI") { // an inline image: skipped up to its end
                const qsizetype end = content.indexOf("EI", pos);
                pos = end < 0 ? content.size() : end + 2;
            }
            operands.clear();
        }

        // Lines as a reader makes them.
        QStringList lines;
        QString line;
        const Glyph *previous = nullptr;
        for (const Glyph &g : std::as_const(glyphs)) {
            if (previous) {
                const qreal tolerance = std::max(g.size, previous->size) * 0.5;
                if (std::abs(g.origin.y() - previous->origin.y()) > tolerance
                    || g.origin.x() < previous->end - tolerance) {
                    lines.append(line);
                    line.clear();
                } else if (g.origin.x() - previous->end > std::max(g.size, previous->size) * 0.2) {
                    line.append(u' ');
                }
            }
            line.append(g.text);
            previous = &g;
        }
        lines.append(line);
        static const QRegularExpression spaces(QStringLiteral(" {2,}"));
        for (QString &l : lines)
            l = l.replace(spaces, QStringLiteral(" ")).trimmed();
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }

    QByteArray m_pdf;
    QString m_error;
    QHash<int, qint64> m_offsets;
    qsizetype m_trailerAt = 0;
    std::map<int, Font> m_fonts; // references stay valid as fonts are added
    QStringList m_pages;
};

} // namespace sdtest
