#include "replydrafter.h"

#include "claims/claimterms.h"
#include "core/staffname.h"
#include "files/workspacesettings.h"
#include "replies/templaterepository.h"
#include "stores/storerepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Kept per system user: the key stays the same when staff give or change their name.
QString agentKey()
{
    return u"replies.agent_name."_s + StaffName::systemUser();
}

} // namespace

QString ReplyDrafter::suggestTemplate(const Claim &c, qsizetype photoCount)
{
    if (c.state == u"resolved"_s || c.state == u"closed"_s) {
        if (c.resolution == u"full_refund"_s)
            return u"damage_apology"_s;
        if (c.resolution == u"partial_refund"_s)
            return u"partial_refund_offer"_s;
        if (c.resolution == u"reship"_s)
            return u"reshipment_notice"_s;
        if (c.resolution == u"coupon"_s)
            return u"coupon_offer"_s;
        if (c.resolution == u"rejected"_s)
            return u"claim_rejected"_s;
    }
    if (c.state == u"under_review"_s)
        return u"claim_under_review"_s;
    if (c.state == u"awaiting_evidence"_s || photoCount == 0)
        return u"request_photos"_s;
    return u"claim_received"_s;
}

QString ReplyDrafter::languageOfCountry(const QString &country)
{
    // The language most buyers there write in. Qt cannot say (QLocale(AnyLanguage,
    // UnitedStates) is Cherokee), so AliExpress's buyer countries are listed here.
    static const QHash<QString, QString> languages = [] {
        QHash<QString, QString> out;
        const std::pair<const char *, const char *> groups[] = {
                {"en", "US GB AU CA NZ IE IN SG ZA PH NG KE MT"},
                {"es", "ES MX AR CL CO PE UY EC VE CR PA DO GT BO PY SV HN NI PR"},
                {"fr", "FR LU MC SN CI"},
                {"pt", "BR PT AO MZ"},
                {"ru", "RU BY KZ KG"},
                {"ko", "KR"},
                {"nl", "NL BE"},
                {"pl", "PL"},
                {"de", "DE AT CH LI"},
                {"it", "IT SM"},
                {"ja", "JP"},
                {"tr", "TR"},
                {"ar", "SA AE EG KW QA BH OM JO MA DZ TN IQ LB"},
                {"he", "IL"},
                {"uk", "UA"},
                {"cs", "CZ"},
                {"sk", "SK"},
                {"hu", "HU"},
                {"ro", "RO MD"},
                {"el", "GR CY"},
                {"sv", "SE"},
                {"nb", "NO"},
                {"da", "DK"},
                {"fi", "FI"},
                {"lt", "LT"},
                {"lv", "LV"},
                {"et", "EE"},
                {"bg", "BG"},
                {"hr", "HR"},
                {"sl", "SI"},
                {"sr", "RS"},
                {"zh", "CN TW HK"},
                {"vi", "VN"},
                {"th", "TH"},
                {"id", "ID"},
                {"ms", "MY"},
        };
        for (const auto &[lang, countries] : groups) {
            for (const QString &c : QString::fromLatin1(countries).split(u' '))
                out.insert(c, QString::fromLatin1(lang));
        }
        return out;
    }();
    return languages.value(country.trimmed().toUpper());
}

QStringList ReplyDrafter::languageCandidates(const QString &lang, const QString &country)
{
    const QString code = ReplyTemplateJson::normalizeLanguage(lang);
    const QString base = code.section(u'_', 0, 0);
    const QString territory = country.trimmed().toUpper();
    if (base.isEmpty())
        return {};
    // Where the regional variants SellerDesk ships apply. Spanish: Latin America and
    // the United States write es_419, everyone else (Spain first) es_ES. Portuguese:
    // Portugal and the African and Asian countries write pt_PT, Brazil and a buyer
    // whose country is not known pt_BR (AliExpress's largest Portuguese market).
    static const QSet<QString> latinAmerica{u"MX"_s, u"AR"_s, u"CL"_s, u"CO"_s, u"PE"_s, u"UY"_s, u"EC"_s,
                                            u"VE"_s, u"CR"_s, u"PA"_s, u"DO"_s, u"GT"_s, u"BO"_s, u"PY"_s,
                                            u"SV"_s, u"HN"_s, u"NI"_s, u"PR"_s, u"CU"_s, u"US"_s};
    static const QSet<QString> europeanPortuguese{u"PT"_s, u"AO"_s, u"MZ"_s, u"CV"_s, u"GW"_s,
                                                  u"ST"_s, u"TL"_s, u"MO"_s};
    QStringList out;
    auto add = [&](const QString &c) {
        if (!c.isEmpty() && !out.contains(c))
            out.append(c);
    };
    if (code != base)
        add(code); // a variant asked for by name comes first; a plain language takes the buyer's
    if (territory.size() == 2)
        add(base + u'_' + territory);
    if (base == u"es"_s) {
        const bool americas = latinAmerica.contains(territory);
        add(americas ? u"es_419"_s : u"es_ES"_s);
        add(base);
        add(americas ? u"es_ES"_s : u"es_419"_s);
    } else if (base == u"pt"_s) {
        const bool europe = europeanPortuguese.contains(territory);
        add(europe ? u"pt_PT"_s : u"pt_BR"_s);
        add(base);
        add(europe ? u"pt_BR"_s : u"pt_PT"_s);
    } else {
        add(base);
    }
    return out;
}

