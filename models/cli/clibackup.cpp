// sellerdesk-cli: backups of the workspace, their list, and restoring one.

#include "cliapp.h"

#include "cli/cliargs.h"
#include "files/workspacesettings.h"
#include "store/backupcatalog.h"
#include "store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeFlag;
using cli::takeOption;

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue pathOrNull(const QString &path)
{
    return path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(shown(path));
}

} // namespace

int CliApp::cmdBackup(const QStringList &arguments, const QDate &today)
{
    QStringList args = arguments;
    const bool daily = takeFlag(args, u"--daily"_s);
    QString out;
    bool hasOut = false;
    if (!takeOption(args, u"--out"_s, &out, &hasOut) || (hasOut && out.isEmpty()))
        return fail(Usage, tr("backup: --out needs a file"));
    if (daily && hasOut)
        return fail(Usage, tr("backup: --daily writes into the backup folder; leave out --out"));
    if (!args.isEmpty())
        return fail(Usage, tr("backup: unexpected argument \"%1\"").arg(args.first()));
    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    const BackupCatalog catalog(ws.path());

    if (daily) {
        const int keep = WorkspaceSettings(ws.connection()).backupsKeepDaily();
        BackupCatalog::DailyResult r;
        if (!catalog.runDaily(ws, today, keep, &r, &error))
            return fail(Failure, error);
        QJsonArray pruned;
        QString text = r.written
                ? tr("Daily backup written to %1\n").arg(shown(r.path))
                : tr("Today's daily backup is already there: %1\n").arg(shown(r.path));
        for (const QString &p : std::as_const(r.pruned)) {
            pruned.append(shown(p));
            text += tr("Removed the old daily backup %1\n").arg(shown(p));
        }
        return succeed({{u"backup"_s, shown(r.path)},
                        {u"kind"_s, BackupCatalog::kindCode(BackupEntry::Kind::Daily)},
                        {u"bytes"_s, QFileInfo(r.path).size()},
                        {u"written"_s, r.written},
                        {u"keep"_s, keep},
                        {u"pruned"_s, pruned}},
                       text);
    }

    QString path = out;
    if (hasOut) {
        if (!ws.backupTo(out, &error))
            return fail(Failure, error);
    } else if (!catalog.writeManual(ws, &path, &error)) {
        return fail(Failure, error);
    }
    const QString file = shown(QFileInfo(path).absoluteFilePath());
    QJsonObject o{{u"backup"_s, file}, {u"bytes"_s, QFileInfo(path).size()}};
    if (!hasOut)
        o.insert(u"kind"_s, BackupCatalog::kindCode(BackupEntry::Kind::Manual));
    return succeed(o, tr("Backup written to %1\n").arg(file));
}

int CliApp::cmdBackups(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(Usage, tr("backups: unexpected argument \"%1\"").arg(args.first()));
    // Only the folder is read: this works on a workspace that no longer opens.
    const BackupCatalog catalog(m_db);
    const QList<BackupEntry> all = catalog.list();
    QJsonArray list;
    QString text;
    QTextStream t(&text);
    if (all.isEmpty()) {
        t << tr("No backups in %1\n").arg(shown(catalog.backupDir()));
    } else {
        t << tr("Backups in %1, newest first:\n").arg(shown(catalog.backupDir()));
        t << Qt::left << qSetFieldWidth(18) << tr("Time") << qSetFieldWidth(16) << tr("Kind")
          << qSetFieldWidth(9) << tr("Version") << qSetFieldWidth(11) << tr("Size")
          << qSetFieldWidth(0) << tr("File") << '\n';
    }
    for (const BackupEntry &e : all) {
        list.append(QJsonObject{
                {u"path"_s, shown(e.path)},
                {u"kind"_s, BackupCatalog::kindCode(e.kind)},
                {u"time"_s, e.time.toUTC().toString(Qt::ISODate)},
                {u"bytes"_s, e.bytes},
                {u"schema_version"_s, e.schemaVersion < 0 ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(e.schemaVersion)}});
        t << Qt::left << qSetFieldWidth(18)
          << e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << qSetFieldWidth(16)
          << BackupCatalog::kindCode(e.kind) << qSetFieldWidth(9)
          << (e.schemaVersion < 0 ? u"?"_s : QString::number(e.schemaVersion))
          << qSetFieldWidth(11) << QLocale::c().formattedDataSize(e.bytes) << qSetFieldWidth(0)
          << shown(e.path) << '\n';
    }
    t.flush();
    return succeed({{u"folder"_s, shown(catalog.backupDir())}, {u"backups"_s, list}}, text);
}

int CliApp::cmdRestore(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Usage, args.isEmpty()
                                   ? tr("restore: which backup? (restore FILE)")
                                   : tr("restore: unexpected argument \"%1\"").arg(args.at(1)));
    const BackupCatalog catalog(m_db);
    QString file = args.first();
    // A bare name from "sellerdesk-cli backups" is looked up in the backup folder.
    if (!QFileInfo::exists(file) && QFileInfo(file).fileName() == file
        && QFileInfo::exists(catalog.backupDir() + u'/' + file))
        file = catalog.backupDir() + u'/' + file;
    BackupCatalog::RestoreResult r;
    QString error;
    if (!catalog.restore(file, &r, &error))
        return fail(Failure, error);
    QString text = tr("Restored %1 to %2 (schema version %3).\n")
                           .arg(shown(r.restored), shown(catalog.workspacePath()))
                           .arg(r.schemaVersion);
    if (!r.beforeRestore.isEmpty())
        text += tr("The workspace as it was is kept as %1\n").arg(shown(r.beforeRestore));
    if (!r.damagedAside.isEmpty())
        text += tr("The damaged workspace is kept as %1\n").arg(shown(r.damagedAside));
    if (r.schemaVersion < Workspace::latestSchemaVersion())
        text += tr("SellerDesk updates it to schema version %1 the next time it opens it (after "
                   "writing a backup).\n")
                        .arg(Workspace::latestSchemaVersion());
    return succeed({{u"path"_s, shown(catalog.workspacePath())},
                    {u"restored"_s, shown(r.restored)},
                    {u"before_restore"_s, pathOrNull(r.beforeRestore)},
                    {u"damaged"_s, pathOrNull(r.damagedAside)},
                    {u"schema_version"_s, r.schemaVersion}},
                   text);
}

} // namespace sd
