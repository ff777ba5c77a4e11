#include "templaterepository.h"

#include "files/workspacesettings.h"
#include "replies/replyrenderer.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

const QString TemplateRepository::Entity = u"reply_templates"_s;

namespace {

const QString s_select =
        u"SELECT t.key, t.builtin, t.archived, v.id, v.version, v.title_en, v.title_zh, "
        "v.description_en, v.description_zh, v.origin, v.created_utc, v.created_by "
        "FROM reply_templates t JOIN reply_template_versions v ON v.template_ref = t.id "_s;
const QString s_newest =
        u"v.version = (SELECT max(version) FROM reply_template_versions WHERE template_ref = t.id)"_s;

} // namespace

QList<ReplyTemplate> TemplateRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<ReplyTemplate> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ReplyTemplate t;
        t.key = q.value(0).toString();
        t.builtin = q.value(1).toBool();
        t.archived = q.value(2).toBool();
        t.versionId = q.value(3).toLongLong();
        t.version = q.value(4).toInt();
        t.title = {q.value(5).toString(), q.value(6).toString()};
        t.description = {q.value(7).toString(), q.value(8).toString()};
        t.origin = q.value(9).toString();
        t.createdUtc = q.value(10).toLongLong();
        t.createdBy = q.value(11).toString();
        out.append(t);
    }
    QSqlQuery texts(m_db);
    texts.prepare(u"SELECT lang, body FROM reply_template_texts WHERE version_ref = ?"_s);
    for (ReplyTemplate &t : out) {
        texts.addBindValue(t.versionId);
        if (!texts.exec())
            continue;
        while (texts.next())
            t.texts.insert(texts.value(0).toString(), texts.value(1).toString());
    }
    return out;
}

QList<ReplyTemplate> TemplateRepository::list(bool includeArchived) const
{
    return select(u"WHERE "_s + s_newest + u" AND (? = 1 OR t.archived = 0) ORDER BY t.builtin DESC, t.id"_s,
                  {int(includeArchived)});
}

