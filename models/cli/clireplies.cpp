// sellerdesk-cli: damage claims, drafted replies and the template library.

#include "cliapp.h"

#include "cli/cliargs.h"
#include "claims/claimrepository.h"
#include "claims/claimterms.h"
#include "replies/replydrafter.h"
#include "replies/templaterepository.h"
#include "store/workspace.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeFlag;
using cli::takeOption;

int CliApp::cmdClaims(const QStringList &arguments)
{
    QStringList args = arguments;
    QString store, state;
    bool hasStore = false, hasState = false;
    const bool awaiting = takeFlag(args, u"--awaiting-reply"_s);
    if (!takeOption(args, u"--store"_s, &store, &hasStore) || !takeOption(args, u"--state"_s, &state, &hasState))
        return fail(Usage, tr("claims: an option is missing its value"));
    if (!args.isEmpty())
        return fail(Usage, tr("claims: unexpected argument \"%1\"").arg(args.first()));
    if (hasState && !ClaimTerms::states().contains(state))
        return fail(Usage, tr("claims: the state is one of %1").arg(ClaimTerms::states().join(u", "_s)));
    Workspace ws(m_db);
    QString error;
    if (!ws.openReadOnly(&error))
        return fail(Failure, error);
    const QSqlDatabase db = ws.connection();
    qint64 storeId = 0;
    if (hasStore) {
        const auto s = StoreRepository(db).byName(store);
        if (!s)
            return fail(Failure, tr("claims: there is no store named \"%1\"").arg(store));
        storeId = s->id;
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT c.id FROM claims c WHERE (? = 0 OR c.store_id = ?) AND (? = '' OR c.state = ?) "
              "AND (? = 0 OR (c.state <> 'closed' AND (c.last_reply_utc IS NULL "
              "     OR c.last_reply_utc < c.state_changed_utc))) ORDER BY c.opened_utc, c.id"_s);
    q.addBindValue(storeId);
    q.addBindValue(storeId);
    q.addBindValue(hasState ? state : u""_s);
    q.addBindValue(hasState ? state : u""_s);
    q.addBindValue(int(awaiting));
    if (!q.exec())
        return fail(Failure, tr("claims: cannot read the claims"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    const ClaimRepository claims(db);
    const StoreRepository stores(db);
    QJsonArray list;
    QString text;
    QTextStream ts(&text);
    for (qint64 id : std::as_const(ids)) {
        const auto c = claims.byId(id);
        if (!c)
            continue;
        const auto s = stores.byId(c->storeId);
        const QString storeName = s ? s->name : QString();
        list.append(QJsonObject{{u"id"_s, c->id},
                                {u"store"_s, storeName},
                                {u"order_id"_s, c->orderId},
                                {u"state"_s, c->state},
                                {u"resolution"_s, c->resolution},
                                {u"buyer"_s, c->buyerName},
                                {u"language"_s, c->buyerLanguage},
                                {u"photos"_s, claims.photos(c->id).size()},
                                {u"opened"_s, utc::fromStore(c->openedUtc).toString(Qt::ISODate)},
                                {u"awaiting_reply"_s, c->awaitsReply()}});
        ts << c->id << '\t' << storeName << '\t' << c->orderId << '\t' << c->state << '\t' << c->buyerName
           << (c->awaitsReply() ? tr("\treply owed") : QString()) << '\n';
    }
    if (ids.isEmpty())
        ts << tr("No claims match.\n");
    ts.flush();
    return succeed({{u"claims"_s, list}}, text);
}

int CliApp::cmdReply(const QStringList &arguments)
{
    QStringList args = arguments;
    QString idText, key, lang, agent;
    bool hasId = false, hasKey = false, hasLang = false, hasAgent = false;
    const bool record = takeFlag(args, u"--record"_s);
    if (!takeOption(args, u"--claim"_s, &idText, &hasId) || !takeOption(args, u"--template"_s, &key, &hasKey)
        || !takeOption(args, u"--lang"_s, &lang, &hasLang) || !takeOption(args, u"--agent"_s, &agent, &hasAgent))
        return fail(Usage, tr("reply: an option is missing its value"));
    if (!args.isEmpty())
        return fail(Usage, tr("reply: unexpected argument \"%1\"").arg(args.first()));
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!hasId || !ok || id <= 0)
        return fail(Usage, tr("reply: which claim? (--claim ID, see \"claims\")"));
    Workspace ws(m_db);
    QString error;
    if (!(record ? ws.open(&error) : ws.openReadOnly(&error)))
        return fail(Failure, error);
    const QSqlDatabase db = ws.connection();
    ClaimRepository claims(db);
    const auto claim = claims.byId(id);
    if (!claim)
        return fail(Failure, tr("reply: there is no claim %1").arg(id));
    const ReplyDrafter drafter(db);
    const auto draft = drafter.draft(*claim, key, lang, hasAgent ? agent : drafter.agentName(), &error);
    if (!draft)
        return fail(Failure, tr("reply: %1").arg(error));
    if (!draft->result.ok()) {
        QStringList problems;
        for (const ReplyRenderer::Problem &p : draft->result.problems)
            problems.append(tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message()));
        QString hint;
        for (const ReplyRenderer::Problem &p : draft->result.problems) {
            if (p.name == u"agent_name"_s)
                hint = tr(" (sign with --agent NAME, or set your name on the Templates page)");
        }
        return fail(Failure, tr("reply: template %1 (%2) cannot be sent for claim %3: %4%5")
                                     .arg(draft->templateKey, draft->lang)
                                     .arg(id)
                                     .arg(problems.join(u"; "_s), hint));
    }
    if (record) {
        ClaimReply r;
        r.templateKey = draft->templateKey;
        r.version = draft->version;
        r.lang = draft->lang;
        r.body = draft->result.text;
        if (!claims.recordReply(id, r, &error))
            return fail(Failure, tr("reply: %1").arg(error));
    }
    return succeed({{u"text"_s, draft->result.text},
                    {u"template"_s, draft->templateKey},
                    {u"version"_s, draft->version},
                    {u"lang"_s, draft->lang},
                    {u"recorded"_s, record}},
                   draft->result.text + u'\n');
}

