#include "cliapp.h"

#include "cli/cliargs.h"

#include "core/version.h"

#include "demo/demoseeder.h"
#include "disputes/caseagenda.h"
#include "disputes/caseimporters.h"
#include "ledger/ledgerrepository.h"
#include "orders/orderexporter.h"
#include "orders/orderimporter.h"
#include "orders/orderrepository.h"
#include "orders/orderterms.h"
#include "rules/rulecatalog.h"
#include "rules/rulerepository.h"
#include "store/backupcatalog.h"
#include "store/workspace.h"
#include "store/workspacepaths.h"
#include "stores/storerepository.h"
#include "tier/tierimporter.h"
#include "tier/tierreport.h"
#include "time/utctime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeFlag;
using cli::takeOption;

namespace {

// Every command with its synopsis and what it does: --help, and the man page made from it.
struct CommandHelp
{
    const char *synopsis;
    const char *description;
};

constexpr CommandHelp s_commands[] = {
        {"init [--demo]", "create or migrate the workspace; --demo adds the sample stores and "
                          "orders (only to an empty workspace)"},
        {"check", "integrity and schema version; exit 0 only when healthy"},
        {"backup [--out FILE | --daily]",
         "a consistent copy of the live workspace: to FILE, or a manual backup in the backup "
         "folder; --daily writes today's daily backup if missing and prunes the oldest"},
        {"backups", "the backups in the backup folder: time, kind, version, size"},
        {"restore FILE", "replace the workspace with a backup (verified first; the current one is "
                         "kept as a before-restore backup)"},
        {"stores", "list the stores"},
        {"stores add NAME --currency CUR --tz ZONE [--account ID] [--jit self|pickup]",
         "add a store: its currency (USD, EUR...), its time zone (Asia/Shanghai...), its "
         "AliExpress account id, and whether its semi-managed JIT orders are delivered to the "
         "warehouse by the store (48 h) or collected by the Cainiao pickup (24 h, the default)"},
        {"stores rename NAME NEW-NAME", "rename a store"},
        {"stores archive NAME",
         "archive a store: its records stay, it leaves the lists where stores are picked"},
        {"stores unarchive NAME", "bring an archived store back"},
        {"rules [--at YYYY-MM-DD]", "the platform rules in force on a date (default today)"},
        {"import orders FILE [--store NAME] [--tz ZONE] [--model MODEL] [--sheet NAME] [--mapping "
         "NAME] [--skip-bad] [--dry-run]",
         "import a seller-center or SellerDesk export (CSV, XLSX); all or nothing unless "
         "--skip-bad"},
        {"export orders --out FILE [--format csv|xlsx] [--store NAME] [--from DATE] [--to DATE] "
         "[--status STATUS]",
         "write the matching orders, one row per line item"},
        {"orders due [--at ISO8601]", "order ids whose handover is overdue or due within 12 h"},
        {"import disputes|chargebacks|ledger FILE [--store NAME] [--tz ZONE] [--sheet NAME] "
         "[--skip-bad] [--dry-run]",
         "import the dispute list, the chargeback list or the Alipay account statement (CSV, "
         "XLSX)"},
        {"disputes due [--at ISO8601]", "issue ids whose response is overdue or due today"},
        {"ledger month YYYY-MM [--store NAME]",
         "payouts, deductions, appealed, recovered and net of the Alipay account in that month"},
        {"tier --store NAME [--month YYYY-MM]",
         "the projected merchant tier, score, each indicator with its source and gap, and the next "
         "tier (default: this month, to date)"},
        {"import tier FILE [--store NAME] [--sheet NAME] [--skip-bad] [--dry-run]",
         "monthly tier indicators and published tiers (CSV, XLSX)"},
        {"tier model export --out FILE", "the assessment model in force this month, as JSON"},
        {"tier model import FILE", "add a model version (validated; nothing changes if refused)"},
        {"claims [--store NAME] [--state STATE] [--awaiting-reply]",
         "damage claims: id, store, order, state, buyer, reply owed"},
        {"reply --claim ID [--template KEY] [--lang CODE] [--agent NAME] [--record]",
         "the reply drafted for a claim (template and language suggested when not given); exit 1 "
         "naming any placeholder that cannot be filled; --record saves it as sent"},
        {"templates",
         "the reply templates: key, version, languages, whether a newer shipped wording is "
         "offered"},
        {"templates export --out FILE", "the template library as JSON"},
        {"templates restore KEY",
         "a built-in you edited: take the newer shipped wording offered for it "
         "(\"update_offered\")"},
        {"templates keep KEY", "a built-in you edited: keep your wording and decline the newer "
                               "shipped one"},
        {"templates import FILE",
         "add or update templates from a JSON library (validated; nothing changes if refused)"},
        {"calc --price P [--supply-price P] [--currency C] (--model MODEL | --compare) [--qty N] "
         "[--commission-rate R] [--affiliate-rate R] [--affiliate-share S] [--cost X] [--packaging "
         "X] [--first-mile X] [--delivery X] [--pickup-fee X] [--operation-fee X] [--rent-fee X] "
         "[--not-popular] [--date YYYY-MM-DD]",
         "what one product earns under a fulfillment model (pop, semi_warehouse, semi_jit, "
         "full_managed, overseas), line by line with the rule behind each; --compare: every model"},
        {"calc batch (FILE [--sheet NAME] | --from-orders [--store NAME]) --out FILE [--date "
         "YYYY-MM-DD]",
         "every product of a list (CSV, XLSX) or of the last 90 days' orders under every model: "
         "best model, profit difference, profit per model, warnings; written as CSV or XLSX"},
        {"report daily|monthly|claims --out FILE [--format pdf|xlsx|csv] [--store NAME] [--date "
         "YYYY-MM-DD|today|yesterday] [--month YYYY-MM|this|last] [--from DAY --to DAY] [--page "
         "a4|letter] [--no-bom]",
         "the daily review, the monthly store report or the claims report, as the GUI exports it; "
         "CSV is one file per section (or a .zip); {period} and {stem} in FILE are replaced"},
        {"purge personal-data [--older-than-months N] [--yes]",
         "how many orders, disputes, claims and replies older than the retention setting (or N "
         "months) hold buyers' names and logins; --yes erases them"},
};

constexpr int DescriptionColumn = 24;

// `text` wrapped at `width` columns, each line indented by `indent` spaces.
QString wrapped(const QString &text, int indent, int width)
{
    QString out;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += QString(indent, u' ') + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        out += QString(indent, u' ') + line + u'\n';
    return out;
}

} // namespace

