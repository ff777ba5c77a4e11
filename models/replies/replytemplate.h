#pragma once

#include "core/localtext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sd {

// One version of a reply template: its titles and its text in each language.
struct ReplyTemplate
{
    QString key; // "damage_apology": lower-case letters, digits and _
    LocalText title;
    LocalText description;
    // language code -> body: "en", "pt", or a regional variant "pt_BR", "es_419" (a
    // language, "_", then a country or a UN M.49 region such as 419, Latin America).
    QMap<QString, QString> texts;
    // Set when read from the workspace.
    qint64 versionId = 0;
    int version = 0;
    bool builtin = false;
    bool archived = false;
    QString origin; // builtin, user, imported, restored
    qint64 createdUtc = 0;
    QString createdBy;

    // The same wording (titles, descriptions and texts), whatever the version.
    bool sameContent(const ReplyTemplate &other) const;
    // The text in `lang`, else in its base language ("pt" for "pt_BR"), else none.
    std::optional<QString> textFor(const QString &lang) const;
};

// The template library as a JSON file, so that a team can share it:
//   {"format": "sellerdesk-reply-templates", "version": 1,
//    "templates": [{"key": ..., "title": {"en": ..., "zh_CN": ...},
//                   "description": {...}, "texts": {"en": ..., "es": ...}}]}
// A file is checked as a whole: a syntax error is reported as FILE:LINE:COLUMN, a bad
// value by its place ("templates[2].texts.es"), and nothing is taken from a file with
// any problem.
class ReplyTemplateJson final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReplyTemplateJson)
public:
    static std::optional<QList<ReplyTemplate>> parse(const QByteArray &json, const QString &fileName,
                                                     QString *error);
    static QByteArray serialize(const QList<ReplyTemplate> &templates);
    // A key as templates use it; empty when acceptable, else why not.
    static QString checkKey(const QString &key);
    // "en", "pt", "zh_CN", "es_419"; empty when acceptable, else why not.
    static QString checkLanguage(const QString &code);
    // A language code as templates store it: "es-419" -> "es_419", "PT-br" -> "pt_BR".
    // Anything that is not a code comes back as it was (checkLanguage says why).
    static QString normalizeLanguage(const QString &code);
    // The library SellerDesk ships (resources/replies/builtin.json).
    static QList<ReplyTemplate> shipped();
};

} // namespace sd
