#include "reportspage.h"

#include "appcontext.h"
#include "pageheader.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsView>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

constexpr int RecentLimit = 50;
constexpr int PathRole = Qt::UserRole + 1;

enum FormatChoice { PdfChoice, XlsxChoice, CsvZipChoice, CsvFilesChoice };

QString kindLabel(const QString &code)
{
    if (const auto k = ReportDocument::kindFromCode(code))
        return ReportDocument::kindTitle(*k);
    return code;
}

} // namespace

ReportsPage::ReportsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    const QDate today = QDate::currentDate();

    m_kind = new QComboBox(this);
    for (auto k : {ReportDocument::Kind::Daily, ReportDocument::Kind::Monthly, ReportDocument::Kind::Claims})
        m_kind->addItem(ReportDocument::kindTitle(k), int(k));

    m_periods = new QStackedWidget(this);
    m_day = new QDateEdit(today, this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_periods->addWidget(m_day);
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_periods->addWidget(m_month);
    auto *range = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(today.addDays(-29), range);
    m_to = new QDateEdit(today, range);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    rangeLayout->addWidget(m_from, 1);
    rangeLayout->addWidget(new QLabel(tr("to"), range));
    rangeLayout->addWidget(m_to, 1);
    m_periods->addWidget(range);

    m_store = new QComboBox(this);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), PdfChoice);
    m_format->addItem(tr("Excel workbook (.xlsx)"), XlsxChoice);
    m_format->addItem(tr("CSV files in one .zip"), CsvZipChoice);
    m_format->addItem(tr("CSV files, one per section"), CsvFilesChoice);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_bom = new QCheckBox(tr("Byte-order mark for Excel"), this);
    m_bom->setToolTip(tr("Starts each CSV file with the UTF-8 byte-order mark, so that Excel reads Chinese and "
                         "other non-English text correctly. Leave it off for programs that do not expect it."));
    const QSettings settings;
    m_bom->setChecked(settings.value(u"reports/csvBom"_s, true).toBool());
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(u"reports/format"_s, 0).toInt())));
    m_lastFolder = settings.value(u"reports/folder"_s,
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                           .toString();

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("P&eriod:"), m_periods);
    form->addRow(tr("S&tore:"), m_store);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Pa&per:"), m_pageSize);
    form->addRow(QString(), m_bom);

    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setDefault(true);
    m_export->setToolTip(tr("Write the report in the chosen format (Ctrl+E)"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setToolTip(tr("Print the report (Ctrl+P)"));
    m_previewButton = new QPushButton(tr("Print Pre&view…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addWidget(m_previewButton);
    buttons->addStretch(1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QWidget(this);
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addLayout(form);
    controlsLayout->addLayout(buttons);
    controlsLayout->addWidget(m_status);

    // Recent exports, from here and from scheduled jobs.
    auto *recentBox = new QGroupBox(tr("Recent exports"), this);
    m_recent = new QTableWidget(0, 6, recentBox);
    m_recent->setHorizontalHeaderLabels(
            {tr("When"), tr("Report"), tr("Period"), tr("Store"), tr("Format"), tr("File")});
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recent->verticalHeader()->hide();
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->setWordWrap(false);
    m_recent->setToolTip(tr("Double-click to open the report"));
    m_openFolder = new QPushButton(tr("Open &Folder"), recentBox);
    m_openFolder->setEnabled(false);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent, 1);
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addStretch(1);
    recentButtons->addWidget(m_openFolder);
    recentLayout->addLayout(recentButtons);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(controls);
    leftLayout->addWidget(recentBox, 1);

    // The preview: the pages as they print.
    m_printer->setPageLayout(ReportRenderer::pageLayout(QPageSize::A4));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    // A new report shows its first page. QPrintPreviewWidget centres its view on the
    // middle of the document whenever it lays the pages out (on show, resize, a new
    // report), so the view is held at the top until the person scrolls it.
    if (auto *view = m_preview->findChild<QGraphicsView *>()) {
        QScrollBar *bar = view->verticalScrollBar();
        auto toTop = [this, bar] {
            if (m_pinFirstPage && bar->value() != bar->minimum())
                bar->setValue(bar->minimum());
        };
        connect(bar, &QScrollBar::valueChanged, this, toTop);
        connect(bar, &QScrollBar::rangeChanged, this, toTop);
        connect(m_preview, &QPrintPreviewWidget::previewChanged, this, toTop);
        for (QObject *o : {static_cast<QObject *>(view), static_cast<QObject *>(view->viewport()),
                           static_cast<QObject *>(bar)})
            o->installEventFilter(this);
    }
    m_pages = new QLabel(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pages);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({430, 850}); // the pages get the room

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Reports"),
            tr("The daily review, the monthly store report and the claims report for managers and accountants, "
               "as PDF, Excel or CSV. The command line writes the same files for scheduled jobs "
               "(sellerdesk-cli report)."),
            this));
    layout->addWidget(splitter, 1);

    m_rebuild = new QTimer(this);
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(250);
    connect(m_rebuild, &QTimer::timeout, this, &ReportsPage::rebuildNow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_periods->setCurrentIndex(index);
        scheduleRebuild();
    });
    for (QDateEdit *e : {m_day, m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_month, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d.day() != 1)
            m_month->setDate(QDate(d.year(), d.month(), 1));
        else
            scheduleRebuild();
    });
    connect(m_store, &QComboBox::currentIndexChanged, this, &ReportsPage::scheduleRebuild);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(u"reports/format"_s, m_format->currentData().toInt());
        updateFormatControls();
    });
    connect(m_bom, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(u"reports/csvBom"_s, on); });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        QString error;
        const QPageSize::PageSizeId size = chosenPageSize();
        ReportExporter exporter(m_context->db(), {});
        if (exporter.pageSize() != size && !exporter.setPageSize(size, &error))
            m_status->setText(tr("The paper size could not be saved: %1").arg(error));
        m_printer->setPageLayout(ReportRenderer::pageLayout(size));
        m_preview->updatePreview();
    });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_doc)
            return;
        QString error;
        ReportRenderer(*m_doc).paint(printer, &error);
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, [this] {
        m_pages->setText(m_doc ? tr("Preview: %n page(s)", nullptr, m_preview->pageCount()) : QString());
    });
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printReport);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &ReportsPage::exportReport);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &ReportsPage::printReport);
    connect(m_recent, &QTableWidget::itemSelectionChanged, this,
            [this] { m_openFolder->setEnabled(!m_recent->selectedItems().isEmpty()); });
    connect(m_openFolder, &QPushButton::clicked, this, &ReportsPage::openFolder);
    connect(m_recent, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString path = m_recent->item(row, 0)->data(PathRole).toString();
        if (!QFileInfo::exists(path))
            m_status->setText(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path)));
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });

    connect(m_context, &AppContext::storesChanged, this, &ReportsPage::reloadStores);
    connect(m_context, &AppContext::currentStoreChanged, this, [this](qint64 id) {
        m_store->setCurrentIndex(std::max(0, m_store->findData(id)));
    });
    for (auto signal : {&AppContext::ordersChanged, &AppContext::casesChanged, &AppContext::claimsChanged,
                        &AppContext::tierChanged})
        connect(m_context, signal, this, &ReportsPage::scheduleRebuild);

    {
        const QSignalBlocker block(m_pageSize);
        const QPageSize::PageSizeId size = ReportExporter(m_context->db(), {}).pageSize();
        m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(size))));
        m_printer->setPageLayout(ReportRenderer::pageLayout(size));
    }
    reloadStores();
    reloadRecent();
    updateFormatControls();
    rebuildNow();
}

