#include "ledgerpage.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "disputes/disputerepository.h"
#include "ledger/ledgerrepository.h"
#include "ledger/ledgertablemodel.h"
#include "pageheader.h"
#include "time/utctime.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

constexpr int ReconcileMonths = 12;

QTableView *entriesView(LedgerTableModel *model, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths{
            {LedgerTableModel::DateColumn, 125}, {LedgerTableModel::StoreColumn, 120},
            {LedgerTableModel::EntryColumn, 125}, {LedgerTableModel::KindColumn, 75},
            {LedgerTableModel::AmountColumn, 95}, {LedgerTableModel::ReasonColumn, 180},
            {LedgerTableModel::LinkColumn, 150}};
    for (const auto &[column, width] : widths)
        v->setColumnWidth(column, width);
    return v;
}

} // namespace

LedgerPage::LedgerPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_entries(new LedgerTableModel(context->db(), this))
    , m_queue(new LedgerTableModel(context->db(), this))
    , m_month(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_entryFacts(new QLabel(this))
    , m_documents(new AttachmentStrip(this))
    , m_timeline(makeTimelineTable(this))
    , m_unfair(new QPushButton(tr("Mark &unfair…"), this))
    , m_appeal(new QPushButton(tr("File &appeal…"), this))
    , m_result(new QPushButton(tr("Record &result…"), this))
    , m_attach(new QPushButton(tr("Attach &document…"), this))
    , m_months(new QTableWidget(this))
    , m_chart(new QChartView(this))
    , m_reconcileNote(new QLabel(this))
{
    m_entriesView = entriesView(m_entries, this);
    m_queueView = entriesView(m_queue, this);

    // Entries tab.
    m_search->setPlaceholderText(tr("Search entry ID, reason or order ID"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("Payouts and deductions"), QString());
    m_kind->addItem(tr("Payouts"), u"payout"_s);
    m_kind->addItem(tr("Deductions"), u"deduction"_s);
    m_month->addItem(tr("All months"), QDate());
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (int i = 0; i < 24; ++i) {
        const QDate m = thisMonth.addMonths(-i);
        m_month->addItem(QLocale().toString(m, u"MMMM yyyy"_s), m);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_month, 1);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_count);
    auto *entriesTab = new QWidget(this);
    auto *entriesLayout = new QVBoxLayout(entriesTab);
    entriesLayout->addLayout(filters);
    entriesLayout->addWidget(m_entriesView, 1);

    auto *queueTab = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queueTab);
    auto *queueHint = new QLabel(tr("Deductions marked unfair whose appeal is not filed yet (first) or not "
                                    "decided yet, the nearest appeal deadline first."),
                                 queueTab);
    queueHint->setWordWrap(true);
    queueLayout->addWidget(queueHint);
    queueLayout->addWidget(m_queueView, 1);

    // Reconciliation tab.
    auto *reconcileTab = new QWidget(this);
    m_months->setColumnCount(7);
    m_months->setHorizontalHeaderLabels({tr("Month"), tr("Payouts"), tr("Deductions"), tr("Appealed"),
                                         tr("Recovered"), tr("Net"), tr("Entries")});
    m_months->verticalHeader()->hide();
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_months->setWordWrap(false);
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_months->horizontalHeader()->setStretchLastSection(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_reconcileNote->setWordWrap(true);
    m_reconcileNote->setText(tr("Net = payouts − deductions + recovered. Appealed is the sum of the deductions "
                                "whose appeal was filed; each month counts the entries dated in it (store time)."));
    auto *reconcileSplit = new QSplitter(Qt::Vertical, reconcileTab);
    reconcileSplit->addWidget(m_months);
    reconcileSplit->addWidget(m_chart);
    reconcileSplit->setStretchFactor(0, 1);
    reconcileSplit->setStretchFactor(1, 1);
    auto *reconcileLayout = new QVBoxLayout(reconcileTab);
    reconcileLayout->addWidget(m_reconcileNote);
    reconcileLayout->addWidget(reconcileSplit, 1);

    m_tabs->addTab(entriesTab, tr("Entries"));
    m_tabs->addTab(queueTab, tr("Appeal queue"));
    m_tabs->addTab(reconcileTab, tr("Monthly reconciliation"));

    // The selected entry, for both lists.
    auto *detail = new QWidget(this);
    m_detailPanel = detail;
    m_entryFacts->setWordWrap(true);
    m_entryFacts->setTextFormat(Qt::RichText);
    m_entryFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entryFacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_unfair->setToolTip(tr("Mark a deduction unfair, to appeal it (Alt+U)"));
    m_appeal->setToolTip(tr("Record that the appeal was filed, and its deadline (Alt+A)"));
    m_result->setToolTip(tr("Won, partly won or lost, and the amount recovered (Alt+R)"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_unfair, 0, 0);
    buttons->addWidget(m_appeal, 0, 1);
    buttons->addWidget(m_result, 1, 0);
    buttons->addWidget(m_attach, 1, 1);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_entryFacts);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(new QLabel(tr("Appeal documents"), detail));
    detailLayout->addWidget(m_documents);
    detailLayout->addWidget(new QLabel(tr("Timeline"), detail));
    detailLayout->addWidget(m_timeline, 1);
    detail->setMinimumWidth(360);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 380});
    splitter->setChildrenCollapsible(false);

    auto *importButton = new QPushButton(tr("&Import statement…"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(importButton);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Alipay ledger"),
            tr("Payouts and deductions of the international Alipay account. Mark a deduction "
               "unfair, appeal it, and see each month reconciled."),
            this));
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &LedgerPage::entriesFilterChanged);
    connect(m_month, &QComboBox::currentIndexChanged, this, &LedgerPage::entriesFilterChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LedgerPage::entriesFilterChanged);
    for (QTableView *v : {m_entriesView, m_queueView})
        connect(v->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LedgerPage::showEntry);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LedgerPage::showEntry);
    for (LedgerTableModel *m : {m_entries, m_queue}) {
        connect(m, &QAbstractItemModel::modelReset, this, [this, m] {
            QTableView *v = m == m_entries ? m_entriesView : m_queueView;
            if (m->rowCount() > 0 && !v->currentIndex().isValid())
                v->setCurrentIndex(m->index(0, 0));
            m_count->setText(tr("%n entry(ies)", nullptr, int(m_entries->matchCount())));
            showEntry();
        });
    }
    connect(m_unfair, &QPushButton::clicked, this, &LedgerPage::toggleUnfair);
    connect(m_appeal, &QPushButton::clicked, this, &LedgerPage::fileAppeal);
    connect(m_result, &QPushButton::clicked, this, &LedgerPage::recordResult);
    connect(m_attach, &QPushButton::clicked, this, &LedgerPage::attach);
    connect(importButton, &QPushButton::clicked, this, [this] {
        CaseImportDialog dialog(m_context, {CaseImporter::Kind::Ledger}, this);
        dialog.exec();
    });
    connect(m_context, &AppContext::currentStoreChanged, this, &LedgerPage::reload);
    connect(m_context, &AppContext::storesChanged, this, &LedgerPage::reload);
    connect(m_context, &AppContext::casesChanged, this, &LedgerPage::reload);
    connect(m_context, &AppContext::appealQueueRequested, this, [this] { m_tabs->setCurrentIndex(1); });

    reload();
}

