#include "replyrenderer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// A "{name}" at `at` (text[at] == '{'): the name's length, or -1.
qsizetype nameAt(const QString &text, qsizetype at)
{
    qsizetype i = at + 1;
    if (i >= text.size() || !isNameStart(text.at(i)))
        return -1;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    return i < text.size() && text.at(i) == u'}' ? i - at - 1 : -1;
}

void locate(ReplyRenderer::Problem &p, const QString &text)
{
    const QStringView before = QStringView(text).left(p.offset);
    p.line = int(before.count(u'\n')) + 1;
    p.column = int(p.offset - (before.lastIndexOf(u'\n') + 1)) + 1;
}

// One pass over the template; `values` null: only check it.
ReplyRenderer::Result run(const QString &body, const ReplyRenderer::Values *values)
{
    using Problem = ReplyRenderer::Problem;
    ReplyRenderer::Result r;
    r.text.reserve(body.size() + 64);
    qsizetype i = 0;
    // Where a problem is: in the rendered text, or in the template when only checking.
    auto here = [&] { return values ? r.text.size() : i; };
    while (i < body.size()) {
        const QChar c = body.at(i);
        if (c == u'{' && i + 1 < body.size() && body.at(i + 1) == u'{') {
            r.text += u'{';
            i += 2;
            continue;
        }
        if (c == u'}' && i + 1 < body.size() && body.at(i + 1) == u'}') {
            r.text += u'}';
            i += 2;
            continue;
        }
        if (c == u'}') {
            Problem p{Problem::Malformed, {}, here(), 1};
            r.problems.append(p);
            r.text += c;
            ++i;
            continue;
        }
        if (c != u'{') {
            r.text += c;
            ++i;
            continue;
        }
        const qsizetype length = nameAt(body, i);
        if (length < 0) {
            Problem p{Problem::Malformed, {}, here(), 1};
            r.problems.append(p);
            r.text += c;
            ++i;
            continue;
        }
        const QString name = body.mid(i + 1, length);
        const QString token = body.mid(i, length + 2);
        if (!ReplyRenderer::isKnown(name)) {
            r.problems.append({Problem::Unknown, name, here(), token.size()});
            r.text += token;
            i += token.size();
            continue;
        }
        i += token.size();
        if (!r.used.contains(name))
            r.used.append(name);
        if (!values) {
            r.text += token;
            continue;
        }
        const QString value = values->value(name);
        if (value.isEmpty()) {
            r.problems.append({Problem::Missing, name, r.text.size(), token.size()});
            r.text += token;
            continue;
        }
        r.text += value;
    }
    for (Problem &p : r.problems)
        locate(p, values ? r.text : body);
    return r;
}

} // namespace

const QList<ReplyRenderer::Placeholder> &ReplyRenderer::placeholders()
{
    static const QList<Placeholder> list{
            {u"buyer_name"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The buyer's name, from the claim or its order")},
            {u"order_id"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The order number")},
            {u"product"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The product that arrived damaged")},
            {u"quantity"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "How many units are affected")},
            {u"refund_amount"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The refund, in the buyer's money format")},
            {u"coupon_code"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The coupon code offered")},
            {u"coupon_value"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The coupon's value, in the buyer's money format")},
            {u"coupon_min_spend"_s,
             QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The smallest order the coupon applies to, in the buyer's money format")},
            {u"coupon_expiry"_s,
             QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The last day the coupon can be used, as the buyer writes dates")},
            {u"tracking_number"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The tracking number of the replacement")},
            {u"store_name"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "The store's name")},
            {u"agent_name"_s, QT_TRANSLATE_NOOP("sd::ReplyRenderer", "Your name, as you sign replies (a setting)")},
    };
    return list;
}

bool ReplyRenderer::isKnown(const QString &name)
{
    const auto &list = placeholders();
    return std::any_of(list.cbegin(), list.cend(), [&](const Placeholder &p) { return p.name == name; });
}

QString ReplyRenderer::description(const QString &name)
{
    for (const Placeholder &p : placeholders()) {
        if (p.name == name)
            return tr(p.description);
    }
    return {};
}

QString ReplyRenderer::Problem::message() const
{
    switch (kind) {
    case Unknown:
        return tr("{%1} is not a placeholder SellerDesk knows").arg(name);
    case Missing:
        return tr("{%1} has no value for this claim").arg(name);
    case Malformed:
        return tr("a brace that is not part of a placeholder: write {{ or }} for a literal brace");
    }
    return {};
}

ReplyRenderer::Result ReplyRenderer::render(const QString &body, const Values &values)
{
    return run(body, &values);
}

QList<ReplyRenderer::Problem> ReplyRenderer::check(const QString &body)
{
    return run(body, nullptr).problems;
}

QList<ReplyRenderer::Problem> ReplyRenderer::leftovers(const QString &draft)
{
    QList<Problem> out;
    for (qsizetype i = draft.indexOf(u'{'); i >= 0; i = draft.indexOf(u'{', i + 1)) {
        const qsizetype length = nameAt(draft, i);
        if (length < 0)
            continue;
        const QString name = draft.mid(i + 1, length);
        // Only names written like placeholders: "{VIP}" in a buyer's name is text.
        if (!std::all_of(name.cbegin(), name.cend(), [](QChar c) { return !c.isUpper(); }))
            continue;
        Problem p{isKnown(name) ? Problem::Missing : Problem::Unknown, name, i, length + 2};
        locate(p, draft);
        out.append(p);
    }
    return out;
}

QString ReplyRenderer::formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // The locale's long format without the day of the week: "August 31, 2026",
    // "31. August 2026", "31 августа 2026 г.", "2026年8月31日".
    static const QRegularExpression weekday(u"\\s*[,\u060C]?\\s*dddd\\s*[,\u060C]?\\s*"_s);
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, u" "_s);
    format = format.trimmed();
    return locale.toString(date, format);
}

QLocale ReplyRenderer::buyerLocale(const QString &language, const QString &country)
{
    const QLocale::Language lang = QLocale::codeToLanguage(language);
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    if (lang == QLocale::AnyLanguage || lang == QLocale::C) {
        if (territory != QLocale::AnyTerritory) {
            const QLocale local(QLocale::AnyLanguage, territory);
            if (local.territory() == territory && local.language() != QLocale::C)
                return local;
        }
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    if (territory != QLocale::AnyTerritory) {
        const QLocale pair(lang, territory);
        if (pair.language() == lang && pair.territory() == territory)
            return pair;
    }
    return QLocale(lang);
}

} // namespace sd