ReportsPage::~ReportsPage() = default;

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    // The person scrolls the preview: from then on it stays where they put it.
    switch (event->type()) {
    case QEvent::Wheel:
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
        m_pinFirstPage = false;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.kind = ReportDocument::Kind(m_kind->currentData().toInt());
    r.storeId = m_store->currentData().toLongLong();
    r.date = m_day->date();
    r.month = QDate(m_month->date().year(), m_month->date().month(), 1);
    r.from = m_from->date();
    r.to = m_to->date();
    r.nowUtc = utc::toStore(QDateTime::currentDateTimeUtc());
    return r;
}

void ReportsPage::scheduleRebuild()
{
    m_rebuild->start();
}

void ReportsPage::rebuildNow()
{
    m_rebuild->stop();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_doc = ReportBuilder(m_context->db()).build(request(), &error);
    QGuiApplication::restoreOverrideCursor();
    m_export->setEnabled(m_doc.has_value());
    m_print->setEnabled(m_doc.has_value());
    m_previewButton->setEnabled(m_doc.has_value());
    if (!m_doc)
        m_status->setText(tr("The report cannot be made: %1").arg(error));
    else
        m_status->clear();
    m_pinFirstPage = true;
    m_preview->updatePreview();
}

int ReportsPage::previewPages() const
{
    return m_preview->pageCount();
}

void ReportsPage::reloadStores()
{
    const qint64 current = m_store->count() > 0 ? m_store->currentData().toLongLong() : m_context->currentStoreId();
    const QSignalBlocker block(m_store);
    m_store->clear();
    m_store->addItem(tr("All stores"), qint64(0));
    for (const Store &s : StoreRepository(m_context->db()).all(false))
        m_store->addItem(s.name, s.id);
    m_store->setCurrentIndex(std::max(0, m_store->findData(current)));
    scheduleRebuild();
}

