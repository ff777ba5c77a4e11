#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace sd {

// Fills a reply template's placeholders.
//
// A placeholder is a name in braces, "{buyer_name}"; "{{" and "}}" write a literal
// brace. Values are inserted as they are (a value containing braces is never expanded
// again). A placeholder SellerDesk does not know, one without a value, or a brace that
// opens nothing is a problem: it stays in the text as written, marked, so that the
// editor can show it, and a reply with problems cannot be copied for sending.
class ReplyRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReplyRenderer)
public:
    struct Placeholder
    {
        QString name;
        const char *description; // translated with ReplyRenderer::tr
    };
    // The placeholders templates may use, in the order the help lists them.
    static const QList<Placeholder> &placeholders();
    static bool isKnown(const QString &name);
    static QString description(const QString &name);

    struct Problem
    {
        enum Kind { Unknown, Missing, Malformed };
        Kind kind = Unknown;
        QString name; // the placeholder (empty for Malformed)
        qsizetype offset = 0; // in the text the problem was found in
        qsizetype length = 0;
        int line = 1; // 1-based, in characters
        int column = 1;
        QString message() const;
    };

    struct Result
    {
        QString text;
        QList<Problem> problems; // offsets in `text`
        QStringList used; // the known placeholders the template uses, first use first
        bool ok() const { return problems.isEmpty(); }
    };

    using Values = QHash<QString, QString>;

    // Renders `body` with `values`; an empty value counts as missing.
    static Result render(const QString &body, const Values &values);
    // The template's own problems: unknown placeholders and stray braces (values are
    // not looked at).
    static QList<Problem> check(const QString &body);
    // Placeholders still in an edited draft ("{order_id}" left in, or typed): the text
    // must not be sent while there are any.
    static QList<Problem> leftovers(const QString &draft);

    // A date as the buyer writes it in a letter: the locale's long format without the
    // day of the week ("August 31, 2026", "31 de agosto de 2026"); empty when invalid.
    static QString formatDate(const QDate &date, const QLocale &locale);

    // The locale a buyer reads: language (ISO 639-1) and country (ISO 3166) together
    // when Qt knows the pair, else the language alone; English when neither is known.
    static QLocale buyerLocale(const QString &language, const QString &country);
};

} // namespace sd
