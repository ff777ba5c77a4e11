// sellerdesk-cli purge personal-data: erase buyers' personal data from old records.

#include "cliapp.h"

#include "cli/cliargs.h"
#include "files/workspacesettings.h"
#include "privacy/personaldata.h"
#include "store/workspace.h"
#include "time/utctime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeFlag;
using cli::takeOption;

int CliApp::cmdPurge(const QStringList &arguments, const QDate &today)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"personal-data"_s)
        return fail(Usage, tr("purge: say what to purge: purge personal-data"));
    const bool yes = takeFlag(args, u"--yes"_s);
    QString monthsText;
    bool hasMonths = false;
    if (!takeOption(args, u"--older-than-months"_s, &monthsText, &hasMonths))
        return fail(Usage, tr("purge personal-data: --older-than-months needs a number"));
    if (!args.isEmpty())
        return fail(Usage, tr("purge personal-data: unexpected argument \"%1\"").arg(args.first()));

    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    int months = WorkspaceSettings(ws.connection()).retentionMonths();
    if (hasMonths) {
        bool ok = false;
        months = monthsText.toInt(&ok);
        if (!ok || months < 1)
            return fail(Usage, tr("purge personal-data: --older-than-months must be a whole "
                                  "number of months, 1 or more (not \"%1\")")
                                       .arg(monthsText));
    }
    const qint64 cutoff = PersonalData::cutoffUtc(today, months);
    PersonalData data(ws.connection());
    const auto counts = yes ? data.purge(cutoff, &error) : data.pending(cutoff, &error);
    if (!counts)
        return fail(Failure, tr("%1: %2").arg(ws.path(), error));

    const QString day = utc::fromStore(cutoff).date().toString(Qt::ISODate);
    const QJsonObject o{{u"before"_s, day},
                        {u"months"_s, months},
                        {u"orders"_s, counts->orders},
                        {u"disputes"_s, counts->disputes},
                        {u"claims"_s, counts->claims},
                        {u"replies"_s, counts->replies},
                        {u"purged"_s, yes}};
    const QString what = tr("%1 orders, %2 disputes, %3 damage claims and %4 replies from before %5")
                                 .arg(counts->orders)
                                 .arg(counts->disputes)
                                 .arg(counts->claims)
                                 .arg(counts->replies)
                                 .arg(day);
    if (yes)
        return succeed(o, tr("Buyers' personal data erased from %1.\n").arg(what));
    return succeed(o, tr("%1 hold buyers' personal data. Nothing was changed: add --yes to "
                         "erase it.\n")
                              .arg(what));
}

} // namespace sd