void ReportsPage::reloadRecent()
{
    const QList<ReportExportRecord> records = ReportExporter(m_context->db(), {}).recent(RecentLimit);
    m_recent->setRowCount(int(records.size()));
    const QLocale locale;
    for (int i = 0; i < records.size(); ++i) {
        const ReportExportRecord &r = records.at(i);
        const QString when = locale.toString(utc::fromStore(r.atUtc).toLocalTime(), QLocale::ShortFormat);
        QString file = QDir::toNativeSeparators(r.path);
        if (r.files > 1)
            file = tr("%1 and %n more", nullptr, r.files - 1).arg(file);
        const QStringList cells{when, kindLabel(r.kind), r.period, r.storeLabel, r.format.toUpper(), file};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 5 ? tr("%1\nBy %2 (%3)")
                                              .arg(QDir::toNativeSeparators(r.path), r.byUser,
                                                   r.via == u"cli"_s ? tr("command line") : tr("this window"))
                                    : cells.at(c));
            if (c == 0)
                item->setData(PathRole, r.path);
            m_recent->setItem(i, c, item);
        }
    }
    m_recent->resizeColumnsToContents();
    m_openFolder->setEnabled(!m_recent->selectedItems().isEmpty());
}

ReportFormat ReportsPage::chosenFormat(bool *zip) const
{
    const int choice = m_format->currentData().toInt();
    *zip = choice == CsvZipChoice;
    switch (choice) {
    case XlsxChoice:
        return ReportFormat::Xlsx;
    case CsvZipChoice:
    case CsvFilesChoice:
        return ReportFormat::Csv;
    default:
        return ReportFormat::Pdf;
    }
}

QPageSize::PageSizeId ReportsPage::chosenPageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

void ReportsPage::updateFormatControls()
{
    bool zip = false;
    const ReportFormat f = chosenFormat(&zip);
    m_bom->setEnabled(f == ReportFormat::Csv);
}

bool ReportsPage::exportTo(const QString &path, ReportFormat format, QString *error)
{
    if (!m_doc) {
        *error = tr("there is no report to export");
        return false;
    }
    ReportExporter exporter(m_context->db(),
                            [](const ReportDocument &doc, const QString &file, QPageSize::PageSizeId size,
                               QString *why) { return ReportRenderer::writePdf(doc, file, size, QLocale(), why); });
    ReportOutput out;
    out.format = format;
    out.path = path;
    out.csvBom = m_bom->isChecked();
    out.pageSize = chosenPageSize();
    const auto files = exporter.write(*m_doc, out, u"gui"_s, error);
    if (!files)
        return false;
    reloadRecent();
    m_status->setText(files->size() == 1
                              ? tr("Saved %1").arg(QDir::toNativeSeparators(files->first()))
                              : tr("Saved %n file(s) beside %1", nullptr, int(files->size()))
                                        .arg(QDir::toNativeSeparators(files->first())));
    return true;
}

void ReportsPage::exportReport()
{
    if (!m_doc)
        return;
    bool zip = false;
    const ReportFormat format = chosenFormat(&zip);
    const QString suffix = ReportExporter::suffix(format, zip);
    QString filter;
    switch (format) {
    case ReportFormat::Pdf:
        filter = tr("PDF (*.pdf)");
        break;
    case ReportFormat::Xlsx:
        filter = tr("Excel workbook (*.xlsx)");
        break;
    case ReportFormat::Csv:
        filter = zip ? tr("Zip archive (*.zip)") : tr("CSV (*.csv)");
        break;
    }
    const QString suggested = QDir(m_lastFolder).filePath(m_doc->fileStem() + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    m_lastFolder = QFileInfo(path).absolutePath();
    QSettings().setValue(u"reports/folder"_s, m_lastFolder);
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTo(path, format, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export Report"), tr("The report was not exported.\n\n%1").arg(error));
}

void ReportsPage::printReport()
{
    if (!m_doc)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (ReportRenderer(*m_doc).paint(m_printer.get(), &error) == 0)
        QMessageBox::warning(this, tr("Print Report"), tr("The report was not printed.\n\n%1").arg(error));
}

void ReportsPage::printPreview()
{
    if (!m_doc)
        return;
    QPrintPreviewDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        QString error;
        ReportRenderer(*m_doc).paint(printer, &error);
    });
    dialog.resize(size() * 0.9);
    dialog.exec();
}

void ReportsPage::openFolder()
{
    const auto items = m_recent->selectedItems();
    if (items.isEmpty())
        return;
    const QString path = m_recent->item(items.first()->row(), 0)->data(PathRole).toString();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        m_status->setText(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace sd::ui