QString CliApp::usage()
{
    QString text = u"usage: sellerdesk-cli [--db PATH] [--json] COMMAND [ARGS]\n"
                   "       sellerdesk-cli --help | --version\n"
                   "\n"
                   "Commands:\n"_s;
    for (const CommandHelp &c : s_commands) {
        // A short synopsis has its description beside it, a long one below it; both are
        // the shape help2man turns into a tagged paragraph.
        const QString synopsis = u"  "_s + QString::fromUtf8(c.synopsis);
        QString description = wrapped(QString::fromUtf8(c.description), DescriptionColumn, 79);
        if (synopsis.size() + 2 <= DescriptionColumn)
            description.replace(0, synopsis.size(), synopsis);
        else
            text += synopsis + u'\n';
        text += description;
    }
    text += u"\n"_s
            + wrapped(u"Without --db the GUI's workspace is used. With --json each command prints "
                      "one JSON object on stdout. Exit status: 0 success, 1 failure, 2 wrong "
                      "usage."_s,
                      0, 79);
    return text;
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
    if (takeFlag(args, u"--version"_s) || takeFlag(args, u"-v"_s)) {
        m_out << "sellerdesk-cli " << appVersion() << Qt::endl;
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
        return cmdBackup(args, today);
    if (command == u"backups"_s)
        return cmdBackups(args);
    if (command == u"restore"_s)
        return cmdRestore(args);
    if (command == u"stores"_s)
        return cmdStores(args);
    if (command == u"rules"_s)
        return cmdRules(args);
    if (command == u"import"_s)
        return cmdImport(args);
    if (command == u"export"_s)
        return cmdExport(args);
    if (command == u"orders"_s)
        return cmdOrders(args);
    if (command == u"disputes"_s)
        return cmdDisputes(args);
    if (command == u"ledger"_s)
        return cmdLedger(args);
    if (command == u"tier"_s)
        return cmdTier(args);
    if (command == u"claims"_s)
        return cmdClaims(args);
    if (command == u"reply"_s)
        return cmdReply(args);
    if (command == u"templates"_s)
        return cmdTemplates(args);
    if (command == u"calc"_s)
        return cmdCalc(args);
    if (command == u"report"_s)
        return cmdReport(args);
    if (command == u"purge"_s)
        return cmdPurge(args, today);
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
                  {u"migrated_by"_s, ws.migratedBy().isEmpty() ? QJsonValue() : ws.migratedBy()},
                  {u"app_version"_s, appVersion()},
                  {u"healthy"_s, healthy}};
    if (!healthy) {
        QString why;
        if (integrity != u"ok"_s)
            why = tr("%1: integrity check failed: %2")
                          .arg(QDir::toNativeSeparators(m_db), integrity)
                  + u'\n' + BackupCatalog(m_db).damagedHint();
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
    return succeed(
            o, tr("%1: ok (schema version %2)\n").arg(QDir::toNativeSeparators(m_db)).arg(version));
}

int CliApp::cmdStores(const QStringList &arguments)
{
    QStringList args = arguments;
    if (!args.isEmpty()) {
        const QString sub = args.takeFirst();
        if (sub == u"add"_s)
            return cmdStoresAdd(args);
        if (sub == u"rename"_s)
            return cmdStoresRename(args);
        if (sub == u"archive"_s || sub == u"unarchive"_s)
            return cmdStoresArchive(args, sub == u"archive"_s);
        return fail(
                Usage,
                tr("stores: unknown subcommand \"%1\" (add, rename, archive, unarchive)").arg(sub));
    }
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
        t << Qt::left << qSetFieldWidth(42) << def.key << qSetFieldWidth(0) << qSetFieldWidth(12)
          << (v ? v->value : u"-"_s) << qSetFieldWidth(0) << qSetFieldWidth(9)
          << RuleCatalog::unitName(def) << qSetFieldWidth(0)
          << (v ? tr("since %1").arg(v->effectiveFrom.toString(Qt::ISODate)) : tr("not in force"))
          << "\n";
    }
    t.flush();
    return succeed({{u"at"_s, date.toString(Qt::ISODate)}, {u"rules"_s, list}}, text);
}