LedgerPage::~LedgerPage() = default;

void LedgerPage::reload()
{
    const qint64 keep = selectedRef();
    entriesFilterChanged();
    LedgerFilter q;
    q.view = LedgerFilter::View::AppealQueue;
    q.storeId = m_context->currentStoreId();
    m_queue->setFilter(q);
    for (auto [model, view] : {std::pair{m_entries, m_entriesView}, std::pair{m_queue, m_queueView}}) {
        const int r = model->rowOf(keep);
        if (r >= 0)
            view->setCurrentIndex(model->index(r, 0));
    }
    reloadReconciliation();
    showEntry();
}

void LedgerPage::entriesFilterChanged()
{
    LedgerFilter f;
    f.storeId = m_context->currentStoreId();
    f.kind = m_kind->currentData().toString();
    f.text = m_search->text();
    const QDate month = m_month->currentData().toDate();
    if (month.isValid()) {
        // The desk's months; the reconciliation uses each store's own zone.
        f.fromUtc = utc::toStore(month.startOfDay());
        f.toUtc = utc::toStore(month.addMonths(1).startOfDay());
    }
    m_entries->setFilter(f);
}

void LedgerPage::reloadReconciliation()
{
    const QDate today = QDate::currentDate();
    const QDate last(today.year(), today.month(), 1);
    const QDate first = last.addMonths(-(ReconcileMonths - 1));
    const QList<LedgerMonth> months = LedgerRepository(m_context->db()).months(m_context->currentStoreId(), first, last);
    m_months->setRowCount(0);
    // Newest first in the table; the chart runs oldest to newest.
    QHash<QString, int> entriesPerCurrency;
    for (const LedgerMonth &m : months)
        entriesPerCurrency[m.currency.code()] += int(m.entries) + 1;
    QString chartCurrency;
    for (auto it = entriesPerCurrency.cbegin(); it != entriesPerCurrency.cend(); ++it) {
        if (chartCurrency.isEmpty() || it.value() > entriesPerCurrency.value(chartCurrency))
            chartCurrency = it.key();
    }
    const bool severalCurrencies = entriesPerCurrency.size() > 1;
    for (qsizetype i = months.size() - 1; i >= 0; --i) {
        const LedgerMonth &m = months.at(i);
        if (severalCurrencies && m.entries == 0)
            continue;
        const int r = m_months->rowCount();
        m_months->insertRow(r);
        QString label = QLocale().toString(m.month, u"MMMM yyyy"_s);
        if (severalCurrencies)
            label += u" · "_s + m.currency.code();
        const QList<QString> cells{label,
                                   Money(m.payouts, m.currency).format(),
                                   Money(m.deductions, m.currency).format(),
                                   Money(m.appealed, m.currency).format(),
                                   Money(m.recovered, m.currency).format(),
                                   Money(m.net(), m.currency).format(),
                                   QLocale().toString(m.entries)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 2 && !m.deductionsByReason.isEmpty()) {
                QStringList tip;
                for (auto it = m.deductionsByReason.cbegin(); it != m.deductionsByReason.cend(); ++it)
                    tip << u"%1: %2"_s.arg(it.key().isEmpty() ? tr("(no reason stated)") : it.key(),
                                           Money(it.value(), m.currency).format());
                item->setToolTip(tip.join(u'\n'));
            }
            m_months->setItem(r, c, item);
        }
    }

    // Deductions by reason, stacked per month, in the main currency.
    auto *chart = new QChart;
    chart->setTitle(tr("Deductions by reason (%1)").arg(chartCurrency));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QStringList reasons;
    QList<const LedgerMonth *> series;
    for (const LedgerMonth &m : months) {
        if (m.currency.code() != chartCurrency)
            continue;
        series.append(&m);
        for (auto it = m.deductionsByReason.cbegin(); it != m.deductionsByReason.cend(); ++it) {
            if (!reasons.contains(it.key()))
                reasons.append(it.key());
        }
    }
    reasons.sort();
    auto *stacked = new QStackedBarSeries;
    const Currency currency = Currency::fromCode(chartCurrency).value_or(Currency::of(u"USD"));
    const double unit = std::pow(10.0, currency.minorDigits());
    double max = 0;
    QList<double> totals(series.size(), 0.0);
    for (const QString &reason : std::as_const(reasons)) {
        auto *set = new QBarSet(reason.isEmpty() ? tr("(no reason stated)") : reason);
        for (qsizetype i = 0; i < series.size(); ++i) {
            const double v = double(series.at(i)->deductionsByReason.value(reason)) / unit; // chart only
            *set << v;
            totals[i] += v;
        }
        stacked->append(set);
    }
    for (double v : std::as_const(totals))
        max = qMax(max, v);
    chart->addSeries(stacked);
    auto *x = new QBarCategoryAxis(chart);
    for (const LedgerMonth *m : std::as_const(series))
        x->append(QLocale().toString(m->month, u"M/yy"_s));
    auto *y = new QValueAxis(chart);
    y->setRange(0, max > 0 ? max * 1.1 : 1);
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    stacked->attachAxis(x);
    stacked->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

