#pragma once

#include "reports/reportdocument.h"
#include "reports/reportexporter.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace sd::ui {

class AppContext;

// The reports a store manager or an accountant takes away: pick the report, the
// period, the store and the format; the preview shows the pages as they will print;
// Export writes PDF, XLSX or CSV (what `sellerdesk-cli report` writes, byte for byte
// in XLSX and CSV), Print and Print Preview go to a printer. Recent exports, from the
// GUI or scheduled jobs, are listed with Open folder.
class ReportsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(AppContext *context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // The request the controls describe ("now" is the clock).
    ReportRequest request() const;
    // The report on screen; nullopt when it could not be built (the page says why).
    const std::optional<ReportDocument> &document() const { return m_doc; }
    // Writes the report on screen; false with *error. Records it among the recent exports.
    bool exportTo(const QString &path, ReportFormat format, QString *error);
    int previewPages() const;

    // Tests: the controls.
    QComboBox *kindPicker() const { return m_kind; }
    QDateEdit *dayPicker() const { return m_day; }
    QDateEdit *monthPicker() const { return m_month; }
    QDateEdit *fromPicker() const { return m_from; }
    QDateEdit *toPicker() const { return m_to; }
    QComboBox *storePicker() const { return m_store; }
    QTableWidget *recentList() const { return m_recent; }
    // Builds the report now instead of after the short pause that gathers edits.
    void rebuildNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRebuild();
    void reloadStores();
    void reloadRecent();
    void exportReport();
    void printReport();
    void printPreview();
    void openFolder();
    ReportFormat chosenFormat(bool *zip) const;
    QPageSize::PageSizeId chosenPageSize() const;
    void updateFormatControls();

    AppContext *m_context;
    QComboBox *m_kind;
    QStackedWidget *m_periods;
    QDateEdit *m_day;
    QDateEdit *m_month;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_store;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QCheckBox *m_bom;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_previewButton;
    QLabel *m_status;
    QLabel *m_pages;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QTableWidget *m_recent;
    QPushButton *m_openFolder;
    QTimer *m_rebuild;
    std::optional<ReportDocument> m_doc;
    QString m_lastFolder;
    bool m_pinFirstPage = true; // until the person scrolls the preview
};

} // namespace sd::ui
