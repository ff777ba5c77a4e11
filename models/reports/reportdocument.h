#pragma once

#include "io/tablewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace sd {

// A chart drawn from one section's table. Values are whole numbers scaled by
// 10^decimals (money in minor units, counts with decimals 0), so the chart shows
// exactly what the table holds.
struct ReportChart
{
    enum class Type { Bar, StackedBar, Line };
    Type type = Type::Bar;
    QString title;
    QStringList categories; // along the horizontal axis
    struct Series
    {
        QString name;
        QList<qint64> values; // one per category
    };
    QList<Series> series;
    int decimals = 0;
    QString valueTitle; // the vertical axis ("Orders", "GMV (USD)")
    // The table columns the series come from, for the XLSX chart (0-based; the
    // categories are in categoryColumn).
    int categoryColumn = 0;
    QList<int> seriesColumns;
};

struct ReportColumn
{
    QString title;
    Cell::Kind kind = Cell::Kind::Text; // how the column aligns; cells may be Empty
    int widthChars = 0; // a hint for the XLSX column and the PDF table; 0: from the title
};

// One part of a report: a titled table, a note under the title, and at most one chart.
// The key is stable ASCII ("orders_by_model"): the CSV file and the XLSX sheet are
// named after it, and tests find sections by it.
struct ReportSection
{
    QString key;
    QString title;
    QString note;
    QList<ReportColumn> columns;
    QList<QList<Cell>> rows;
    std::optional<ReportChart> chart;
    QString emptyText; // shown instead of an empty table

    QStringList header() const;
    // The first row whose first cell is `label` (text) or nullptr.
    const QList<Cell> *rowLabelled(const QString &label) const;
};

// A report as built from the workspace: what every output format shows.
struct ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportDocument)
public:
    enum class Kind { Daily, Monthly, Claims };
    Kind kind = Kind::Daily;
    QString title;       // "Daily review"
    QString storeLabel;  // a store's name or "All stores"
    QString periodLabel; // "2026-11-21", "2026-11", "2026-11-01 to 2026-11-30"
    qint64 generatedUtc = 0;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the times shown
    QString timeZoneNote; // how days and times are counted
    QList<ReportSection> sections;

    const ReportSection *section(const QString &key) const;
    // "daily-2026-11-21-all-stores": safe on every file system, ASCII only.
    QString fileStem() const;
    // "Generated 2026-11-21 09:30 UTC", in the report's zone.
    QString generatedText() const;

    static QString kindCode(Kind kind); // daily, monthly, claims
    static std::optional<Kind> kindFromCode(QStringView code);
    static QString kindTitle(Kind kind);
};

// A cell as the PDF and the preview show it: grouped numbers in `locale`, money as
// "USD 1,234.50", percentages with two decimals, times "2026-11-21 14:05".
QString reportDisplayText(const Cell &cell, const QLocale &locale);
bool reportAlignsRight(Cell::Kind kind);

// The request a report is built from; the GUI and the CLI fill the same one.
struct ReportRequest
{
    ReportDocument::Kind kind = ReportDocument::Kind::Daily;
    qint64 storeId = 0; // 0: all stores
    QDate date;         // daily
    QDate month;        // monthly: the first day
    QDate from, to;     // claims: both included
    qint64 nowUtc = 0;  // what counts as "now" (the generation time)
    // The days of the daily and claims reports (the Today page's: the computer's
    // local days). Months are each store's own, as in the seller center.
    QTimeZone zone = QTimeZone::systemTimeZone();
};

} // namespace sd
