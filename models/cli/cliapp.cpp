#include "cliapp.h"

#include "demo/demoseeder.h"
#include "rules/rulecatalog.h"
#include "rules/rulerepository.h"
#include "store/workspace.h"
#include "store/workspacepaths.h"
#include "stores/storerepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Pulls "--name VALUE" out of args; returns false if the option has no value.
bool takeOption(QStringList &args, const QString &name, QString *value, bool *present)
{
    *present = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size())
                return false;
            *value = args[i + 1];
            *present = true;
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + u'=')) {
            *value = args[i].mid(name.size() + 1);
            *present = true;
            args.remove(i);
            return true;
        }
    }
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace

QString CliApp::usage()
{
    return u"usage: sellerdesk-cli [--db PATH] [--json] COMMAND [ARGS]\n"
           "\n"
           "commands:\n"
           "  init [--demo]          create or migrate the workspace; --demo adds the sample\n"
           "                         stores and orders (only to an empty workspace)\n"
           "  check                  integrity and schema version; exit 0 only when healthy\n"
           "  backup --out FILE      write a consistent copy of the live workspace\n"
           "  stores                 list the stores\n"
           "  rules [--at YYYY-MM-DD]  the platform rules in force on a date (default today)\n"
           "\n"
           "Without --db the GUI's workspace is used. Exit status: 0 success, 1 failure,\n"
           "2 wrong usage.\n"_s;
}

