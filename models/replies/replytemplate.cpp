#include "replytemplate.h"

#include "core/jsonerror.h"
#include "replies/replyrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString Format = u"sellerdesk-reply-templates"_s;

QJsonObject localJson(const LocalText &t)
{
    QJsonObject o{{u"en"_s, t.en}};
    if (!t.zh.isEmpty())
        o.insert(u"zh_CN"_s, t.zh);
    return o;
}

} // namespace

bool ReplyTemplate::sameContent(const ReplyTemplate &o) const
{
    return title.en == o.title.en && title.zh == o.title.zh && description.en == o.description.en
            && description.zh == o.description.zh && texts == o.texts;
}

std::optional<QString> ReplyTemplate::textFor(const QString &lang) const
{
    if (const auto it = texts.constFind(lang); it != texts.cend())
        return *it;
    const QString base = lang.section(u'_', 0, 0);
    if (const auto it = texts.constFind(base); it != texts.cend())
        return *it;
    return std::nullopt;
}

QString ReplyTemplateJson::checkKey(const QString &key)
{
    if (key.isEmpty())
        return tr("a template needs a key");
    if (key.size() > 60)
        return tr("a key is at most 60 characters");
    if (!(key.at(0) >= u'a' && key.at(0) <= u'z')
        || !std::all_of(key.cbegin(), key.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
           }))
        return tr("\"%1\": a key is lower-case letters, digits and _, starting with a letter").arg(key);
    return {};
}

QString ReplyTemplateJson::normalizeLanguage(const QString &code)
{
    QString c = code.trimmed();
    c.replace(u'-', u'_');
    if (c.count(u'_') > 1)
        return code;
    const QString lang = c.section(u'_', 0, 0).toLower();
    return c.contains(u'_') ? lang + u'_' + c.section(u'_', 1).toUpper() : lang;
}

QString ReplyTemplateJson::checkLanguage(const QString &code)
{
    const QString lang = code.section(u'_', 0, 0);
    const QString region = code.section(u'_', 1);
    auto all = [](const QString &s, bool (*ok)(QChar)) { return std::all_of(s.cbegin(), s.cend(), ok); };
    const bool regionOk = (region.size() == 2 && all(region, [](QChar c) { return c >= u'A' && c <= u'Z'; }))
            || (region.size() == 3 && all(region, [](QChar c) { return c >= u'0' && c <= u'9'; }));
    const bool ok = lang.size() >= 2 && lang.size() <= 3
            && all(lang, [](QChar c) { return c >= u'a' && c <= u'z'; })
            && (!code.contains(u'_') || regionOk);
    return ok ? QString()
              : tr("\"%1\" is not a language code such as en, pt, pt_BR or es_419").arg(code);
}