qint64 LedgerPage::selectedRef() const
{
    const QTableView *v = m_tabs->currentIndex() == 1 ? m_queueView : m_entriesView;
    const QModelIndex index = v->currentIndex();
    return index.isValid() ? index.data(LedgerTableModel::RefRole).toLongLong() : 0;
}

void LedgerPage::showEntry()
{
    const bool reconciling = m_tabs->currentIndex() == 2;
    const auto e = reconciling ? std::nullopt : LedgerRepository(m_context->db()).byId(selectedRef());
    for (QPushButton *b : {m_unfair, m_appeal, m_result, m_attach})
        b->setEnabled(false);
    m_detailPanel->setVisible(!reconciling); // the reconciliation gets the whole width
    if (!e) {
        m_unfair->setText(tr("Mark &unfair…"));
        m_entryFacts->setText(reconciling ? tr("Choose an entry on the Entries or Appeal queue tab.")
                                          : tr("No entry is selected."));
        m_documents->clear();
        m_timeline->setRowCount(0);
        return;
    }
    auto row = [](const QString &label, const QString &value) {
        return factRow(label, value.toHtmlEscaped());
    };
    QString facts = u"<b>%1</b><table>"_s.arg(tr("%1 %2").arg(LedgerRepository::kindLabel(e->kind), e->entryId).toHtmlEscaped());
    facts += row(tr("Date"), utc::displayLocal(e->atUtc));
    facts += row(tr("Amount"), e->amount().format());
    facts += row(tr("Reason as stated"), e->reason);
    if (!e->orderId.isEmpty())
        facts += row(tr("Order"), e->orderId);
    if (!e->issueId.isEmpty())
        facts += row(tr("Dispute"), e->issueId);
    if (!e->chargebackCaseId.isEmpty())
        facts += row(tr("Chargeback"), e->chargebackCaseId);
    if (e->unfair) {
        facts += row(tr("Appeal"), e->appealStatus.isEmpty() ? tr("marked unfair, not filed yet")
                                                            : LedgerRepository::appealStatusLabel(e->appealStatus));
        if (e->appealSubmittedUtc)
            facts += row(tr("Appeal filed"), utc::displayLocal(*e->appealSubmittedUtc));
        if (e->appealDueUtc)
            facts += row(tr("Appeal deadline"), utc::displayLocal(*e->appealDueUtc));
        if (e->recoveredMinor)
            facts += row(tr("Recovered"), Money(*e->recoveredMinor, e->currency).format());
    }
    facts += u"</table>"_s;
    m_entryFacts->setText(facts);
    const bool deduction = e->kind == u"deduction"_s;
    m_unfair->setEnabled(deduction && !e->appealSubmittedUtc);
    m_unfair->setText(e->unfair ? tr("Not &unfair…") : tr("Mark &unfair…"));
    m_appeal->setEnabled(deduction && e->unfair && !e->appealSubmittedUtc);
    m_result->setEnabled(e->appealStatus == u"pending"_s);
    m_attach->setEnabled(deduction && e->unfair);
    LedgerRepository repo(m_context->db());
    m_documents->show(m_context->db(), repo.documents(e->id));
    fillTimeline(m_timeline, repo.timeline(e->id));
}

