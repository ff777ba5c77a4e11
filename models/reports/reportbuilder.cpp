#include "reportbuilder.h"

#include "money/currency.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace reportcells {

Cell money(qint64 minor, const QString &currency)
{
    return Cell::ofMoney(minor, Currency::of(currency).minorDigits(), currency);
}

Cell moneyOrEmpty(const QVariant &minor, const QString &currency)
{
    return minor.isNull() ? Cell::empty() : money(minor.toLongLong(), currency);
}

Cell percent(qint64 ppm)
{
    return Cell::ofPercent(ppm);
}

Cell rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return Cell::empty();
    // Rounded half up to the millionth, as the pages show rates.
    return Cell::ofPercent((part * 1'000'000 + whole / 2) / whole);
}

Cell time(qint64 utc, const QTimeZone &zone)
{
    if (utc == 0)
        return Cell::empty();
    return Cell::ofDateTime(utc::fromStore(utc).toTimeZone(zone));
}

Cell text(const QString &t)
{
    return Cell::ofText(t);
}

Cell count(qint64 n)
{
    return Cell::ofInteger(n);
}

Cell yesNo(bool yes)
{
    return Cell::ofText(yes ? ReportBuilder::tr("Yes") : ReportBuilder::tr("No"));
}

} // namespace reportcells

QString ReportBuilder::validate(const ReportRequest &r)
{
    switch (r.kind) {
    case ReportDocument::Kind::Daily:
        if (!r.date.isValid())
            return tr("the daily review needs a date (YYYY-MM-DD)");
        break;
    case ReportDocument::Kind::Monthly:
        if (!r.month.isValid() || r.month.day() != 1)
            return tr("the monthly report needs a month (YYYY-MM)");
        break;
    case ReportDocument::Kind::Claims:
        if (!r.from.isValid() || !r.to.isValid())
            return tr("the claims report needs a first and a last day (YYYY-MM-DD)");
        if (r.from > r.to)
            return tr("the claims report starts on %1, after its last day %2")
                    .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
        if (r.from.daysTo(r.to) > 366 * 5)
            return tr("the claims report covers at most five years");
        break;
    }
    if (!r.zone.isValid())
        return tr("the report's time zone is not valid");
    return {};
}

std::optional<ReportDocument> ReportBuilder::build(const ReportRequest &request, QString *error) const
{
    if (const QString problem = validate(request); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (request.storeId != 0 && !StoreRepository(m_db).byId(request.storeId)) {
        *error = tr("there is no store with id %1").arg(request.storeId);
        return std::nullopt;
    }
    std::optional<ReportDocument> doc;
    switch (request.kind) {
    case ReportDocument::Kind::Daily:
        doc = buildDaily(request, error);
        break;
    case ReportDocument::Kind::Monthly:
        doc = buildMonthly(request, error);
        break;
    case ReportDocument::Kind::Claims:
        doc = buildClaims(request, error);
        break;
    }
    if (!doc)
        return std::nullopt;
    doc->kind = request.kind;
    doc->title = ReportDocument::kindTitle(request.kind);
    doc->storeLabel = storeLabel(request.storeId);
    doc->generatedUtc = request.nowUtc;
    doc->zone = request.zone;
    return doc;
}

bool ReportBuilder::run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error) const
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString ReportBuilder::storeLabel(qint64 storeId) const
{
    if (storeId == 0)
        return tr("All stores");
    const auto store = StoreRepository(m_db).byId(storeId);
    return store ? store->name : QString();
}

} // namespace sd