int CliApp::cmdImport(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString what = args.isEmpty() ? QString() : args.takeFirst();
    if (CaseImporter::kindFromText(what) || what == u"tier"_s)
        return importCases(what, args);
    if (what != u"orders"_s)
        return fail(
                Usage,
                tr("import: say what to import: orders, disputes, chargebacks, ledger or tier"));
    OrderImportOptions options;
    options.skipBad = takeFlag(args, u"--skip-bad"_s);
    options.dryRun = takeFlag(args, u"--dry-run"_s);
    QString store, zone, model, sheet, mapping;
    bool hasStore = false, hasZone = false, hasModel = false, hasSheet = false, hasMapping = false;
    if (!takeOption(args, u"--store"_s, &store, &hasStore)
        || !takeOption(args, u"--tz"_s, &zone, &hasZone)
        || !takeOption(args, u"--model"_s, &model, &hasModel)
        || !takeOption(args, u"--sheet"_s, &sheet, &hasSheet)
        || !takeOption(args, u"--mapping"_s, &mapping, &hasMapping))
        return fail(Usage, tr("import orders: an option is missing its value"));
    if (args.size() != 1)
        return fail(Usage,
                    args.isEmpty()
                            ? tr("import orders: which file?")
                            : tr("import orders: unexpected argument \"%1\"").arg(args.at(1)));
    const QString file = args.first();
    if (hasZone) {
        const QTimeZone tz(zone.toUtf8());
        if (!tz.isValid())
            return fail(Usage, tr("import orders: unknown time zone \"%1\" (use an IANA name such "
                                  "as America/Los_Angeles)")
                                       .arg(zone));
        options.sourceZone = tz;
    }
    if (hasModel) {
        const auto code = OrderTerms::modelFromText(model);
        if (!code)
            return fail(Usage, tr("import orders: --model \"%1\" is not a fulfillment model; use "
                                  "one of %2")
                                       .arg(model, OrderTerms::modelCodes().join(u", "_s)));
        options.defaultModel = *code;
    }
    options.sheet = sheet;
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    if (ws.isReadOnly() && !options.dryRun)
        return fail(
                Failure,
                tr("%1: not imported: %2").arg(QFileInfo(file).fileName(), ws.readOnlyReason()));
    const QSqlDatabase db = ws.connection();
    const auto storeId
            = importStore(db, hasStore ? std::optional(store) : std::nullopt, u"orders"_s);
    if (!storeId)
        return Failure;
    options.storeId = *storeId;
    if (hasMapping) {
        const auto saved = ColumnMappingRepository(db).load(mapping, &error);
        if (!saved)
            return fail(Failure, error);
        options.mapping = *saved;
    }
    const OrderImportResult r = OrderImporter(db).run(file, options);
    return reportImport(file, r, options.dryRun, options.skipBad);
}