QString ReplyDrafter::resolveLanguage(const ReplyTemplate &t, const QString &lang, const QString &country)
{
    const QStringList candidates = languageCandidates(lang, country);
    for (const QString &c : candidates) {
        if (t.texts.contains(c))
            return c;
    }
    // Any other variant of the language ("fr_CA" for a buyer writing "fr").
    const QString base = candidates.isEmpty() ? QString() : candidates.first().section(u'_', 0, 0);
    for (auto it = t.texts.cbegin(); it != t.texts.cend(); ++it) {
        if (!base.isEmpty() && it.key().section(u'_', 0, 0) == base)
            return it.key();
    }
    return {};
}

QString ReplyDrafter::suggestLanguage(const Claim &c, const ReplyTemplate &t)
{
    for (const QString &lang : {c.buyerLanguage, languageOfCountry(c.buyerCountry), u"en"_s}) {
        if (lang.isEmpty())
            continue;
        if (const QString found = resolveLanguage(t, lang, c.buyerCountry); !found.isEmpty())
            return found;
    }
    return t.texts.isEmpty() ? QString() : t.texts.firstKey();
}

ReplyRenderer::Values ReplyDrafter::values(const Claim &c, const QString &lang, const QString &agentName) const
{
    // The buyer's country decides the formats; without one, the text's own region does
    // ("pt_PT": Portugal's).
    const QString code = ReplyTemplateJson::normalizeLanguage(lang);
    QString country = c.buyerCountry;
    if (country.trimmed().isEmpty() && code.section(u'_', 1).size() == 2)
        country = code.section(u'_', 1);
    const QLocale locale = ReplyRenderer::buyerLocale(code.section(u'_', 0, 0), country);
    ReplyRenderer::Values v;
    v.insert(u"buyer_name"_s, c.buyerName.trimmed());
    v.insert(u"order_id"_s, c.orderId);
    v.insert(u"product"_s, c.productName.trimmed().isEmpty() ? c.damagedItem.trimmed() : c.productName.trimmed());
    v.insert(u"quantity"_s, locale.toString(c.quantityAffected));
    // Only what the claim has: a refund once one is recorded (never promised before).
    if (const auto refund = c.refund())
        v.insert(u"refund_amount"_s, refund->formatFor(locale));
    if (const auto coupon = c.coupon()) {
        v.insert(u"coupon_code"_s, c.couponCode);
        v.insert(u"coupon_value"_s, coupon->formatFor(locale));
        if (const auto minSpend = c.couponMinSpend())
            v.insert(u"coupon_min_spend"_s, minSpend->formatFor(locale));
        v.insert(u"coupon_expiry"_s, ReplyRenderer::formatDate(c.couponExpiry, locale));
    }
    v.insert(u"tracking_number"_s, c.reshipTracking.trimmed());
    if (const auto store = StoreRepository(m_db).byId(c.storeId))
        v.insert(u"store_name"_s, store->name);
    v.insert(u"agent_name"_s, agentName.trimmed());
    return v;
}

std::optional<ReplyDrafter::Draft> ReplyDrafter::draft(const Claim &c, const QString &templateKey,
                                                       const QString &lang, const QString &agentName,
                                                       QString *error) const
{
    const TemplateRepository templates(m_db);
    QString key = templateKey;
    if (key.isEmpty()) {
        key = suggestTemplate(c, AttachmentStore(m_db).list(ClaimRepository::Entity, c.id).size());
        const auto t = templates.current(key);
        if (!t || t->archived) {
            const auto all = templates.list();
            if (all.isEmpty()) {
                *error = tr("the template library is empty");
                return std::nullopt;
            }
            key = all.first().key;
        }
    }
    const auto t = templates.current(key);
    if (!t) {
        *error = tr("there is no template \"%1\"").arg(key);
        return std::nullopt;
    }
    Draft d;
    d.templateKey = t->key;
    d.version = t->version;
    d.lang = lang.isEmpty() ? suggestLanguage(c, *t) : resolveLanguage(*t, lang, c.buyerCountry);
    if (d.lang.isEmpty() || !t->texts.contains(d.lang)) {
        *error = tr("template \"%1\" has no %2 text (it has: %3)")
                         .arg(t->key, lang, QStringList(t->texts.keys()).join(u", "_s));
        return std::nullopt;
    }
    d.result = ReplyRenderer::render(t->texts.value(d.lang), values(c, d.lang, agentName));
    return d;
}

QString ReplyDrafter::agentName() const
{
    return WorkspaceSettings(m_db).value(agentKey());
}

bool ReplyDrafter::setAgentName(const QString &name, QString *error)
{
    return WorkspaceSettings(m_db).setValue(agentKey(), name.trimmed(), error);
}

} // namespace sd
