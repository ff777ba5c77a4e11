#pragma once

#include "reports/reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>

#include <memory>

class QChart;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace sd {

// Lays a report out on pages and paints them: the PDF, the printer and the print
// preview all go through paint(), so they show the same pages.
//
// The first page opens with a title block (report, store, period, generation time);
// every page has a running head and "Page N of M". Each section is a heading, its
// note, its chart (Qt Charts, painted as vectors) and its table, whose header row
// repeats on every page the table runs onto. Text uses the application font with
// Simplified Chinese fonts and Qt's font fallback after it, so Chinese, Korean and
// Cyrillic names render. Every figure, date and word stays copyable and searchable in
// the PDF (see needsShaping() in reportrenderer.cpp, and PdfTextMaps).
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportRenderer)
public:
    explicit ReportRenderer(const ReportDocument &doc, const QLocale &locale = QLocale());
    ~ReportRenderer();
    Q_DISABLE_COPY_MOVE(ReportRenderer)

    // Paints every page on `device`, whose page layout (size, orientation, margins)
    // decides the pages. Returns the number of pages; 0 when the device could not be
    // painted on (*error says why).
    int paint(QPagedPaintDevice *device, QString *error) const;

    // Writes a PDF: the file appears whole or not at all (QSaveFile).
    static bool writePdf(const ReportDocument &doc, const QString &path, QPageSize::PageSizeId pageSize,
                         const QLocale &locale, QString *error);

    // Reports are landscape: the monthly tables have up to twelve columns.
    static QPageLayout pageLayout(QPageSize::PageSizeId pageSize);

    // A Qt Charts chart for a report chart (the caller owns it); the Reports page
    // shows the same one.
    static QChart *createChart(const ReportChart &spec, const QLocale &locale);

private:
    std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice *device, const QRectF &body) const;

    const ReportDocument &m_doc;
    QLocale m_locale;
};

} // namespace sd