int CliApp::reportImport(const QString &file, const ImportResult &r, bool dryRun, bool skipBad)
{
    QJsonArray errors;
    for (const QString &e : r.errors)
        errors.append(e);
    QJsonObject o{{u"file"_s, QDir::toNativeSeparators(file)},
                  {u"warnings"_s, QJsonArray::fromStringList(r.warnings)},
                  {u"warning_count"_s, r.warningCount},
                  {u"inserted"_s, r.inserted},
                  {u"updated"_s, r.updated},
                  {u"unchanged"_s, r.unchanged},
                  {u"rejected"_s, r.rejected},
                  {u"rows"_s, r.rowsRead},
                  {u"errors"_s, errors},
                  {u"dry_run"_s, dryRun},
                  {u"committed"_s, r.committed},
                  {u"layout"_s, r.layout},
                  {u"sha256"_s, r.sha256}};
    if (!r.rejectedFile.isEmpty())
        o.insert(u"rejected_file"_s, QDir::toNativeSeparators(r.rejectedFile));
    const bool refused = !r.fatal.isEmpty() || (r.rejected > 0 && !skipBad);
    if (refused) {
        // The rows' problems, then why nothing went in: the file itself (r.fatal: damaged,
        // unreadable, a choice missing) or its rows.
        for (const QString &e : r.errors)
            if (e != r.fatal)
                m_err << e << Qt::endl;
        const QString why = !r.fatal.isEmpty()
                ? tr("%1 (not imported; nothing was written)").arg(r.fatal)
                : tr("%1: not imported, %n row(s) have problems; nothing was written", nullptr,
                     int(r.rejected))
                          .arg(QDir::toNativeSeparators(file));
        if (m_json) {
            o.insert(u"ok"_s, false);
            o.insert(u"error"_s, why);
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        m_err << "error: " << why << Qt::endl;
        return Failure;
    }
    QString text = (dryRun ? tr("Checked %1 (nothing written): ") : tr("Imported %1: "))
                           .arg(QDir::toNativeSeparators(file))
                   + tr("%1 new, %2 updated, %3 unchanged, %4 rejected.\n")
                             .arg(r.inserted)
                             .arg(r.updated)
                             .arg(r.unchanged)
                             .arg(r.rejected);
    if (!r.rejectedFile.isEmpty())
        text += tr("Rejected rows: %1\n").arg(QDir::toNativeSeparators(r.rejectedFile));
    for (const QString &e : r.errors)
        text += e + u'\n';
    for (const QString &w : r.warnings)
        text += tr("warning: %1\n").arg(w);
    if (r.warningCount > r.warnings.size())
        text += tr("warning: %1 more not listed\n").arg(r.warningCount - r.warnings.size());
    return succeed(o, text);
}

int CliApp::cmdExport(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"orders"_s)
        return fail(Usage, tr("export: say what to export: export orders --out FILE"));
    QString out, format, store, from, to, status;
    bool hasOut = false, hasFormat = false, hasStore = false, hasFrom = false, hasTo = false,
         hasStatus = false;
    if (!takeOption(args, u"--out"_s, &out, &hasOut)
        || !takeOption(args, u"--format"_s, &format, &hasFormat)
        || !takeOption(args, u"--store"_s, &store, &hasStore)
        || !takeOption(args, u"--from"_s, &from, &hasFrom)
        || !takeOption(args, u"--to"_s, &to, &hasTo)
        || !takeOption(args, u"--status"_s, &status, &hasStatus))
        return fail(Usage, tr("export orders: an option is missing its value"));
    if (!args.isEmpty())
        return fail(Usage, tr("export orders: unexpected argument \"%1\"").arg(args.first()));
    if (!hasOut)
        return fail(Usage, tr("export orders: --out FILE is required"));
    std::optional<TableWriter::Format> fmt
            = hasFormat ? TableWriter::formatFromText(format) : TableWriter::formatForPath(out);
    if (!fmt) {
        if (hasFormat)
            return fail(Usage,
                        tr("export orders: --format is csv or xlsx, not \"%1\"").arg(format));
        fmt = TableWriter::Format::Csv;
    }
    OrderFilter filter;
    auto date = [&](const QString &text, QDate *d) {
        *d = QDate::fromString(text, Qt::ISODate);
        return d->isValid() && text.size() == 10;
    };
    if (hasFrom && !date(from, &filter.from))
        return fail(Usage,
                    tr("export orders: \"%1\" is not a date in the form YYYY-MM-DD").arg(from));
    if (hasTo && !date(to, &filter.to))
        return fail(Usage,
                    tr("export orders: \"%1\" is not a date in the form YYYY-MM-DD").arg(to));
    if (hasStatus) {
        const auto code = OrderTerms::statusFromText(status);
        if (!code)
            return fail(Usage, tr("export orders: unknown status \"%1\"").arg(status));
        filter.status = *code;
    }
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    if (hasStore) {
        const auto s = StoreRepository(ws.connection()).byName(store);
        if (!s)
            return fail(Failure, tr("export orders: there is no store named \"%1\"").arg(store));
        filter.storeId = s->id;
    }
    const auto r = OrderExporter(ws.connection())
                           .run(out, *fmt, filter, OrderSort(),
                                utc::toStore(QDateTime::currentDateTimeUtc()));
    if (!r.ok())
        return fail(Failure, r.error);
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    return succeed({{u"file"_s, shown}, {u"orders"_s, r.orders}, {u"rows"_s, r.rows}},
                   tr("%1 orders (%2 rows) written to %3\n").arg(r.orders).arg(r.rows).arg(shown));
}