void LedgerPage::afterAction(bool ok, const QString &error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Not recorded"), error);
        return;
    }
    m_context->notifyCasesChanged();
}

void LedgerPage::toggleUnfair()
{
    const auto e = LedgerRepository(m_context->db()).byId(selectedRef());
    if (!e)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
            this, e->unfair ? tr("No longer unfair") : tr("Mark unfair"),
            e->unfair ? tr("Why the deduction is fair after all (for the timeline; optional):")
                      : tr("Why the deduction is unfair (for the timeline and the appeal):"),
            QString(), &ok);
    if (!ok)
        return;
    QString error;
    afterAction(LedgerRepository(m_context->db()).markUnfair(e->id, !e->unfair, note, &error), error);
}

void LedgerPage::fileAppeal()
{
    const auto e = LedgerRepository(m_context->db()).byId(selectedRef());
    if (!e)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("File the appeal"));
    auto *submitted = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    submitted->setCalendarPopup(true);
    auto *due = new QDateTimeEdit(&dialog);
    due->setCalendarPopup(true);
    const auto defaultDue = LedgerRepository::defaultAppealDue(m_context->db(), e->storeId, e->atUtc);
    due->setDateTime(defaultDue ? utc::fromStore(*defaultDue).toLocalTime() : QDateTime::currentDateTime().addDays(30));
    due->setToolTip(tr("The deadline the deduction notice states; prefilled from the appeal-window rule"));
    auto *note = new QLineEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Filed at"), submitted);
    form->addRow(tr("Decision due"), due);
    form->addRow(tr("Note"), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    afterAction(LedgerRepository(m_context->db()).fileAppeal(e->id, utc::toStore(submitted->dateTime().toUTC()),
                                                              utc::toStore(due->dateTime().toUTC()), note->text(), &error),
                error);
}

