#include "orderspage.h"

#include "appcontext.h"
#include "core/countries.h"
#include "importdialog.h"
#include "money/money.h"
#include "money/rate.h"
#include "orders/orderexporter.h"
#include "orders/orderrepository.h"
#include "orders/orderstablemodel.h"
#include "orders/orderterms.h"
#include "pageheader.h"
#include "store/workspace.h"
#include "taskrunner.h"
#include "time/utctime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

const QDate AnyDate(2000, 1, 1); // the date edits show "any" at their minimum

QString money(qint64 minor, const QString &currency)
{
    const auto c = Currency::fromCode(currency);
    return c ? Money(minor, *c).format() : QString::number(minor);
}

QTableWidget *smallTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

OrdersPage::OrdersPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OrdersTableModel(context->db(), this))
    , m_search(new QLineEdit(this))
    , m_modelFilter(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_due(new QComboBox(this))
    , m_dispute(new QCheckBox(tr("In dispute"), this))
    , m_review(new QComboBox(this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detailFacts(new QLabel(this))
    , m_items(smallTable({tr("Qty"), tr("Unit price"), tr("Refunded"), tr("Product")}, this))
    , m_history(smallTable({tr("When"), tr("Change")}, this))
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(tr("&Save note"), this))
    , m_markReviewed(new QPushButton(tr("Mark &reviewed"), this))
    , m_searchDelay(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search order ID, buyer, product or tracking number"));
    m_search->setClearButtonEnabled(true);
    m_modelFilter->addItem(tr("All models"), QString());
    for (const QString &code : OrderTerms::modelCodes())
        m_modelFilter->addItem(OrderTerms::modelLabel(code), code);
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : OrderTerms::statusCodes())
        m_status->addItem(OrderTerms::statusLabel(code), code);
    m_review->addItem(tr("Reviewed or not"), int(OrderFilter::Review::Any));
    m_review->addItem(tr("Not reviewed today"), int(OrderFilter::Review::NotToday));
    m_review->addItem(tr("Never reviewed"), int(OrderFilter::Review::Never));
    m_due->addItem(tr("Any handover"), int(OrderFilter::Due::Any));
    m_due->addItem(tr("Overdue"), int(OrderFilter::Due::Overdue));
    m_due->addItem(tr("Due within 12 h"), int(OrderFilter::Due::DueSoon));
    m_due->addItem(tr("Due today"), int(OrderFilter::Due::DueToday));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(AnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(AnyDate);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setToolTip(tr("Ordered on or after this day"));
    m_to->setToolTip(tr("Ordered on or before this day"));

    auto *filters1 = new QHBoxLayout;
    filters1->addWidget(m_search, 3);
    filters1->addWidget(m_modelFilter, 1);
    filters1->addWidget(m_status, 1);
    filters1->addWidget(m_country, 1);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(new QLabel(tr("Ordered from"), this));
    filters2->addWidget(m_from);
    filters2->addWidget(new QLabel(tr("to"), this));
    filters2->addWidget(m_to);
    filters2->addSpacing(12);
    filters2->addWidget(m_due);
    filters2->addWidget(m_dispute);
    filters2->addWidget(m_review);
    filters2->addWidget(m_clear);
    filters2->addStretch();
    filters2->addWidget(m_count);

    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("&Export view…"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addStretch();
    actions->addWidget(m_markReviewed);
    m_markReviewed->setToolTip(tr("Mark the selected orders reviewed today (Ctrl+R)"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(OrdersTableModel::CreatedColumn, Qt::DescendingOrder);
    const QList<std::pair<int, int>> widths{
            {OrdersTableModel::OrderIdColumn, 140}, {OrdersTableModel::StoreColumn, 140},
            {OrdersTableModel::ModelColumn, 150},   {OrdersTableModel::StatusColumn, 150},
            {OrdersTableModel::BuyerColumn, 140},   {OrdersTableModel::CountryColumn, 60},
            {OrdersTableModel::TotalColumn, 90},    {OrdersTableModel::CreatedColumn, 120},
            {OrdersTableModel::PaidColumn, 120},    {OrdersTableModel::HandoverColumn, 150},
            {OrdersTableModel::ReviewedColumn, 90}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    // Detail panel.
    auto *detail = new QWidget(this);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_detailFacts->setWordWrap(true);
    m_detailFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailFacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_note->setPlaceholderText(tr("Notes for the team: what was agreed, what to check. Kept "
                                  "when newer exports are imported."));
    m_note->setMaximumHeight(90);
    auto *noteButtons = new QHBoxLayout;
    noteButtons->addStretch();
    noteButtons->addWidget(m_saveNote);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailFacts);
    detailLayout->addWidget(new QLabel(tr("Line items"), detail));
    detailLayout->addWidget(m_items, 2);
    detailLayout->addWidget(new QLabel(tr("Status history"), detail));
    detailLayout->addWidget(m_history, 2);
    detailLayout->addWidget(new QLabel(tr("Staff note"), detail));
    detailLayout->addWidget(m_note);
    detailLayout->addLayout(noteButtons);
    detail->setMinimumWidth(300);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 300});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Orders"),
            tr("Every order of the chosen store. Handover deadlines count down from the rule in "
               "force when the order was paid; red is overdue, amber is due within 12 hours."),
            this));
    layout->addLayout(filters1);
    layout->addLayout(filters2);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersPage::filterControlsChanged);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersPage::filterControlsChanged);
    for (QComboBox *combo : {m_modelFilter, m_status, m_country, m_due, m_review})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrdersPage::filterControlsChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &OrdersPage::filterControlsChanged);
    connect(m_dispute, &QCheckBox::toggled, this, &OrdersPage::filterControlsChanged);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        OrderFilter f;
        f.storeId = m_context->currentStoreId();
        applyFilter(f);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::showDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_markReviewed->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::modelWasReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersPage::updateCount);
    connect(m_saveNote, &QPushButton::clicked, this, &OrdersPage::saveNote);
    connect(m_markReviewed, &QPushButton::clicked, this, &OrdersPage::markReviewed);
    auto *reviewShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    reviewShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reviewShortcut, &QShortcut::activated, this, &OrdersPage::markReviewed);
    connect(exportButton, &QPushButton::clicked, this, &OrdersPage::exportView);
    connect(importButton, &QPushButton::clicked, this, &OrdersPage::importFile);
    connect(m_context, &AppContext::currentStoreChanged, this, [this] {
        reloadChoices();
        filterControlsChanged();
    });
    connect(m_context, &AppContext::ordersChanged, this, [this] {
        reloadChoices();
        m_model->refresh();
    });
    connect(m_context, &AppContext::storesChanged, m_model, &OrdersTableModel::refresh);
    connect(m_context, &AppContext::ordersRequested, this, &OrdersPage::applyFilter);
    // Countdowns move on every minute.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this,
            [this] { m_model->tick(QDateTime::currentDateTimeUtc()); });
    m_clock->start();

    reloadChoices();
    // The filter of the last session.
    OrderFilter saved = OrderFilter::fromMap(QSettings().value(u"orders/filter"_s).toMap());
    saved.storeId = m_context->currentStoreId();
    applyFilter(saved);
    m_markReviewed->setEnabled(false);
    modelWasReset();
}