std::optional<qint64> CliApp::dueTime(QStringList args, const QString &command)
{
    QString at;
    bool hasAt = false;
    if (!takeOption(args, u"--at"_s, &at, &hasAt)) {
        fail(Usage, tr("%1: --at needs a time (ISO 8601)").arg(command));
        return std::nullopt;
    }
    if (!args.isEmpty()) {
        fail(Usage, tr("%1: unexpected argument \"%2\"").arg(command, args.first()));
        return std::nullopt;
    }
    if (!hasAt)
        return utc::toStore(QDateTime::currentDateTimeUtc());
    const auto t = utc::parseTimestamp(at, QTimeZone::systemTimeZone());
    if (!t) {
        fail(Usage, tr("%1: \"%2\" is not a time such as 2026-03-01T09:00:00Z").arg(command, at));
        return std::nullopt;
    }
    return utc::toStore(*t);
}

std::optional<qint64> CliApp::importStore(const QSqlDatabase &db,
                                          const std::optional<QString> &name, const QString &what)
{
    if (name) {
        const auto s = StoreRepository(db).byName(*name);
        if (!s) {
            fail(Failure, tr("import %1: there is no store named \"%2\"").arg(what, *name));
            return std::nullopt;
        }
        return s->id;
    }
    // With one store the file's rows are its; else the file names the store per row.
    const auto all = StoreRepository(db).all(false);
    return all.size() == 1 ? all.first().id : 0;
}

int CliApp::cmdOrders(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"due"_s)
        return fail(Usage, tr("orders: the subcommand is \"due\""));
    const auto at = dueTime(args, u"orders due"_s);
    if (!at)
        return Usage;
    const qint64 now = *at;
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    const auto due = OrderRepository(ws.connection()).due(now);
    QJsonArray overdue, soon;
    for (const QString &id : due.overdue)
        overdue.append(id);
    for (const QString &id : due.dueSoon)
        soon.append(id);
    QString text = tr("Overdue (%1): %2\nDue within 12 h (%3): %4\n")
                           .arg(due.overdue.size())
                           .arg(due.overdue.join(u", "_s))
                           .arg(due.dueSoon.size())
                           .arg(due.dueSoon.join(u", "_s));
    return succeed({{u"at"_s, utc::fromStore(now).toString(Qt::ISODate)},
                    {u"overdue"_s, overdue},
                    {u"due_soon"_s, soon}},
                   text);
}

int CliApp::importCases(const QString &what, QStringList args)
{
    const auto kind = CaseImporter::kindFromText(what);
    ImportOptions options;
    options.skipBad = takeFlag(args, u"--skip-bad"_s);
    options.dryRun = takeFlag(args, u"--dry-run"_s);
    QString store, zone, sheet;
    bool hasStore = false, hasZone = false, hasSheet = false;
    if (!takeOption(args, u"--store"_s, &store, &hasStore)
        || !takeOption(args, u"--tz"_s, &zone, &hasZone)
        || !takeOption(args, u"--sheet"_s, &sheet, &hasSheet))
        return fail(Usage, tr("import %1: an option is missing its value").arg(what));
    if (args.size() != 1)
        return fail(Usage,
                    args.isEmpty()
                            ? tr("import %1: which file?").arg(what)
                            : tr("import %1: unexpected argument \"%2\"").arg(what, args.at(1)));
    const QString file = args.first();
    if (hasZone) {
        const QTimeZone tz(zone.toUtf8());
        if (!tz.isValid())
            return fail(Usage, tr("import %1: unknown time zone \"%2\" (use an IANA name such as "
                                  "America/Los_Angeles)")
                                       .arg(what, zone));
        options.sourceZone = tz;
    }
    options.sheet = sheet;
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    if (ws.isReadOnly() && !options.dryRun)
        return fail(
                Failure,
                tr("%1: not imported: %2").arg(QFileInfo(file).fileName(), ws.readOnlyReason()));
    const QSqlDatabase db = ws.connection();
    const auto storeId = importStore(db, hasStore ? std::optional(store) : std::nullopt, what);
    if (!storeId)
        return Failure;
    options.storeId = *storeId;
    const ImportResult r = kind ? CaseImporter(db).run(*kind, file, options)
                                : TierImporter(db).run(file, options);
    return reportImport(file, r, options.dryRun, options.skipBad);
}

