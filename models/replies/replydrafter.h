#pragma once

#include "claims/claimrepository.h"
#include "replies/replyrenderer.h"
#include "replies/replytemplate.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace sd {

// Drafts a reply to a claim: which template and language to start from, and the
// placeholder values taken from the claim, its order and its store.
class ReplyDrafter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReplyDrafter)
public:
    explicit ReplyDrafter(const QSqlDatabase &db) : m_db(db) { }

    struct Draft
    {
        QString templateKey;
        int version = 0;
        QString lang;
        ReplyRenderer::Result result;
    };

    // The template for where the claim stands. Before a decision the reply promises
    // nothing: photos requested while there are none (or while awaiting evidence), the
    // photos acknowledged while the claim is new, the platform's review explained while
    // it is under review. Once resolved (or closed) the reply confirms what was decided:
    // full refund, partial refund, reshipment, coupon, rejection.
    static QString suggestTemplate(const Claim &claim, qsizetype photoCount);
    // The text to use for the buyer: the buyer's language, else the main language of
    // the buyer's country, else English, else the template's first language; each in
    // the regional variant for the buyer's country when the template has one
    // (resolveLanguage).
    static QString suggestLanguage(const Claim &claim, const ReplyTemplate &t);
    // The text of `t` to use when `lang` is asked for a buyer in `country`: the exact
    // variant, the country's own ("es_MX"), the region's ("es_419" for Latin America),
    // the plain language, then another variant of it; empty when `t` has none of them.
    static QString resolveLanguage(const ReplyTemplate &t, const QString &lang, const QString &country);
    // The variants of `lang` in the order they suit a buyer in `country`.
    static QStringList languageCandidates(const QString &lang, const QString &country);
    // The main language of a country ("BR" -> "pt"); empty when unknown.
    static QString languageOfCountry(const QString &country);

    // Placeholder values for `claim` in the buyer's locale. A value the claim does not
    // have is left out (the draft names it): refund_amount only once a refund is
    // recorded, the coupon's values only for a coupon, the tracking number only once known.
    ReplyRenderer::Values values(const Claim &claim, const QString &lang, const QString &agentName) const;

    // Renders the template for the claim; an empty key or language is suggested, and a
    // language without its region ("es") takes the variant for the buyer's country.
    std::optional<Draft> draft(const Claim &claim, const QString &templateKey, const QString &lang,
                               const QString &agentName, QString *error) const;

    // How the current user signs replies: a workspace setting per operating-system user.
    QString agentName() const;
    bool setAgentName(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
