// sellerdesk-cli stores add | rename | archive | unarchive: what the Stores page does, with the
// same validation (StoreRepository::validate), so that a headless machine or a scheduled job
// can set up a workspace from nothing.

#include "cliapp.h"

#include "cli/cliargs.h"
#include "store/workspace.h"
#include "stores/storerepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeOption;

namespace {

QJsonObject storeJson(const Store &s)
{
    return {{u"id"_s, s.id},
            {u"name"_s, s.name},
            {u"account_id"_s, s.accountId},
            {u"currency"_s, s.currency},
            {u"time_zone"_s, s.timeZone},
            {u"jit"_s, s.jitSelfDelivery ? u"self"_s : u"pickup"_s},
            {u"archived"_s, s.archived}};
}

} // namespace

int CliApp::cmdStoresAdd(const QStringList &arguments)
{
    QStringList args = arguments;
    Store store;
    QString jit = u"pickup"_s;
    bool hasCurrency = false;
    bool hasZone = false;
    bool present = false;
    if (!takeOption(args, u"--currency"_s, &store.currency, &hasCurrency))
        return fail(Usage, tr("stores add: --currency needs a currency code such as USD"));
    if (!takeOption(args, u"--tz"_s, &store.timeZone, &hasZone))
        return fail(Usage, tr("stores add: --tz needs a time zone such as Asia/Shanghai"));
    if (!takeOption(args, u"--account"_s, &store.accountId, &present))
        return fail(Usage, tr("stores add: --account needs the AliExpress account id"));
    if (!takeOption(args, u"--jit"_s, &jit, &present))
        return fail(Usage, tr("stores add: --jit needs self or pickup"));
    if (args.size() != 1)
        return fail(Usage, args.isEmpty()
                                   ? tr("stores add: give the store's name")
                                   : tr("stores add: unexpected argument \"%1\"").arg(args.at(1)));
    if (!hasCurrency || !hasZone)
        return fail(Usage, tr("stores add: give the store's currency (--currency) and time zone "
                              "(--tz): they decide how its amounts and days are read"));
    if (jit != u"self"_s && jit != u"pickup"_s)
        return fail(Usage, tr("stores add: --jit is self (the store delivers to the warehouse, "
                              "48 h) or pickup (the Cainiao pickup, 24 h), not \"%1\"")
                                   .arg(jit));
    store.name = args.first();
    store.currency = store.currency.toUpper();

    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    StoreRepository repo(ws.connection());
    const auto id = repo.add(store, &error);
    if (!id)
        return fail(Failure, error);
    if (jit == u"self"_s && !repo.setJitSelfDelivery(*id, true, &error))
        return fail(Failure, error);
    const Store added = *repo.byId(*id);
    return succeed(
            {{u"store"_s, storeJson(added)}},
            tr("Store \"%1\" added (%2, %3).\n").arg(added.name, added.currency, added.timeZone));
}

int CliApp::cmdStoresRename(const QStringList &args)
{
    if (args.size() != 2)
        return fail(Usage, tr("stores rename: give the store's name and its new name"));
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    StoreRepository repo(ws.connection());
    const auto store = repo.byName(args.at(0));
    if (!store)
        return fail(Failure, tr("there is no store called \"%1\"").arg(args.at(0)));
    if (!repo.rename(store->id, args.at(1), &error))
        return fail(Failure, error);
    return succeed({{u"store"_s, storeJson(*repo.byId(store->id))}},
                   tr("Store \"%1\" is now \"%2\".\n").arg(store->name, args.at(1).trimmed()));
}

int CliApp::cmdStoresArchive(const QStringList &args, bool archive)
{
    const QString command = archive ? u"archive"_s : u"unarchive"_s;
    if (args.size() != 1)
        return fail(Usage, tr("stores %1: give the store's name").arg(command));
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    StoreRepository repo(ws.connection());
    const auto store = repo.byName(args.first());
    if (!store)
        return fail(Failure, tr("there is no store called \"%1\"").arg(args.first()));
    if (!repo.setArchived(store->id, archive, &error))
        return fail(Failure, error);
    return succeed({{u"store"_s, storeJson(*repo.byId(store->id))}},
                   archive ? tr("Store \"%1\" archived.\n").arg(store->name)
                           : tr("Store \"%1\" is back in the lists.\n").arg(store->name));
}

} // namespace sd