void OrdersPage::modelWasReset()
{
    updateCount();
    // The first order is selected, so the detail panel always shows something.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, OrdersTableModel::OrderIdColumn));
    else
        showDetail();
    // Count the matches right after the first page is painted.
    QTimer::singleShot(0, this, [this] {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        updateCount();
    });
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::reloadChoices()
{
    const QString current = m_country->currentData().toString();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    // Stored as ISO codes, listed by name in the interface language.
    QList<std::pair<QString, QString>> countries;
    for (const QString &c : OrderRepository(m_context->db()).countries(m_context->currentStoreId()))
        countries.append({Countries::displayName(c), c});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : std::as_const(countries))
        m_country->addItem(name, code);
    const int i = m_country->findData(current);
    m_country->setCurrentIndex(i >= 0 ? i : 0);
}

OrderFilter OrdersPage::currentFilter() const
{
    OrderFilter f;
    f.storeId = m_context->currentStoreId();
    f.search = m_search->text().trimmed();
    f.model = m_modelFilter->currentData().toString();
    f.status = m_status->currentData().toString();
    f.country = m_country->currentData().toString();
    if (m_from->date() != AnyDate)
        f.from = m_from->date();
    if (m_to->date() != AnyDate)
        f.to = m_to->date();
    f.due = OrderFilter::Due(m_due->currentData().toInt());
    f.inDispute = m_dispute->isChecked();
    f.review = OrderFilter::Review(m_review->currentData().toInt());
    return f;
}