void LedgerPage::recordResult()
{
    const auto e = LedgerRepository(m_context->db()).byId(selectedRef());
    if (!e)
        return;
    const QStringList codes{u"won"_s, u"partly_won"_s, u"lost"_s};
    QStringList labels;
    for (const QString &c : codes)
        labels << LedgerRepository::appealStatusLabel(c);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Appeal result"), tr("The platform decided:"), labels, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const QString code = codes.at(labels.indexOf(chosen));
    std::optional<Money> recovered;
    if (code != u"lost"_s) {
        const qint64 max = e->amountMinor;
        recovered = askAmount(this, tr("Amount recovered"), tr("Recovered (%1)").arg(e->currency.code()), e->currency,
                              code == u"won"_s ? std::optional(e->amount()) : std::nullopt,
                              [max, code, e](const Money &m) {
                                  if (m.isNegative() || m.minorUnits() > max)
                                      return tr("Between 0 and %1").arg(e->amount().format());
                                  if (code == u"partly_won"_s && (m.minorUnits() == 0 || m.minorUnits() == max))
                                      return tr("A partly won appeal recovers more than 0 and less than %1")
                                              .arg(e->amount().format());
                                  return QString();
                              });
        if (!recovered)
            return;
    }
    QString error;
    afterAction(LedgerRepository(m_context->db()).recordAppealResult(e->id, code, recovered, &error), error);
}

void LedgerPage::attach()
{
    const qint64 ref = selectedRef();
    if (ref == 0)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach appeal documents"), QString(),
                                                            tr("Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)"));
    QStringList problems;
    for (const QString &file : files) {
        QString error;
        if (!LedgerRepository(m_context->db()).attachDocument(ref, file, &error))
            problems << error;
    }
    if (!files.isEmpty())
        m_context->notifyCasesChanged();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some files were not attached"), problems.join(u'\n'));
}

} // namespace sd::ui
