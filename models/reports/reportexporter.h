#pragma once

#include "reports/reportdocument.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace sd {

enum class ReportFormat { Pdf, Xlsx, Csv };

struct ReportOutput
{
    ReportFormat format = ReportFormat::Pdf;
    // PDF and XLSX: the file. CSV: a .zip holds one file per section; with any other
    // path each section is a file beside it named after the section ("daily.csv" ->
    // "daily-summary.csv", "daily-overdue.csv", ...).
    QString path;
    bool csvBom = true; // UTF-8 with a byte-order mark, for Excel
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// A report written by SellerDesk, as the Reports page lists it.
struct ReportExportRecord
{
    qint64 atUtc = 0;
    QString kind;
    QString period;
    QString storeLabel;
    QString format;
    QString path;
    int files = 1;
    QString byUser;
    QString via; // gui, cli
};

// Writes reports in every format, the same bytes from the GUI and the CLI for CSV and
// XLSX, and keeps the list of recent exports.
//
// Every file is written to a temporary file first and renamed into place when it is
// complete, so an interrupted export (a crash, a full disk, a killed scheduled job)
// leaves no file and an existing report untouched.
//
// XLSX: a "Report" sheet with the title block and the list of sections, then one
// sheet per section with a bold frozen header row, set column widths, numbers and
// money as numbers (money with its currency format), dates and times as dates, and
// the section's chart as a native Excel chart.
// CSV: RFC 4180, one file per section, optionally zipped.
// PDF: drawn by the renderer the caller passes (the widgets library owns Qt Charts).
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportExporter)
public:
    using PdfRenderer = std::function<bool(const ReportDocument &doc, const QString &path,
                                           QPageSize::PageSizeId pageSize, QString *error)>;

    static inline const QString PageSizeSetting = QStringLiteral("reports.page_size");

    ReportExporter(const QSqlDatabase &db, PdfRenderer pdf);

    static std::optional<ReportFormat> formatFromText(QStringView text); // pdf, xlsx, csv
    static std::optional<ReportFormat> formatForPath(const QString &path); // by suffix; .zip is CSV
    static QString formatCode(ReportFormat format);
    static QString suffix(ReportFormat format, bool zip = false);
    static std::optional<QPageSize::PageSizeId> pageSizeFromText(QStringView text); // a4, letter

    // The workspace's page size (A4 unless set; Letter where the system locale is US or Canada).
    QPageSize::PageSizeId pageSize() const;
    bool setPageSize(QPageSize::PageSizeId size, QString *error);

    // Writes the report and records it among the recent exports (via: "gui" or "cli").
    // Returns the files written, the first the one the user asked for.
    std::optional<QStringList> write(const ReportDocument &doc, const ReportOutput &out, const QString &via,
                                     QString *error) const;

    // The pieces, without the record (tests, and the byte-identical check).
    static bool writeXlsx(const ReportDocument &doc, const QString &path, QString *error);
    static std::optional<QStringList> writeCsv(const ReportDocument &doc, const QString &path, bool bom,
                                               QString *error);
    // The file of one section when CSV is not zipped.
    static QString csvSectionPath(const QString &path, const QString &sectionKey);

    QList<ReportExportRecord> recent(int limit) const;

private:
    QSqlDatabase m_db;
    PdfRenderer m_pdf;
};

} // namespace sd