int CliApp::fail(int code, const QString &message)
{
    m_err << "error: " << message << Qt::endl;
    if (m_json) {
        const QJsonObject o{{u"ok"_s, false}, {u"error"_s, message}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    if (code == Usage)
        m_err << Qt::endl << usage();
    return code;
}

int CliApp::succeed(const QJsonObject &json, const QString &text)
{
    if (m_json) {
        QJsonObject o = json;
        o.insert(u"ok"_s, true);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << text;
        m_out.flush();
    }
    return Ok;
}

int CliApp::run(const QStringList &arguments, const QDate &today)
{
    QStringList args = arguments;
    m_json = takeFlag(args, u"--json"_s);
    bool hasDb = false;
    if (!takeOption(args, u"--db"_s, &m_db, &hasDb))
        return fail(Usage, tr("--db needs a path"));
    if (!hasDb)
        m_db = paths::defaultWorkspace();
    if (takeFlag(args, u"--help"_s) || takeFlag(args, u"-h"_s)) {
        m_out << usage();
        return Ok;
    }
    if (args.isEmpty())
        return fail(Usage, tr("no command given"));
    const QString command = args.takeFirst();
    if (command == u"init"_s)
        return cmdInit(args, today);
    if (command == u"check"_s)
        return cmdCheck(args);
    if (command == u"backup"_s)
        return cmdBackup(args);
    if (command == u"stores"_s)
        return cmdStores(args);
    if (command == u"rules"_s)
        return cmdRules(args);
    if (command == u"help"_s) {
        m_out << usage();
        return Ok;
    }
    return fail(Usage, tr("unknown command \"%1\"").arg(command));
}

int CliApp::cmdInit(const QStringList &arguments, const QDate &today)
{
    QStringList args = arguments;
    const bool demo = takeFlag(args, u"--demo"_s);
    if (!args.isEmpty())
        return fail(Usage, tr("init: unexpected argument \"%1\"").arg(args.first()));
    const int before = [&] {
        if (!QFileInfo::exists(m_db))
            return 0;
        Workspace probe(m_db);
        QString ignored;
        return probe.openReadOnly(&ignored) ? probe.schemaVersion() : 0;
    }();
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    if (demo && !DemoSeeder(ws.connection()).seed(today, &error))
        return fail(Failure, tr("%1: %2").arg(QDir::toNativeSeparators(m_db), error));
    QSqlQuery q(ws.connection());
    q.exec(u"SELECT (SELECT count(*) FROM stores), (SELECT count(*) FROM orders)"_s);
    q.next();
    const qint64 stores = q.value(0).toLongLong();
    const qint64 orders = q.value(1).toLongLong();
    QJsonObject o{{u"path"_s, QDir::toNativeSeparators(m_db)},
                  {u"schema_version"_s, ws.schemaVersion()},
                  {u"previous_schema_version"_s, before},
                  {u"backup"_s, ws.lastBackupPath()},
                  {u"demo"_s, demo},
                  {u"stores"_s, stores},
                  {u"orders"_s, orders}};
    QString text = tr("Workspace %1 is at schema version %2.\n")
                           .arg(QDir::toNativeSeparators(m_db))
                           .arg(ws.schemaVersion());
    if (!ws.lastBackupPath().isEmpty())
        text += tr("Backup before migration: %1\n")
                        .arg(QDir::toNativeSeparators(ws.lastBackupPath()));
    text += tr("%1 stores, %2 orders.\n").arg(stores).arg(orders);
    return succeed(o, text);
}

int CliApp::cmdCheck(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(Usage, tr("check: unexpected argument \"%1\"").arg(args.first()));
    Workspace ws(m_db);
    QString error;
    if (!ws.openReadOnly(&error))
        return fail(Failure, error);
    const QString integrity = ws.integrityCheck();
    const int version = ws.schemaVersion();
    const int latest = Workspace::latestSchemaVersion();
    const bool healthy = integrity == u"ok"_s && version == latest;
    QJsonObject o{{u"path"_s, QDir::toNativeSeparators(m_db)},
                  {u"integrity"_s, integrity},
                  {u"schema_version"_s, version},
                  {u"latest_schema_version"_s, latest},
                  {u"healthy"_s, healthy}};
    if (!healthy) {
        QString why;
        if (integrity != u"ok"_s)
            why = tr("%1: integrity check failed: %2").arg(QDir::toNativeSeparators(m_db), integrity);
        else if (version < latest)
            why = tr("%1: schema version %2 is older than %3; run \"sellerdesk-cli init\" to "
                     "migrate it")
                          .arg(QDir::toNativeSeparators(m_db))
                          .arg(version)
                          .arg(latest);
        else
            why = tr("%1: schema version %2 is newer than this SellerDesk (%3)")
                          .arg(QDir::toNativeSeparators(m_db))
                          .arg(version)
                          .arg(latest);
        m_err << "error: " << why << Qt::endl;
        if (m_json) {
            o.insert(u"ok"_s, false);
            o.insert(u"error"_s, why);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        return Failure;
    }
    return succeed(o, tr("%1: ok (schema version %2)\n")
                              .arg(QDir::toNativeSeparators(m_db))
                              .arg(version));
}

int CliApp::cmdBackup(const QStringList &arguments)
{
    QStringList args = arguments;
    QString out;
    bool present = false;
    if (!takeOption(args, u"--out"_s, &out, &present) || !present || out.isEmpty())
        return fail(Usage, tr("backup: --out FILE is required"));
    if (!args.isEmpty())
        return fail(Usage, tr("backup: unexpected argument \"%1\"").arg(args.first()));
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    if (!ws.backupTo(out, &error))
        return fail(Failure, error);
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    return succeed({{u"backup"_s, shown}, {u"bytes"_s, QFileInfo(out).size()}},
                   tr("Backup written to %1\n").arg(shown));
}

int CliApp::cmdStores(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(Usage, tr("stores: unexpected argument \"%1\"").arg(args.first()));
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    StoreRepository repo(ws.connection());
    const auto stores = repo.all(true);
    const auto counts = repo.orderCounts();
    QJsonArray list;
    QString text;
    QTextStream t(&text);
    for (const Store &s : stores) {
        list.append(QJsonObject{{u"id"_s, s.id},
                                {u"name"_s, s.name},
                                {u"account_id"_s, s.accountId},
                                {u"currency"_s, s.currency},
                                {u"time_zone"_s, s.timeZone},
                                {u"archived"_s, s.archived},
                                {u"orders"_s, counts.value(s.id)}});
        t << qSetFieldWidth(4) << Qt::right << s.id << qSetFieldWidth(0) << "  " << Qt::left
          << qSetFieldWidth(28) << s.name << qSetFieldWidth(0) << "  " << s.currency << "  "
          << qSetFieldWidth(16) << s.timeZone << qSetFieldWidth(0) << "  "
          << tr("%n order(s)", nullptr, int(counts.value(s.id)))
          << (s.archived ? tr(" (archived)") : QString()) << "\n";
    }
    if (stores.isEmpty())
        t << tr("No stores yet.\n");
    t.flush();
    return succeed({{u"stores"_s, list}}, text);
}

int CliApp::cmdRules(const QStringList &arguments)
{
    QStringList args = arguments;
    QString at;
    bool present = false;
    if (!takeOption(args, u"--at"_s, &at, &present))
        return fail(Usage, tr("rules: --at needs a date (YYYY-MM-DD)"));
    if (!args.isEmpty())
        return fail(Usage, tr("rules: unexpected argument \"%1\"").arg(args.first()));
    QDate date = QDate::currentDate();
    if (present) {
        date = QDate::fromString(at, Qt::ISODate);
        if (!date.isValid() || at.size() != 10)
            return fail(Usage, tr("rules: \"%1\" is not a date in the form YYYY-MM-DD").arg(at));
    }
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    RuleRepository repo(ws.connection());
    QJsonArray list;
    QString text;
    QTextStream t(&text);
    t << tr("Rules in force on %1:\n").arg(date.toString(Qt::ISODate));
    for (const auto &def : RuleCatalog::all()) {
        const auto v = repo.valueAt(def.key, date);
        QJsonObject o{{u"key"_s, def.key}, {u"unit"_s, RuleCatalog::unitName(def)}};
        if (v) {
            o.insert(u"value"_s, v->value);
            o.insert(u"effective_from"_s, v->effectiveFrom.toString(Qt::ISODate));
            o.insert(u"source"_s, v->source);
            o.insert(u"origin"_s, v->origin);
        } else {
            o.insert(u"value"_s, QJsonValue::Null);
        }
        list.append(o);
        t << Qt::left << qSetFieldWidth(42) << def.key << qSetFieldWidth(0)
          << qSetFieldWidth(12) << (v ? v->value : u"-"_s) << qSetFieldWidth(0)
          << qSetFieldWidth(9) << RuleCatalog::unitName(def) << qSetFieldWidth(0)
          << (v ? tr("since %1").arg(v->effectiveFrom.toString(Qt::ISODate)) : tr("not in force"))
          << "\n";
    }
    t.flush();
    return succeed({{u"at"_s, date.toString(Qt::ISODate)}, {u"rules"_s, list}}, text);
}

} // namespace sd
