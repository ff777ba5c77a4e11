#pragma once

#include "replies/replytemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

// The reply template library in the workspace. Every saved edit is a new version and
// the newest version is the one in use; older versions stay readable. Built-in
// templates come from resources/replies/builtin.json: they can be edited like any
// other and restored to the shipped wording (as a new version), but not archived.
class TemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::TemplateRepository)
public:
    static const QString Entity; // "reply_templates" (audit log)

    explicit TemplateRepository(const QSqlDatabase &db) : m_db(db) { }

    // The newest version of each template, built-ins first then by key.
    QList<ReplyTemplate> list(bool includeArchived = false) const;
    std::optional<ReplyTemplate> current(const QString &key) const;
    std::optional<ReplyTemplate> version(const QString &key, int version) const;
    // Every version, newest first.
    QList<ReplyTemplate> history(const QString &key) const;

    // Adds the shipped templates the workspace does not have yet, and brings each
    // built-in the user has not edited up to the shipped wording (as a new version).
    // A built-in the user has edited keeps the user's version: the new shipped wording
    // is offered instead (offeredUpdate), never forced.
    bool seedBuiltins(QString *error);

    // Whether the version of built-in `key` in use is the user's own wording (saved or
    // imported), rather than a wording SellerDesk shipped.
    bool isEdited(const QString &key) const;
    // The shipped wording of built-in `key`, when it is newer than the wording the
    // workspace last took from SellerDesk, the user's edited version is in use, and the
    // user has not chosen to keep theirs over this wording. restoreBuiltin() takes it.
    std::optional<ReplyTemplate> offeredUpdate(const QString &key) const;
    // The keys of the built-ins with an offered update, in library order.
    QStringList offeredUpdates() const;
    // Keeps the user's version of `key`: this shipped wording is no longer offered (a
    // later one will be).
    bool keepEdited(const QString &key, QString *error);

    // Saves `t` as the newest version of t.key (a new template when the key is new).
    // Returns the version now in use: the same one when nothing changed.
    std::optional<int> save(const ReplyTemplate &t, QString *error);
    // Makes the shipped wording of a built-in the newest version.
    std::optional<int> restoreBuiltin(const QString &key, QString *error);
    // Hides a user template from the library (built-ins cannot be archived).
    bool setArchived(const QString &key, bool archived, QString *error);

    // The library as JSON (newest versions; archived templates left out).
    QByteArray exportJson() const;
    struct ImportSummary
    {
        int added = 0;
        int updated = 0; // a new version
        int unchanged = 0;
    };
    // Validates the whole file first; imports all of it or nothing.
    std::optional<ImportSummary> importJson(const QByteArray &json, const QString &fileName,
                                            QString *error);

private:
    // Inside the caller's transaction.
    std::optional<int> write(const ReplyTemplate &t, const QString &origin, bool builtin, QString *error);
    QList<ReplyTemplate> select(const QString &where, const QVariantList &binds) const;
    // The newest version SellerDesk wrote (shipped or restored) in `history` (newest first).
    static std::optional<ReplyTemplate> lastShipped(const QList<ReplyTemplate> &history);
    static bool editedIn(const QList<ReplyTemplate> &history);
    QSqlDatabase m_db;
};

} // namespace sd