int CliApp::cmdDisputes(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"due"_s)
        return fail(Usage, tr("disputes: the subcommand is \"due\""));
    const auto at = dueTime(args, u"disputes due"_s);
    if (!at)
        return Usage;
    const qint64 now = *at;
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    const CaseAgenda agenda
            = CaseAgenda::compute(ws.connection(), 0, now, QTimeZone::systemTimeZone(), -1);
    auto ids = [](const CaseAgenda::List &list, QStringList *text) {
        QJsonArray out;
        for (const CaseAgenda::Item &item : list.items) {
            out.append(item.caseId);
            text->append(item.caseId);
        }
        return out;
    };
    QStringList overdueText, todayText;
    const QJsonArray overdue = ids(agenda.disputesOverdue, &overdueText);
    const QJsonArray today = ids(agenda.disputesDueToday, &todayText);
    const QString text = tr("Response overdue (%1): %2\nResponse due today (%3): %4\n")
                                 .arg(overdueText.size())
                                 .arg(overdueText.join(u", "_s))
                                 .arg(todayText.size())
                                 .arg(todayText.join(u", "_s));
    return succeed({{u"at"_s, utc::fromStore(now).toString(Qt::ISODate)},
                    {u"overdue"_s, overdue},
                    {u"due_today"_s, today}},
                   text);
}

int CliApp::cmdLedger(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"month"_s)
        return fail(Usage, tr("ledger: the subcommand is \"month YYYY-MM\""));
    QString store;
    bool hasStore = false;
    if (!takeOption(args, u"--store"_s, &store, &hasStore))
        return fail(Usage, tr("ledger month: --store needs a store name"));
    if (args.size() != 1)
        return fail(Usage,
                    args.isEmpty()
                            ? tr("ledger month: which month? (YYYY-MM)")
                            : tr("ledger month: unexpected argument \"%1\"").arg(args.at(1)));
    const QDate month = QDate::fromString(args.first() + u"-01"_s, Qt::ISODate);
    if (!month.isValid() || args.first().size() != 7)
        return fail(Usage,
                    tr("ledger month: \"%1\" is not a month such as 2026-03").arg(args.first()));
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    const QSqlDatabase db = ws.connection();
    qint64 storeId = 0;
    if (hasStore) {
        const auto s = StoreRepository(db).byName(store);
        if (!s)
            return fail(Failure, tr("ledger month: there is no store named \"%1\"").arg(store));
        storeId = s->id;
    }
    const QList<LedgerMonth> months = LedgerRepository(db).months(storeId, month, month);
    // One decimal string per currency; several currencies are listed "a USD; b EUR".
    auto total = [&](auto value) {
        QStringList parts;
        for (const LedgerMonth &m : months) {
            if (months.size() == 1 || m.entries > 0)
                parts.append(Money(value(m), m.currency).toDecimalString() + u' '
                             + m.currency.code());
        }
        return parts.isEmpty() ? u"0"_s : parts.join(u"; "_s);
    };
    const QString payouts = total([](const LedgerMonth &m) { return m.payouts; });
    const QString deductions = total([](const LedgerMonth &m) { return m.deductions; });
    const QString appealed = total([](const LedgerMonth &m) { return m.appealed; });
    const QString recovered = total([](const LedgerMonth &m) { return m.recovered; });
    const QString net = total([](const LedgerMonth &m) { return m.net(); });
    QString text = tr("Alipay account, %1%2\n")
                           .arg(args.first(), hasStore ? u", "_s + store : QString());
    text += tr("Payouts:    %1\nDeductions: %2\nAppealed:   %3\nRecovered:  %4\nNet:        %5\n")
                    .arg(payouts, deductions, appealed, recovered, net);
    QJsonObject o{{u"month"_s, args.first()},    {u"payouts"_s, payouts},
                  {u"deductions"_s, deductions}, {u"appealed"_s, appealed},
                  {u"recovered"_s, recovered},   {u"net"_s, net}};
    if (hasStore)
        o.insert(u"store"_s, store);
    return succeed(o, text);
}