std::optional<QList<ReplyTemplate>> ReplyTemplateJson::parse(const QByteArray &json, const QString &fileName,
                                                              QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = jsonSyntaxError(json, fileName, parseError);
        return std::nullopt;
    }
    auto fail = [&](const QString &where, const QString &why) {
        *error = where.isEmpty() ? tr("%1: %2").arg(fileName, why) : tr("%1: %2: %3").arg(fileName, where, why);
        return std::nullopt;
    };
    if (!doc.isObject())
        return fail({}, tr("a template library is a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != Format)
        return fail(u"format"_s, tr("this is not a SellerDesk template library (\"format\" must be \"%1\")").arg(Format));
    if (root.value(u"version"_s).toInt(-1) != 1)
        return fail(u"version"_s, tr("this SellerDesk reads template libraries of version 1"));
    if (!root.value(u"templates"_s).isArray())
        return fail(u"templates"_s, tr("a list of templates is expected"));
    const QJsonArray list = root.value(u"templates"_s).toArray();
    if (list.isEmpty())
        return fail(u"templates"_s, tr("the library has no templates"));
    QList<ReplyTemplate> out;
    QSet<QString> keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = u"templates[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            return fail(at, tr("a template is a JSON object"));
        const QJsonObject o = list.at(i).toObject();
        ReplyTemplate t;
        t.key = o.value(u"key"_s).toString();
        if (const QString why = checkKey(t.key); !why.isEmpty())
            return fail(at + u".key"_s, why);
        if (keys.contains(t.key))
            return fail(at + u".key"_s, tr("\"%1\" appears twice").arg(t.key));
        keys.insert(t.key);
        const QJsonObject title = o.value(u"title"_s).toObject();
        t.title = {title.value(u"en"_s).toString().trimmed(), title.value(u"zh_CN"_s).toString().trimmed()};
        if (t.title.en.isEmpty())
            return fail(at + u".title.en"_s, tr("a template needs an English title"));
        const QJsonObject description = o.value(u"description"_s).toObject();
        t.description = {description.value(u"en"_s).toString().trimmed(),
                         description.value(u"zh_CN"_s).toString().trimmed()};
        // A lone surrogate (a JSON escape from uD800 to uDFFF) is half a character, which
        // SQLite would store mangled.
        const QString halfCharacter = tr("the text holds half a character (a lone \\uD800 to \\uDFFF escape)");
        if (!QStringView(t.title.en).isValidUtf16() || !QStringView(t.title.zh).isValidUtf16())
            return fail(at + u".title"_s, halfCharacter);
        if (!QStringView(t.description.en).isValidUtf16() || !QStringView(t.description.zh).isValidUtf16())
            return fail(at + u".description"_s, halfCharacter);
        const QJsonValue texts = o.value(u"texts"_s);
        if (!texts.isObject() || texts.toObject().isEmpty())
            return fail(at + u".texts"_s, tr("a template needs its text in at least one language"));
        const QJsonObject byLang = texts.toObject();
        for (auto it = byLang.begin(); it != byLang.end(); ++it) {
            const QString where = at + u".texts."_s + it.key();
            // "es-419" and "es_419" are the same language: stored as "es_419".
            const QString lang = normalizeLanguage(it.key());
            if (const QString why = checkLanguage(lang); !why.isEmpty())
                return fail(where, checkLanguage(it.key()));
            if (t.texts.contains(lang))
                return fail(where, tr("\"%1\" appears twice").arg(lang));
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return fail(where, tr("the text is empty"));
            const QString body = it.value().toString();
            if (!QStringView(body).isValidUtf16())
                return fail(where, halfCharacter);
            if (const auto problems = ReplyRenderer::check(body); !problems.isEmpty()) {
                const ReplyRenderer::Problem &p = problems.first();
                return fail(where, tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message()));
            }
            t.texts.insert(lang, body);
        }
        out.append(t);
    }
    return out;
}

QByteArray ReplyTemplateJson::serialize(const QList<ReplyTemplate> &templates)
{
    QJsonArray list;
    for (const ReplyTemplate &t : templates) {
        QJsonObject texts;
        QStringList used;
        for (auto it = t.texts.cbegin(); it != t.texts.cend(); ++it) {
            texts.insert(it.key(), it.value());
            for (const QString &name : ReplyRenderer::render(it.value(), {}).used) {
                if (!used.contains(name))
                    used.append(name);
            }
        }
        QJsonObject o{{u"key"_s, t.key}, {u"title"_s, localJson(t.title)}};
        if (!t.description.en.isEmpty() || !t.description.zh.isEmpty())
            o.insert(u"description"_s, localJson(t.description));
        // For people reading the file; SellerDesk works them out from the texts.
        o.insert(u"placeholders"_s, QJsonArray::fromStringList(used));
        if (t.version > 0)
            o.insert(u"version"_s, t.version);
        o.insert(u"texts"_s, texts);
        list.append(o);
    }
    const QJsonObject root{{u"format"_s, Format}, {u"version"_s, 1}, {u"templates"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ReplyTemplate> ReplyTemplateJson::shipped()
{
    QFile f(u":/replies/builtin.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString error;
    auto list = parse(f.readAll(), f.fileName(), &error);
    Q_ASSERT_X(list, "ReplyTemplateJson::shipped", qPrintable(error));
    if (!list)
        return {};
    for (ReplyTemplate &t : *list)
        t.builtin = true;
    return *list;
}

} // namespace sd
