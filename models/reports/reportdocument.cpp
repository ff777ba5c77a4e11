#include "reportdocument.h"

#include "money/money.h"
#include "time/utctime.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

QStringList ReportSection::header() const
{
    QStringList h;
    h.reserve(columns.size());
    for (const ReportColumn &c : columns)
        h << c.title;
    return h;
}

const QList<Cell> *ReportSection::rowLabelled(const QString &label) const
{
    for (const QList<Cell> &row : rows) {
        if (!row.isEmpty() && row.first().kind == Cell::Kind::Text && row.first().text == label)
            return &row;
    }
    return nullptr;
}

QString reportDisplayText(const Cell &cell, const QLocale &locale)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Text:
        return cell.text;
    case Cell::Kind::Integer:
        return locale.toString(cell.integer);
    case Cell::Kind::Decimal: {
        qint64 scale = 1;
        for (int i = 0; i < cell.decimals; ++i)
            scale *= 10;
        const qint64 whole = cell.integer / scale;
        const qint64 frac = std::abs(cell.integer % scale);
        QString s = locale.toString(std::abs(whole));
        if (cell.decimals > 0)
            s += locale.decimalPoint() + QString::number(frac).rightJustified(cell.decimals, u'0');
        return cell.integer < 0 ? locale.negativeSign() + s : s;
    }
    case Cell::Kind::Money:
        return Money(cell.integer, Currency::of(cell.currency)).format(locale);
    case Cell::Kind::Percent: {
        // ppm -> hundredths of a percent, half away from zero
        const qint64 hundredths = (std::abs(cell.integer) + 50) / 100;
        QString s = locale.toString(hundredths / 100) + locale.decimalPoint()
                + QString::number(hundredths % 100).rightJustified(2, u'0') + locale.percent();
        return cell.integer < 0 && hundredths != 0 ? locale.negativeSign() + s : s;
    }
    case Cell::Kind::Date:
        return cell.date.toString(Qt::ISODate);
    case Cell::Kind::DateTime:
        return cell.dateTime.toString(u"yyyy-MM-dd HH:mm"_s);
    }
    return {};
}

bool reportAlignsRight(Cell::Kind kind)
{
    return kind == Cell::Kind::Integer || kind == Cell::Kind::Decimal || kind == Cell::Kind::Money
            || kind == Cell::Kind::Percent;
}

const ReportSection *ReportDocument::section(const QString &key) const
{
    for (const ReportSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString ReportDocument::fileStem() const
{
    // ASCII letters, digits and '-' only: store names may hold anything.
    QString store = storeLabel.toLower();
    QString safe;
    for (QChar c : store) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            safe += c;
        else if (!safe.endsWith(u'-'))
            safe += u'-';
    }
    while (safe.startsWith(u'-'))
        safe.remove(0, 1);
    while (safe.endsWith(u'-'))
        safe.chop(1);
    QString period = periodLabel;
    period.replace(QRegularExpression(u"[^0-9]+"_s), u"-"_s);
    while (period.endsWith(u'-'))
        period.chop(1);
    QString stem = kindCode(kind) + u'-' + period;
    if (!safe.isEmpty())
        stem += u'-' + safe.left(40);
    return stem;
}

QString ReportDocument::generatedText() const
{
    const QDateTime at = utc::fromStore(generatedUtc).toTimeZone(zone);
    return tr("Generated %1").arg(at.toString(u"yyyy-MM-dd HH:mm t"_s));
}

QString ReportDocument::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return u"daily"_s;
    case Kind::Monthly:
        return u"monthly"_s;
    case Kind::Claims:
        return u"claims"_s;
    }
    return {};
}

std::optional<ReportDocument::Kind> ReportDocument::kindFromCode(QStringView code)
{
    for (Kind k : {Kind::Daily, Kind::Monthly, Kind::Claims}) {
        if (code.compare(kindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString ReportDocument::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return tr("Daily review");
    case Kind::Monthly:
        return tr("Monthly store report");
    case Kind::Claims:
        return tr("Claims report");
    }
    return {};
}

} // namespace sd