namespace {

QJsonValue scaledJson(const TierModel &model, const QString &key, std::optional<qint64> value,
                      const QString &currency)
{
    if (!value)
        return QJsonValue::Null;
    const TierModel::Indicator *def = model.indicator(key);
    if (!def || def->unit == TierModel::Unit::Count)
        return *value;
    if (def->unit == TierModel::Unit::Percent)
        return double(*value) / 10000.0;
    return double(*value) / double(Currency::of(currency).minorPerMajor());
}

} // namespace

int CliApp::cmdTier(const QStringList &arguments)
{
    QStringList args = arguments;
    if (!args.isEmpty() && args.first() == u"model"_s)
        return cmdTierModel(args.mid(1));
    QString store, monthText;
    bool hasStore = false, hasMonth = false;
    if (!takeOption(args, u"--store"_s, &store, &hasStore)
        || !takeOption(args, u"--month"_s, &monthText, &hasMonth))
        return fail(Usage, tr("tier: an option is missing its value"));
    if (!args.isEmpty())
        return fail(Usage, tr("tier: unexpected argument \"%1\"").arg(args.first()));
    if (!hasStore)
        return fail(Usage, tr("tier: which store? (--store NAME)"));
    const qint64 now = utc::toStore(QDateTime::currentDateTimeUtc());
    std::optional<QDate> month;
    if (hasMonth) {
        month = TierRepository::monthFromKey(monthText);
        if (!month)
            return fail(Usage, tr("tier: \"%1\" is not a month such as 2026-03").arg(monthText));
    }
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    const QSqlDatabase db = ws.connection();
    const auto s = StoreRepository(db).byName(store);
    if (!s)
        return fail(Failure, tr("tier: there is no store named \"%1\"").arg(store));
    if (!month) {
        const QDate today
                = utc::fromStore(now).toTimeZone(StoreRepository(db).zoneOf(s->id)).date();
        month = QDate(today.year(), today.month(), 1);
    }
    const auto t = TierReport(db).month(s->id, *month, now);
    if (!t)
        return fail(Failure, tr("tier: cannot assess \"%1\"").arg(store));
    const TierModel &model = t->model.model;
    const TierAssessment &a = t->assessment;

    QJsonArray indicators;
    QString table;
    QTextStream ts(&table);
    for (const TierAssessment::Indicator &i : a.indicators) {
        const TierIndicatorValue v = t->values.value(i.key);
        const TierModel::Indicator *def = model.indicator(i.key);
        QJsonObject o{{u"key"_s, i.key},
                      {u"name"_s, def ? def->name.text() : i.key},
                      {u"value"_s, scaledJson(model, i.key, v.value, t->currency)},
                      {u"source"_s, v.source},
                      {u"how"_s, v.how},
                      {u"weight"_s, i.weight},
                      {u"graded"_s, i.graded},
                      {u"threshold_next"_s, scaledJson(model, i.key, i.thresholdNext, t->currency)},
                      {u"gap"_s, scaledJson(model, i.key, i.gap, t->currency)}};
        if (i.graded) {
            o.insert(u"level"_s, tiers::code(i.level));
            o.insert(u"points"_s, i.points);
        }
        indicators.append(o);
        ts << "  " << (def ? def->name.text() : i.key) << ": "
           << TierReport::formatValue(model, i.key, v.value, t->currency) << " (" << v.source
           << ")";
        if (i.graded)
            ts << tr(", level %1").arg(tiers::code(i.level));
        if (i.gap)
            ts << tr(", %1 to %2")
                            .arg(TierReport::formatGap(model, i.key, *i.gap, t->currency),
                                 tiers::code(Tier(int(i.level) + 1)));
        ts << '\n';
    }
    ts.flush();

    QJsonObject o{
            {u"store"_s, s->name},
            {u"month"_s, t->month},
            {u"to_date"_s, t->toDate},
            {u"merchant_type"_s, t->merchantType},
            {u"merchant_type_source"_s, t->merchantTypeFromOrders ? u"orders"_s : u"setting"_s},
            {u"model"_s, QJsonObject{{u"effective_month"_s, model.effectiveMonth},
                                     {u"origin"_s, t->model.origin}}},
            {u"tier"_s, a.scored ? QJsonValue(tiers::code(a.tier)) : QJsonValue::Null},
            {u"score"_s, a.scored ? QJsonValue(double(a.score) / 100.0) : QJsonValue::Null},
            {u"next_tier"_s, a.nextTier ? QJsonValue(tiers::code(*a.nextTier)) : QJsonValue::Null},
            {u"next_tier_score"_s,
             a.nextTier ? QJsonValue(double(a.nextTierScore) / 100.0) : QJsonValue::Null},
            {u"service_level"_s,
             t->serviceLevel ? QJsonValue(tiers::serviceCode(*t->serviceLevel)) : QJsonValue::Null},
            {u"actual_tier"_s,
             t->actual ? QJsonValue(tiers::code(t->actual->tier)) : QJsonValue::Null},
            {u"indicators"_s, indicators}};
    QString best;
    if (const auto c = a.bestChange()) {
        o.insert(u"best_change"_s,
                 QJsonObject{{u"key"_s, c->key},
                             {u"target"_s, scaledJson(model, c->key, c->target, t->currency)},
                             {u"gap"_s, scaledJson(model, c->key, c->gap, t->currency)},
                             {u"level"_s, tiers::code(c->level)}});
        const TierModel::Indicator *def = model.indicator(c->key);
        best = tr("Quickest way to %1: %2 %3\n")
                       .arg(tiers::code(*a.nextTier), def ? def->name.text() : c->key,
                            TierReport::formatGap(model, c->key, c->gap, t->currency));
    } else {
        o.insert(u"best_change"_s, QJsonValue::Null);
    }
    QString text
            = a.scored ? tr("%1, %2%3: projected tier %4, score %5")
                                 .arg(s->name, t->month, t->toDate ? tr(" (to date)") : QString(),
                                      tiers::code(a.tier), TierAssessment::formatScore(a.score))
                       : tr("%1, %2: no indicator has a value yet").arg(s->name, t->month);
    if (a.nextTier)
        text += tr(" (%1 from %2)")
                        .arg(tiers::code(*a.nextTier),
                             TierAssessment::formatScore(a.nextTierScore));
    text += u'\n';
    text += tr("Merchant type: %1%2\n")
                    .arg(TierModel::merchantTypeName(t->merchantType),
                         t->merchantTypeFromOrders ? tr(" (from the orders)") : QString());
    if (t->serviceLevel)
        text += tr("Service level: %1\n").arg(tiers::serviceName(*t->serviceLevel));
    if (t->actual)
        text += tr("Published tier: %1\n").arg(tiers::code(t->actual->tier));
    text += table + best;
    return succeed(o, text);
}