std::optional<ReplyTemplate> TemplateRepository::current(const QString &key) const
{
    const auto found = select(u"WHERE t.key = ? AND "_s + s_newest, {key});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<ReplyTemplate> TemplateRepository::version(const QString &key, int version) const
{
    const auto found = select(u"WHERE t.key = ? AND v.version = ?"_s, {key, version});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ReplyTemplate> TemplateRepository::history(const QString &key) const
{
    return select(u"WHERE t.key = ? ORDER BY v.version DESC"_s, {key});
}

std::optional<int> TemplateRepository::write(const ReplyTemplate &input, const QString &origin, bool builtin,
                                             QString *error)
{
    // "es-419" and "es_419" are one language, stored as "es_419".
    ReplyTemplate t = input;
    t.texts.clear();
    for (auto it = input.texts.cbegin(); it != input.texts.cend(); ++it) {
        const QString lang = ReplyTemplateJson::normalizeLanguage(it.key());
        if (t.texts.contains(lang)) {
            *error = tr("%1: the %2 text appears twice").arg(input.key, lang);
            return std::nullopt;
        }
        t.texts.insert(lang, it.value());
    }
    if (const QString why = ReplyTemplateJson::checkKey(t.key); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    if (t.title.en.trimmed().isEmpty()) {
        *error = tr("%1: a template needs an English title").arg(t.key);
        return std::nullopt;
    }
    if (t.texts.isEmpty()) {
        *error = tr("%1: a template needs its text in at least one language").arg(t.key);
        return std::nullopt;
    }
    for (auto it = t.texts.cbegin(); it != t.texts.cend(); ++it) {
        if (const QString why = ReplyTemplateJson::checkLanguage(it.key()); !why.isEmpty()) {
            *error = tr("%1: %2").arg(t.key, why);
            return std::nullopt;
        }
        if (it.value().trimmed().isEmpty()) {
            *error = tr("%1: the %2 text is empty").arg(t.key, it.key());
            return std::nullopt;
        }
        if (const auto problems = ReplyRenderer::check(it.value()); !problems.isEmpty()) {
            const ReplyRenderer::Problem &p = problems.first();
            *error = tr("%1: the %2 text, line %3, column %4: %5")
                             .arg(t.key, it.key())
                             .arg(p.line)
                             .arg(p.column)
                             .arg(p.message());
            return std::nullopt;
        }
    }
    const auto existing = current(t.key);
    if (existing && existing->sameContent(t))
        return existing->version;
    QSqlQuery q(m_db);
    qint64 templateRef = 0;
    if (!existing) {
        q.prepare(u"INSERT INTO reply_templates (key, builtin) VALUES (?, ?)"_s);
        q.addBindValue(t.key);
        q.addBindValue(int(builtin));
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        templateRef = q.lastInsertId().toLongLong();
    } else {
        q.prepare(u"SELECT id FROM reply_templates WHERE key = ?"_s);
        q.addBindValue(t.key);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        templateRef = q.value(0).toLongLong();
    }
    const int version = existing ? existing->version + 1 : 1;
    q.prepare(u"INSERT INTO reply_template_versions (template_ref, version, title_en, title_zh, "
              "description_en, description_zh, origin, created_utc, created_by) "
              "VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(templateRef), QVariant(version), QVariant(t.title.en.trimmed()),
                              QVariant(t.title.zh.trimmed()), QVariant(t.description.en.trimmed()),
                              QVariant(t.description.zh.trimmed()), QVariant(origin),
                              QVariant(utc::toStore(QDateTime::currentDateTimeUtc())),
                              QVariant(builtin && origin == u"builtin"_s ? u"SellerDesk"_s : AuditLog::currentActor())})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 versionRef = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO reply_template_texts (version_ref, lang, body) VALUES (?, ?, ?)"_s);
    for (auto it = t.texts.cbegin(); it != t.texts.cend(); ++it) {
        q.addBindValue(versionRef);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
    }
    if (origin != u"builtin"_s
        && !AuditLog(m_db).record(Entity, t.key, existing ? u"update"_s : u"create"_s, u"version"_s,
                                  existing ? QVariant(existing->version) : QVariant(), version, std::nullopt,
                                  error))
        return std::nullopt;
    return version;
}

namespace {

bool fromSellerDesk(const ReplyTemplate &v)
{
    return v.origin == u"builtin"_s || v.origin == u"restored"_s;
}

// Names one shipped wording: what "keep my version" was answered to.
QString fingerprint(const ReplyTemplate &shipped)
{
    ReplyTemplate t = shipped;
    t.version = 0;
    return QString::fromLatin1(
            QCryptographicHash::hash(ReplyTemplateJson::serialize({t}), QCryptographicHash::Sha256).toHex());
}

QString keptKey(const QString &key)
{
    return u"replies.kept_edited."_s + key;
}

std::optional<ReplyTemplate> shippedTemplate(const QString &key)
{
    for (const ReplyTemplate &t : ReplyTemplateJson::shipped()) {
        if (t.key == key)
            return t;
    }
    return std::nullopt;
}

} // namespace

std::optional<ReplyTemplate> TemplateRepository::lastShipped(const QList<ReplyTemplate> &history)
{
    for (const ReplyTemplate &v : history) {
        if (fromSellerDesk(v))
            return v;
    }
    return std::nullopt;
}

bool TemplateRepository::editedIn(const QList<ReplyTemplate> &history)
{
    if (history.isEmpty() || fromSellerDesk(history.first()))
        return false;
    // Saved or imported, but word for word a wording SellerDesk once shipped: not edited.
    return std::none_of(history.cbegin() + 1, history.cend(), [&](const ReplyTemplate &v) {
        return fromSellerDesk(v) && v.sameContent(history.first());
    });
}

bool TemplateRepository::isEdited(const QString &key) const
{
    return editedIn(history(key));
}

std::optional<ReplyTemplate> TemplateRepository::offeredUpdate(const QString &key) const
{
    const auto shipped = shippedTemplate(key);
    if (!shipped)
        return std::nullopt;
    const QList<ReplyTemplate> versions = history(key);
    if (versions.isEmpty() || !versions.first().builtin || !editedIn(versions))
        return std::nullopt;
    if (const auto last = lastShipped(versions); last && last->sameContent(*shipped))
        return std::nullopt; // the user has seen this wording and edited it since
    if (versions.first().sameContent(*shipped))
        return std::nullopt;
    if (WorkspaceSettings(m_db).value(keptKey(key)) == fingerprint(*shipped))
        return std::nullopt;
    return shipped;
}

QStringList TemplateRepository::offeredUpdates() const
{
    QStringList out;
    for (const ReplyTemplate &t : list(true)) {
        if (t.builtin && offeredUpdate(t.key))
            out.append(t.key);
    }
    return out;
}

bool TemplateRepository::keepEdited(const QString &key, QString *error)
{
    const auto offered = offeredUpdate(key);
    if (!offered) {
        *error = tr("there is no new shipped wording of \"%1\" to decline").arg(key);
        return false;
    }
    return WorkspaceSettings(m_db).setValue(keptKey(key), fingerprint(*offered), error);
}

bool TemplateRepository::seedBuiltins(QString *error)
{
    const QList<ReplyTemplate> shipped = ReplyTemplateJson::shipped();
    if (shipped.isEmpty()) {
        *error = tr("the built-in reply templates are missing");
        return false;
    }
    // What to write: the templates the workspace lacks, and a new version of each
    // built-in still in a wording SellerDesk shipped earlier.
    QList<ReplyTemplate> writes;
    for (const ReplyTemplate &t : shipped) {
        const QList<ReplyTemplate> versions = history(t.key);
        if (versions.isEmpty()) {
            writes.append(t);
            continue;
        }
        if (!versions.first().builtin || editedIn(versions))
            continue; // a template of the user's under this key, or the user's wording: offered
        if (!versions.first().sameContent(t))
            writes.append(t);
    }
    if (writes.isEmpty())
        return true;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    for (const ReplyTemplate &t : std::as_const(writes)) {
        if (!write(t, u"builtin"_s, true, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

std::optional<int> TemplateRepository::save(const ReplyTemplate &t, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    const auto version = write(t, u"user"_s, false, error);
    if (!version)
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return version;
}

std::optional<int> TemplateRepository::restoreBuiltin(const QString &key, QString *error)
{
    const QList<ReplyTemplate> shipped = ReplyTemplateJson::shipped();
    const auto it = std::find_if(shipped.cbegin(), shipped.cend(),
                                 [&](const ReplyTemplate &t) { return t.key == key; });
    if (it == shipped.cend()) {
        *error = tr("\"%1\" is not a built-in template").arg(key);
        return std::nullopt;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    const auto version = write(*it, u"restored"_s, true, error);
    if (!version)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE reply_templates SET archived = 0 WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !tx.commit()) {
        *error = q.lastError().isValid() ? q.lastError().text() : tx.error();
        return std::nullopt;
    }
    return version;
}

bool TemplateRepository::setArchived(const QString &key, bool archived, QString *error)
{
    const auto t = current(key);
    if (!t) {
        *error = tr("there is no template \"%1\"").arg(key);
        return false;
    }
    if (t->builtin && archived) {
        *error = tr("built-in templates cannot be archived; edit them, or restore the shipped wording");
        return false;
    }
    if (t->archived == archived)
        return true;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE reply_templates SET archived = ? WHERE key = ?"_s);
    q.addBindValue(int(archived));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_db).record(Entity, key, archived ? u"archive"_s : u"unarchive"_s, u"archived"_s,
                               int(t->archived), int(archived), std::nullopt, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

QByteArray TemplateRepository::exportJson() const
{
    return ReplyTemplateJson::serialize(list(false));
}

std::optional<TemplateRepository::ImportSummary> TemplateRepository::importJson(const QByteArray &json,
                                                                                const QString &fileName,
                                                                                QString *error)
{
    const auto templates = ReplyTemplateJson::parse(json, fileName, error);
    if (!templates)
        return std::nullopt;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    ImportSummary s;
    for (const ReplyTemplate &t : *templates) {
        const auto before = current(t.key);
        const auto version = write(t, u"imported"_s, false, error);
        if (!version) {
            *error = tr("%1: %2").arg(fileName, *error);
            return std::nullopt;
        }
        if (!before)
            ++s.added;
        else if (*version == before->version)
            ++s.unchanged;
        else
            ++s.updated;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return s;
}

} // namespace sd
