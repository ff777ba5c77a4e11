#include "pdftextmaps.h"

#include <QChar>
#include <QList>
#include <QString>

#include <algorithm>
#include <iterator>
#include <utility>

namespace sd {

namespace {

// The CJK radicals (U+2E80..U+2EFF) whose representative glyph is a unified ideograph in
// the Basic Multilingual Plane, and that ideograph: Unicode's
// EquivalentUnifiedIdeograph.txt (Unicode 15.0). Fonts such as Noto Sans CJK draw the
// radical with the ideograph's glyph. (The Kangxi radicals, U+2F00..U+2FDF, decompose to
// their ideographs.)
constexpr std::pair<char16_t, char16_t> RadicalIdeographs[] = {
        {0x2E81, 0x5382}, {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E84, 0x4E59}, {0x2E85, 0x4EBB}, {0x2E86, 0x5182},
        {0x2E88, 0x5200}, {0x2E89, 0x5202}, {0x2E8A, 0x535C}, {0x2E8B, 0x353E}, {0x2E8C, 0x5C0F}, {0x2E8D, 0x5C0F},
        {0x2E8E, 0x5140}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51},
        {0x2E96, 0x5FC4}, {0x2E97, 0x5FC3}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9C, 0x65E5},
        {0x2E9D, 0x6708}, {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA2, 0x6C3A},
        {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA5, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA7, 0x725B}, {0x2EA8, 0x72AD},
        {0x2EA9, 0x738B}, {0x2EAB, 0x76EE}, {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F},
        {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB3, 0x34C1}, {0x2EB4, 0x5197}, {0x2EB6, 0x7F8A}, {0x2EB9, 0x8002},
        {0x2EBA, 0x8080}, {0x2EBB, 0x807F}, {0x2EBC, 0x8089}, {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC0, 0x8279},
        {0x2EC1, 0x864E}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2},
        {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6},
        {0x2ECF, 0x9091}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8},
        {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE},
        {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
        {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
        {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC},
        {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F},
};

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Replaces the code in the hex string at data[open..close] ("<XXXX>"); 1 when it did.
int repairCode(char *data, qsizetype open, qsizetype close)
{
    if (close - open != 5)
        return 0;
    for (qsizetype i = open + 1; i < close; ++i) {
        if (!isHex(data[i]))
            return 0;
    }
    const char16_t code = char16_t(QByteArray(data + open + 1, 4).toUShort(nullptr, 16));
    const char16_t text = PdfTextMaps::textOf(code);
    if (text == code)
        return 0;
    const QByteArray hex = QByteArray::number(uint(text), 16).toUpper().rightJustified(4, '0');
    std::copy(hex.cbegin(), hex.cend(), data + open + 1);
    return 1;
}

// One line of a bfchar or bfrange section: the codes it maps to are repaired.
int repairLine(char *data, qsizetype begin, qsizetype end, bool range)
{
    QList<std::pair<qsizetype, qsizetype>> strings; // "<...>"
    qsizetype arrayAt = -1;
    for (qsizetype i = begin; i < end; ++i) {
        if (data[i] == '[' && arrayAt < 0) {
            arrayAt = strings.size();
        } else if (data[i] == '<') {
            qsizetype close = i + 1;
            while (close < end && data[close] != '>')
                ++close;
            if (close >= end)
                return 0;
            strings.append({i, close});
            i = close;
        }
    }
    int repaired = 0;
    if (!range) { // <glyph> <text>
        if (strings.size() == 2)
            repaired += repairCode(data, strings.at(1).first, strings.at(1).second);
    } else if (arrayAt == 2) { // <first> <last> [<text> <text> ...]
        for (qsizetype k = 2; k < strings.size(); ++k)
            repaired += repairCode(data, strings.at(k).first, strings.at(k).second);
    } else if (strings.size() == 3) {
        // <first> <last> <text>: consecutive codes from <text>; only a single glyph can be
        // given another code without rewriting the range.
        const QByteArray first(data + strings.at(0).first, strings.at(0).second - strings.at(0).first);
        const QByteArray last(data + strings.at(1).first, strings.at(1).second - strings.at(1).first);
        if (first == last)
            repaired += repairCode(data, strings.at(2).first, strings.at(2).second);
    }
    return repaired;
}

// The map in data[begin..end): its bfchar and bfrange sections, line by line.
int repairMap(char *data, qsizetype begin, qsizetype end)
{
    enum class Section { None, Char, Range } section = Section::None;
    int repaired = 0;
    for (qsizetype line = begin; line < end;) {
        qsizetype next = line;
        while (next < end && data[next] != '\n')
            ++next;
        const QByteArray text = QByteArray(data + line, next - line).trimmed();
        if (text.endsWith("beginbfchar"))
            section = Section::Char;
        else if (text.endsWith("beginbfrange"))
            section = Section::Range;
        else if (text == "endbfchar" || text == "endbfrange")
            section = Section::None;
        else if (section != Section::None)
            repaired += repairLine(data, line, next, section == Section::Range);
        line = next + 1;
    }
    return repaired;
}

} // namespace

char16_t PdfTextMaps::textOf(char16_t code)
{
    if (code == u'\t')
        return u' ';
    if (code >= 0x2E80 && code <= 0x2EFF) {
        const auto *end = std::end(RadicalIdeographs);
        const auto *it = std::lower_bound(std::begin(RadicalIdeographs), end, code,
                                          [](const auto &entry, char16_t c) { return entry.first < c; });
        return it != end && it->first == code ? it->second : code;
    }
    if (code >= 0x2F00 && code <= 0x2FDF) {
        const QString ideograph = QChar(code).decomposition();
        if (ideograph.size() == 1)
            return ideograph.at(0).unicode();
    }
    return code;
}

int PdfTextMaps::repair(QByteArray *pdf)
{
    char *data = pdf->data();
    int repaired = 0;
    QList<QByteArray> done;
    static constexpr char Ref[] = "/ToUnicode ";
    for (qsizetype at = pdf->indexOf(Ref); at >= 0; at = pdf->indexOf(Ref, at + 1)) {
        qsizetype end = at + qsizetype(sizeof(Ref)) - 1;
        while (end < pdf->size() && data[end] >= '0' && data[end] <= '9')
            ++end;
        const QByteArray object = pdf->mid(at + qsizetype(sizeof(Ref)) - 1, end - at - qsizetype(sizeof(Ref)) + 1);
        if (object.isEmpty() || done.contains(object))
            continue;
        done.append(object);
        // "N 0 obj\n<< /Length L >>\nstream\n", as Qt writes it.
        QByteArray head("\n");
        head.append(object).append(" 0 obj\n<< /Length ");
        const qsizetype obj = pdf->indexOf(head);
        if (obj < 0)
            continue;
        qsizetype pos = obj + head.size();
        qsizetype lengthEnd = pos;
        while (lengthEnd < pdf->size() && data[lengthEnd] >= '0' && data[lengthEnd] <= '9')
            ++lengthEnd;
        const qint64 length = pdf->mid(pos, lengthEnd - pos).toLongLong();
        static constexpr char Open[] = " >>\nstream\n";
        if (pdf->mid(lengthEnd, qsizetype(sizeof(Open)) - 1) != Open)
            continue;
        const qsizetype begin = lengthEnd + qsizetype(sizeof(Open)) - 1;
        if (length <= 0 || begin + length > pdf->size())
            continue;
        repaired += repairMap(data, begin, begin + length);
    }
    return repaired;
}

} // namespace sd