int CliApp::cmdTierModel(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString what = args.isEmpty() ? QString() : args.takeFirst();
    if (what == u"export"_s) {
        QString out;
        bool hasOut = false;
        if (!takeOption(args, u"--out"_s, &out, &hasOut) || !hasOut || !args.isEmpty())
            return fail(Usage, tr("tier model export: give the file to write with --out FILE"));
        Workspace ws(m_db);
        QString error;
        if (!ws.open(&error))
            return fail(Failure, error);
        const QString month = TierRepository::monthKey(QDate::currentDate());
        const StoredTierModel m = TierRepository(ws.connection()).modelFor(month);
        QSaveFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(m.model.toJson()) < 0 || !f.commit())
            return fail(Failure, tr("%1: %2").arg(QDir::toNativeSeparators(out), f.errorString()));
        return succeed({{u"file"_s, QDir::toNativeSeparators(out)},
                        {u"effective_month"_s, m.model.effectiveMonth}},
                       tr("Wrote the model in force since %1 to %2\n")
                               .arg(m.model.effectiveMonth, QDir::toNativeSeparators(out)));
    }
    if (what == u"import"_s) {
        if (args.size() != 1)
            return fail(Usage, tr("tier model import: which file?"));
        QFile f(args.first());
        if (!f.open(QIODevice::ReadOnly))
            return fail(Failure,
                        tr("%1: %2").arg(QDir::toNativeSeparators(args.first()), f.errorString()));
        const QByteArray json = f.readAll();
        Workspace ws(m_db);
        QString error;
        if (!ws.open(&error))
            return fail(Failure, error);
        const auto id = TierRepository(ws.connection())
                                .addModel(json, QDir::toNativeSeparators(args.first()), &error);
        if (!id)
            return fail(Failure, error);
        return succeed({{u"id"_s, *id}}, tr("Added the tier model from %1 as a new version\n")
                                                 .arg(QDir::toNativeSeparators(args.first())));
    }
    return fail(Usage,
                tr("tier model: the subcommand is \"export --out FILE\" or \"import FILE\""));
}

} // namespace sd
