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

    // The template for where the claim stands: photos requested while there are none,
    // the reply matching its resolution once resolved, the damage apology otherwise.
    static QString suggestTemplate(const Claim &claim, qsizetype photoCount);
    // The buyer's language when the template has it, else the main language of the
    // buyer's country, else English, else the template's first language.
    static QString suggestLanguage(const Claim &claim, const ReplyTemplate &t);
    // The main language of a country ("BR" -> "pt"); empty when unknown.
    static QString languageOfCountry(const QString &country);

    // Placeholder values for `claim` in the buyer's locale. Before a refund is recorded,
    // refund_amount is what the buyer paid for the affected units (seed 003: the buyer
    // is usually refunded in full).
    ReplyRenderer::Values values(const Claim &claim, const QString &lang, const QString &agentName) const;

    // Renders the template for the claim; an empty key or language is suggested.
    std::optional<Draft> draft(const Claim &claim, const QString &templateKey, const QString &lang,
                               const QString &agentName, QString *error) const;

    // How the current user signs replies: a workspace setting per operating-system user.
    QString agentName() const;
    bool setAgentName(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