void OrdersPage::applyFilter(const OrderFilter &filter)
{
    m_settingControls = true;
    if (filter.storeId != m_context->currentStoreId())
        m_context->setCurrentStoreId(filter.storeId);
    m_search->setText(filter.search);
    auto select = [](QComboBox *combo, const QVariant &value) {
        const int i = combo->findData(value);
        combo->setCurrentIndex(i >= 0 ? i : 0);
    };
    select(m_modelFilter, filter.model);
    select(m_status, filter.status);
    if (!filter.country.isEmpty() && m_country->findData(filter.country) < 0)
        m_country->addItem(Countries::displayName(filter.country), filter.country);
    select(m_country, filter.country);
    select(m_due, int(filter.due));
    m_from->setDate(filter.from.isValid() ? filter.from : AnyDate);
    m_to->setDate(filter.to.isValid() ? filter.to : AnyDate);
    m_dispute->setChecked(filter.inDispute);
    select(m_review, int(filter.review));
    m_settingControls = false;
    filterControlsChanged();
}

void OrdersPage::filterControlsChanged()
{
    if (m_settingControls)
        return;
    m_searchDelay->stop();
    const OrderFilter f = currentFilter();
    OrderFilter persisted = f;
    persisted.storeId = 0; // the toolbar's store picker keeps its own setting
    QSettings().setValue(u"orders/filter"_s, persisted.toMap());
    m_clear->setEnabled(!persisted.isDefault());
    if (f == m_model->filter())
        return;
    m_model->setFilter(f);
}

void OrdersPage::updateCount()
{
    const QLocale locale;
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("The orders could not be read: %1").arg(m_model->lastError()));
        return;
    }
    m_count->setText(m_model->isCounted()
                             ? tr("%Ln order(s)", nullptr, int(qMin<qint64>(m_model->matchCount(), INT_MAX)))
                             : tr("counting…"));
}

void OrdersPage::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    m_detailRef = current.isValid() ? m_model->orderRef(current.row()) : 0;
    const auto d = m_detailRef ? OrderRepository(m_context->db()).detail(m_detailRef) : std::nullopt;
    m_items->setRowCount(0);
    m_history->setRowCount(0);
    m_note->setEnabled(d.has_value());
    m_saveNote->setEnabled(d.has_value());
    if (!d) {
        m_detailTitle->setText(tr("No order selected"));
        m_detailFacts->setText(tr("Choose an order to see its line items, status history and "
                                  "note."));
        m_note->clear();
        return;
    }
    m_detailTitle->setText(tr("Order %1").arg(d->orderId));
    QStringList facts;
    facts << tr("%1 · %2").arg(d->storeName, OrderTerms::modelLabel(d->model))
          << tr("Status: %1").arg(OrderTerms::statusLabel(d->status));
    if (!d->buyerName.isEmpty() || !d->country.isEmpty())
        facts << tr("Buyer: %1 (%2)").arg(d->buyerName, Countries::displayName(d->country));
    facts << tr("Total %1 = products %2 + shipping %3 − discount %4")
                     .arg(money(d->orderTotal, d->currency), money(d->productTotal, d->currency),
                          money(d->shipping, d->currency), money(d->discount, d->currency));
    if (d->commission)
        facts << tr("Commission: %1 (%2 %)")
                         .arg(money(*d->commission, d->currency),
                              Rate::fromMillionths(d->commissionRatePpm.value_or(0)).toPercentText());
    if (d->createdUtc)
        facts << tr("Ordered: %1").arg(utc::displayLocal(*d->createdUtc));
    if (d->paidUtc)
        facts << tr("Paid: %1").arg(utc::displayLocal(*d->paidUtc));
    if (d->handoverDueUtc)
        facts << tr("Handover due: %1").arg(utc::displayLocal(*d->handoverDueUtc));
    if (d->shippedUtc)
        facts << tr("Shipped: %1 %2 %3")
                         .arg(utc::displayLocal(*d->shippedUtc), d->carrier, d->trackingNo);
    if (!d->reviewedOn.isEmpty())
        facts << tr("Reviewed on %1")
                         .arg(QLocale().toString(QDate::fromString(d->reviewedOn, Qt::ISODate),
                                                 QLocale::ShortFormat));
    m_detailFacts->setText(facts.join(u'\n'));

    m_items->setRowCount(int(d->items.size()));
    for (int i = 0; i < d->items.size(); ++i) {
        const OrderItem &item = d->items.at(i);
        const QStringList cells{QLocale().toString(item.quantity),
                                money(item.unitPriceMinor, d->currency),
                                item.refundMinor ? money(item.refundMinor, d->currency) : QString(),
                                item.productName.isEmpty() ? item.productId : item.productName};
        const QString tip = tr("%1\nLine item %2 · product %3 · SKU %4")
                                    .arg(item.productName, item.childId, item.productId, item.skuCode);
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(tip);
            if (c < 3)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_items->setItem(i, c, cell);
        }
    }
    m_items->resizeColumnsToContents();
    m_history->setRowCount(int(d->history.size()));
    for (int i = 0; i < d->history.size(); ++i) {
        const OrderStatusChange &h = d->history.at(i);
        const bool status = h.field == u"order_status"_s;
        const QString from = status && !h.oldValue.isEmpty() ? OrderTerms::statusLabel(h.oldValue) : h.oldValue;
        const QString to = status ? OrderTerms::statusLabel(h.newValue) : h.newValue;
        auto *when = new QTableWidgetItem(utc::displayLocal(h.atUtc));
        auto *change = new QTableWidgetItem(from.isEmpty() ? to : tr("%1 → %2").arg(from, to));
        for (QTableWidgetItem *cell : {when, change})
            cell->setToolTip(tr("%1\nRecorded by: %2").arg(change->text(), h.source));
        m_history->setItem(i, 0, when);
        m_history->setItem(i, 1, change);
    }
    m_history->resizeColumnsToContents();
    m_note->setPlainText(d->staffNote);
}