int CliApp::cmdTemplates(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString what = args.isEmpty() ? QString() : args.takeFirst();
    if (what.isEmpty()) {
        Workspace ws(m_db);
        QString error;
        if (!ws.openReadOnly(&error))
            return fail(Failure, error);
        QJsonArray list;
        QString text;
        const TemplateRepository repo(ws.connection());
        for (const ReplyTemplate &t : repo.list()) {
            const QStringList langs = t.texts.keys();
            // A built-in the user edited keeps the user's wording; a newer shipped one is offered.
            const bool offered = t.builtin && repo.offeredUpdate(t.key).has_value();
            list.append(QJsonObject{{u"key"_s, t.key},
                                    {u"version"_s, t.version},
                                    {u"builtin"_s, t.builtin},
                                    {u"origin"_s, t.origin},
                                    {u"edited"_s, t.builtin && repo.isEdited(t.key)},
                                    {u"update_offered"_s, offered},
                                    {u"title"_s, t.title.en},
                                    {u"languages"_s, QJsonArray::fromStringList(langs)}});
            text += tr("%1 v%2  %3  [%4]\n").arg(t.key).arg(t.version).arg(t.title.text(), langs.join(u' '));
            if (offered)
                text += tr("  a new shipped wording is offered: \"templates restore %1\" uses it, "
                           "\"templates keep %1\" keeps yours\n")
                                .arg(t.key);
        }
        return succeed({{u"templates"_s, list}}, text);
    }
    if (what == u"restore"_s || what == u"keep"_s) {
        if (args.size() != 1)
            return fail(Usage, tr("templates %1: which template? (its key, see \"templates\")").arg(what));
        const QString key = args.first();
        Workspace ws(m_db);
        QString error;
        if (!ws.open(&error))
            return fail(Failure, error);
        TemplateRepository repo(ws.connection());
        if (what == u"keep"_s) {
            if (!repo.keepEdited(key, &error))
                return fail(Failure, tr("templates keep: %1").arg(error));
            return succeed({{u"key"_s, key}, {u"kept"_s, true}},
                           tr("%1: your wording stays in use; this shipped wording is not offered again\n").arg(key));
        }
        const auto version = repo.restoreBuiltin(key, &error);
        if (!version)
            return fail(Failure, tr("templates restore: %1").arg(error));
        return succeed({{u"key"_s, key}, {u"version"_s, *version}},
                       tr("%1: the shipped wording is version %2\n").arg(key).arg(*version));
    }
    if (what == u"export"_s) {
        QString out;
        bool hasOut = false;
        if (!takeOption(args, u"--out"_s, &out, &hasOut) || !hasOut || !args.isEmpty())
            return fail(Usage, tr("templates export: give the file to write with --out FILE"));
        Workspace ws(m_db);
        QString error;
        if (!ws.openReadOnly(&error))
            return fail(Failure, error);
        const TemplateRepository repo(ws.connection());
        QSaveFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(repo.exportJson()) < 0 || !f.commit())
            return fail(Failure, tr("%1: %2").arg(QDir::toNativeSeparators(out), f.errorString()));
        const qsizetype count = repo.list().size();
        return succeed({{u"file"_s, QDir::toNativeSeparators(out)}, {u"templates"_s, count}},
                       tr("Wrote %n template(s) to %1\n", nullptr, int(count)).arg(QDir::toNativeSeparators(out)));
    }
    if (what == u"import"_s) {
        if (args.size() != 1)
            return fail(Usage, tr("templates import: which file?"));
        const QString file = QDir::toNativeSeparators(args.first());
        QFile f(args.first());
        if (!f.open(QIODevice::ReadOnly))
            return fail(Failure, tr("%1: %2").arg(file, f.errorString()));
        const QByteArray json = f.readAll();
        Workspace ws(m_db);
        QString error;
        if (!ws.open(&error))
            return fail(Failure, error);
        const auto s = TemplateRepository(ws.connection()).importJson(json, file, &error);
        if (!s)
            return fail(Failure, error);
        return succeed({{u"added"_s, s->added}, {u"updated"_s, s->updated}, {u"unchanged"_s, s->unchanged}},
                       tr("%1: %2 added, %3 updated (a new version each), %4 unchanged\n")
                               .arg(file)
                               .arg(s->added)
                               .arg(s->updated)
                               .arg(s->unchanged));
    }
    return fail(Usage, tr("templates: the subcommand is \"export --out FILE\", \"import FILE\", \"restore KEY\" "
                          "or \"keep KEY\""));
}

} // namespace sd
