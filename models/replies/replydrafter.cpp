#include "replydrafter.h"

#include "claims/claimterms.h"
#include "files/workspacesettings.h"
#include "orders/orderrepository.h"
#include "replies/templaterepository.h"
#include "store/auditlog.h"
#include "stores/storerepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QString agentKey()
{
    return u"replies.agent_name."_s + AuditLog::currentActor();
}

} // namespace

QString ReplyDrafter::suggestTemplate(const Claim &c, qsizetype photoCount)
{
    if (c.state == u"resolved"_s || c.state == u"closed"_s) {
        if (c.resolution == u"partial_refund"_s)
            return u"partial_refund_offer"_s;
        if (c.resolution == u"reship"_s)
            return u"reshipment_notice"_s;
        if (c.resolution == u"coupon"_s)
            return u"coupon_offer"_s;
        if (c.resolution == u"rejected"_s)
            return u"claim_rejected"_s;
        return u"damage_apology"_s;
    }
    if (c.state == u"awaiting_evidence"_s || photoCount == 0)
        return u"request_photos"_s;
    return u"damage_apology"_s;
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

QString ReplyDrafter::suggestLanguage(const Claim &c, const ReplyTemplate &t)
{
    for (const QString &lang : {c.buyerLanguage, languageOfCountry(c.buyerCountry), u"en"_s}) {
        if (!lang.isEmpty() && t.textFor(lang))
            return t.texts.contains(lang) ? lang : lang.section(u'_', 0, 0);
    }
    return t.texts.isEmpty() ? QString() : t.texts.firstKey();
}

ReplyRenderer::Values ReplyDrafter::values(const Claim &c, const QString &lang, const QString &agentName) const
{
    const QLocale locale = ReplyRenderer::buyerLocale(lang.section(u'_', 0, 0), c.buyerCountry);
    ReplyRenderer::Values v;
    v.insert(u"buyer_name"_s, c.buyerName.trimmed());
    v.insert(u"order_id"_s, c.orderId);
    v.insert(u"product"_s, c.productName.trimmed().isEmpty() ? c.damagedItem.trimmed() : c.productName.trimmed());
    v.insert(u"quantity"_s, locale.toString(c.quantityAffected));
    std::optional<Money> refund = c.refund();
    if (!refund && c.orderRef > 0 && c.state != u"resolved"_s && c.state != u"closed"_s) {
        if (const auto order = OrderRepository(m_db).detail(c.orderRef)) {
            for (const OrderItem &i : order->items) {
                if (i.childId == c.childId && i.unitPriceMinor > 0)
                    refund = Money(i.unitPriceMinor * c.quantityAffected, c.currency);
            }
        }
    }
    if (refund)
        v.insert(u"refund_amount"_s, refund->formatFor(locale));
    v.insert(u"coupon_code"_s, c.couponCode);
    if (const auto coupon = c.coupon())
        v.insert(u"coupon_value"_s, coupon->formatFor(locale));
    v.insert(u"tracking_number"_s, c.reshipTracking);
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
    d.lang = lang.isEmpty() ? suggestLanguage(c, *t) : lang;
    const auto body = t->textFor(d.lang);
    if (!body) {
        *error = tr("template \"%1\" has no %2 text (it has: %3)")
                         .arg(t->key, d.lang, QStringList(t->texts.keys()).join(u", "_s));
        return std::nullopt;
    }
    if (!t->texts.contains(d.lang))
        d.lang = d.lang.section(u'_', 0, 0);
    d.result = ReplyRenderer::render(*body, values(c, d.lang, agentName));
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