void OrdersPage::saveNote()
{
    if (!m_detailRef)
        return;
    QString error;
    if (!OrderRepository(m_context->db()).setStaffNote(m_detailRef, m_note->toPlainText().trimmed(), &error)) {
        QMessageBox::warning(this, tr("Staff note"), error);
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    m_model->refresh();
    if (current.isValid())
        m_view->setCurrentIndex(m_model->index(current.row(), current.column()));
}

void OrdersPage::markReviewed()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<qint64> refs;
    refs.reserve(rows.size());
    for (const QModelIndex &index : rows)
        refs.append(m_model->orderRef(index.row()));
    QString error;
    const qint64 changed = OrderRepository(m_context->db()).markReviewed(refs, QDate::currentDate(), &error);
    if (changed < 0) {
        QMessageBox::warning(this, tr("Mark reviewed"), error);
        return;
    }
    const int currentRow = m_view->currentIndex().row();
    m_context->notifyOrdersChanged();
    if (currentRow >= 0 && currentRow < m_model->rowCount())
        m_view->selectRow(currentRow);
}

void OrdersPage::exportView()
{
    QSettings settings;
    const QString dir = settings.value(u"export/dir"_s, QDir::homePath()).toString();
    QString selectedFilter;
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString suggested = QDir(dir).filePath(
            u"orders-%1.csv"_s.arg(QDate::currentDate().toString(u"yyyyMMdd"_s)));
    QString path = QFileDialog::getSaveFileName(this, tr("Export orders"), suggested,
                                                csvFilter + u";;"_s + xlsxFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    settings.setValue(u"export/dir"_s, QFileInfo(path).absolutePath());
    auto format = TableWriter::formatForPath(path);
    if (!format) {
        format = selectedFilter == xlsxFilter ? TableWriter::Format::Xlsx : TableWriter::Format::Csv;
        path += format == TableWriter::Format::Xlsx ? u".xlsx"_s : u".csv"_s;
    }
    const OrderFilter filter = currentFilter();
    const OrderSort sort = m_model->orderSort();
    const qint64 now = utc::toStore(m_model->now());
    OrderExporter::Result result;
    Workspace *workspace = m_context->workspace();
    TaskRunner::run(this, workspace, tr("Exporting orders…"),
                    [&](const std::atomic_bool &cancel, const TaskRunner::Progress &progress) {
                        result = OrderExporter(workspace->connection())
                                         .run(path, *format, filter, sort, now, &cancel, progress);
                    });
    if (result.cancelled)
        return;
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Export orders"), result.error);
        return;
    }
    QMessageBox::information(this, tr("Export orders"),
                             tr("%n order(s) written to %1.", nullptr, int(result.orders))
                                     .arg(QDir::toNativeSeparators(path)));
}

void OrdersPage::importFile()
{
    ImportDialog dialog(m_context, this);
    dialog.exec();
}

} // namespace sd::ui
