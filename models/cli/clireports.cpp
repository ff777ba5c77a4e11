// sellerdesk-cli: reports, written unattended.

#include "cliapp.h"

#include "cli/cliargs.h"
#include "reports/reportbuilder.h"
#include "reports/reportexporter.h"
#include "store/workspace.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeFlag;
using cli::takeOption;

namespace {

// "2026-11-21", "today" or "yesterday" (in the computer's time zone).
std::optional<QDate> parseDay(const QString &text, const QDate &today)
{
    if (text.compare(u"today"_s, Qt::CaseInsensitive) == 0)
        return today;
    if (text.compare(u"yesterday"_s, Qt::CaseInsensitive) == 0)
        return today.addDays(-1);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() && text.size() == 10 ? std::optional(d) : std::nullopt;
}

// "2026-11", "this" or "last".
std::optional<QDate> parseMonth(const QString &text, const QDate &today)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    if (text.compare(u"this"_s, Qt::CaseInsensitive) == 0)
        return thisMonth;
    if (text.compare(u"last"_s, Qt::CaseInsensitive) == 0)
        return thisMonth.addMonths(-1);
    const QDate d = QDate::fromString(text, u"yyyy-MM"_s);
    return d.isValid() && text.size() == 7 ? std::optional(d) : std::nullopt;
}

} // namespace

int CliApp::cmdReport(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return fail(Usage, tr("report: say which report: daily, monthly or claims"));
    const auto kind = ReportDocument::kindFromCode(args.takeFirst());
    if (!kind)
        return fail(Usage, tr("report: the report is daily, monthly or claims"));
    QString out, format, date, month, from, to, store, page;
    bool hasOut = false, hasFormat = false, hasDate = false, hasMonth = false, hasFrom = false, hasTo = false,
         hasStore = false, hasPage = false;
    const bool noBom = takeFlag(args, u"--no-bom"_s);
    if (!takeOption(args, u"--out"_s, &out, &hasOut) || !takeOption(args, u"--format"_s, &format, &hasFormat)
        || !takeOption(args, u"--date"_s, &date, &hasDate) || !takeOption(args, u"--month"_s, &month, &hasMonth)
        || !takeOption(args, u"--from"_s, &from, &hasFrom) || !takeOption(args, u"--to"_s, &to, &hasTo)
        || !takeOption(args, u"--store"_s, &store, &hasStore) || !takeOption(args, u"--page"_s, &page, &hasPage))
        return fail(Usage, tr("report: an option is missing its value"));
    if (!args.isEmpty())
        return fail(Usage, tr("report: unexpected argument \"%1\"").arg(args.first()));
    if (!hasOut)
        return fail(Usage, tr("report: --out FILE is required"));

    const qint64 now = m_nowUtc ? *m_nowUtc : utc::toStore(QDateTime::currentDateTimeUtc());
    const QDate today = utc::fromStore(now).toLocalTime().date();
    ReportRequest request;
    request.kind = *kind;
    request.nowUtc = now;
    switch (*kind) {
    case ReportDocument::Kind::Daily: {
        if (hasMonth || hasFrom || hasTo)
            return fail(Usage, tr("report daily: the day is given with --date YYYY-MM-DD"));
        const auto d = hasDate ? parseDay(date, today) : std::optional(today);
        if (!d)
            return fail(Usage, tr("report daily: --date is YYYY-MM-DD, today or yesterday, not \"%1\"").arg(date));
        request.date = *d;
        break;
    }
    case ReportDocument::Kind::Monthly: {
        if (hasDate || hasFrom || hasTo)
            return fail(Usage, tr("report monthly: the month is given with --month YYYY-MM"));
        const auto m = hasMonth ? parseMonth(month, today) : std::optional(QDate(today.year(), today.month(), 1));
        if (!m)
            return fail(Usage, tr("report monthly: --month is YYYY-MM, this or last, not \"%1\"").arg(month));
        request.month = *m;
        break;
    }
    case ReportDocument::Kind::Claims: {
        if (hasDate || hasMonth)
            return fail(Usage, tr("report claims: the period is given with --from and --to (YYYY-MM-DD)"));
        const auto f = hasFrom ? parseDay(from, today) : std::optional(today.addDays(-29));
        const auto t = hasTo ? parseDay(to, today) : std::optional(today);
        if (!f || !t)
            return fail(Usage, tr("report claims: --from and --to are YYYY-MM-DD, today or yesterday"));
        request.from = *f;
        request.to = *t;
        break;
    }
    }

    std::optional<ReportFormat> fmt;
    if (hasFormat) {
        fmt = ReportExporter::formatFromText(format);
        if (!fmt)
            return fail(Usage, tr("report: --format is pdf, xlsx or csv, not \"%1\"").arg(format));
    } else {
        fmt = ReportExporter::formatForPath(out);
        if (!fmt)
            return fail(Usage, tr("report: say the format with --format pdf|xlsx|csv or a file name ending in "
                                  ".pdf, .xlsx, .csv or .zip"));
    }
    std::optional<QPageSize::PageSizeId> pageSize;
    if (hasPage) {
        pageSize = ReportExporter::pageSizeFromText(page);
        if (!pageSize)
            return fail(Usage, tr("report: --page is a4 or letter, not \"%1\"").arg(page));
    }

    Workspace ws(m_db);
    QString error;
    if (!ws.open(&error))
        return fail(Failure, error);
    const QSqlDatabase db = ws.connection();
    if (hasStore) {
        const auto s = StoreRepository(db).byName(store);
        if (!s)
            return fail(Failure, tr("report: there is no store named \"%1\"").arg(store));
        request.storeId = s->id;
    }
    const auto doc = ReportBuilder(db).build(request, &error);
    if (!doc)
        return fail(Failure, tr("report: %1").arg(error));

    // {period} and {stem} in the file name keep a scheduled job's reports apart.
    const QString period = *kind == ReportDocument::Kind::Daily ? request.date.toString(Qt::ISODate)
            : *kind == ReportDocument::Kind::Monthly ? request.month.toString(u"yyyy-MM"_s)
                                                     : request.from.toString(Qt::ISODate) + u'_'
                                                               + request.to.toString(Qt::ISODate);
    out.replace(u"{period}"_s, period);
    out.replace(u"{stem}"_s, doc->fileStem());

    ReportExporter exporter(db, m_pdfRenderer);
    ReportOutput output;
    output.format = *fmt;
    output.path = out;
    output.csvBom = !noBom;
    output.pageSize = pageSize ? *pageSize : exporter.pageSize();
    const auto files = exporter.write(*doc, output, u"cli"_s, &error);
    if (!files)
        return fail(Failure, error);

    QJsonArray list;
    QStringList shown;
    for (const QString &f : *files) {
        list.append(QDir::toNativeSeparators(QFileInfo(f).absoluteFilePath()));
        shown << QDir::toNativeSeparators(f);
    }
    return succeed({{u"report"_s, ReportDocument::kindCode(*kind)},
                    {u"period"_s, doc->periodLabel},
                    {u"store"_s, doc->storeLabel},
                    {u"format"_s, ReportExporter::formatCode(*fmt)},
                    {u"sections"_s, int(doc->sections.size())},
                    {u"files"_s, list}},
                   tr("Wrote %1\n").arg(shown.join(u", "_s)));
}

} // namespace sd
