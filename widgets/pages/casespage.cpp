#include "casespage.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "disputes/casemetrics.h"
#include "disputes/casestablemodel.h"
#include "disputes/chargebackrepository.h"
#include "disputes/disputerepository.h"
#include "disputes/disputeterms.h"
#include "files/workspacesettings.h"
#include "orders/handover.h"
#include "pageheader.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

QLabel *factsLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

QLabel *titleLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString row(const QString &label, const QString &valueHtml)
{
    return factRow(label, valueHtml);
}

// The order a case is about, and whether it is in the workspace yet.
QString orderHtml(const QString &orderId, qint64 orderRef)
{
    if (orderId.isEmpty())
        return QCoreApplication::translate("sd::ui::CasesPage", "not given").toHtmlEscaped();
    QString html = orderId.toHtmlEscaped();
    if (orderRef == 0)
        html += u" <i>"_s
                + QCoreApplication::translate("sd::ui::CasesPage", "(not imported yet: linked when it is)")
                          .toHtmlEscaped()
                + u"</i>"_s;
    return html;
}

// A countdown coloured like the list: amber within 24 h, red when past.
QString countdownHtml(qint64 dueUtc)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 left = dueUtc - utc::toStore(now);
    const QString text = Handover::countdown(utc::fromStore(dueUtc), now).toHtmlEscaped();
    const QString when = utc::displayLocal(dueUtc).toHtmlEscaped();
    if (left < 0)
        return u"<b style=\"color:#c62828\">%1</b> (%2)"_s.arg(text, when);
    if (left <= 24 * 3600)
        return u"<b style=\"color:#b26a00\">%1</b> (%2)"_s.arg(text, when);
    return u"%1 (%2)"_s.arg(text, when);
}

} // namespace

CasesPage::CasesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CasesTableModel(context->db(), this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_metrics(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QStackedWidget(this))
    , m_searchDelay(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search case ID, order ID, buyer or reason"));
    m_search->setClearButtonEnabled(true);
    m_type->addItem(tr("Disputes and chargebacks"), int(CaseFilter::Type::All));
    m_type->addItem(tr("Disputes"), int(CaseFilter::Type::Disputes));
    m_type->addItem(tr("Chargebacks"), int(CaseFilter::Type::Chargebacks));
    m_state->addItem(tr("Open"), int(CaseFilter::State::Open));
    m_state->addItem(tr("Closed"), int(CaseFilter::State::Closed));
    m_state->addItem(tr("Open or closed"), int(CaseFilter::State::All));
    m_due->addItem(tr("Any deadline"), int(CaseFilter::Due::Any));
    m_due->addItem(tr("Overdue"), int(CaseFilter::Due::Overdue));
    m_due->addItem(tr("Due today"), int(CaseFilter::Due::Today));
    m_due->addItem(tr("Due within 24 h"), int(CaseFilter::Due::Within24h));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_due, 1);
    filters->addWidget(m_count);

    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *newButton = new QPushButton(tr("&New chargeback…"), this);
    auto *settingsButton = new QPushButton(tr("Evidence &limit…"), this);
    settingsButton->setToolTip(tr("The largest file that can be attached as evidence"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(importButton);
    actions->addWidget(newButton);
    actions->addWidget(settingsButton);
    actions->addStretch();
    m_metrics->setTextFormat(Qt::RichText);
    actions->addWidget(m_metrics);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CasesTableModel::DueColumn, Qt::AscendingOrder);
    const QList<std::pair<int, int>> widths{
            {CasesTableModel::DueColumn, 175},   {CasesTableModel::TypeColumn, 90},
            {CasesTableModel::CaseColumn, 130},  {CasesTableModel::StoreColumn, 130},
            {CasesTableModel::OrderColumn, 130}, {CasesTableModel::ReasonColumn, 170},
            {CasesTableModel::StatusColumn, 130}, {CasesTableModel::AmountColumn, 80}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);

    // The dispute's detail.
    auto *dispute = new QWidget(this);
    m_disputeTitle = titleLabel(dispute);
    m_disputeFacts = factsLabel(dispute);
    auto *proposals = new QHBoxLayout;
    for (const QString &owner : DisputeTerms::owners()) {
        auto *box = new QGroupBox(DisputeTerms::ownerLabel(owner), dispute);
        auto *label = factsLabel(box);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(6, 4, 6, 4);
        boxLayout->addWidget(label);
        proposals->addWidget(box, 1);
        m_proposals.append(label);
    }
    m_evidence = new AttachmentStrip(dispute);
    m_disputeTimeline = makeTimelineTable(dispute);
    m_accept = new QPushButton(tr("&Accept…"), dispute);
    m_counter = new QPushButton(tr("C&ounter-propose…"), dispute);
    m_attach = new QPushButton(tr("Attach &evidence…"), dispute);
    m_escalate = new QPushButton(tr("Esca&late…"), dispute);
    m_close = new QPushButton(tr("Clo&se…"), dispute);
    m_accept->setToolTip(tr("Accept the buyer's or the platform's proposal (Alt+A)"));
    m_counter->setToolTip(tr("Offer another refund, between 0 and the refund maximum, with a note to the buyer (Alt+O)"));
    m_attach->setToolTip(tr("Copy photos or PDFs into the workspace as evidence (Alt+E)"));
    m_escalate->setToolTip(tr("Ask the platform to decide (Alt+L)"));
    m_close->setToolTip(tr("Record how the dispute ended (Alt+S)"));
    auto *disputeButtons = new QGridLayout;
    disputeButtons->addWidget(m_accept, 0, 0);
    disputeButtons->addWidget(m_counter, 0, 1);
    disputeButtons->addWidget(m_attach, 0, 2);
    disputeButtons->addWidget(m_escalate, 1, 0);
    disputeButtons->addWidget(m_close, 1, 1);
    auto *disputeLayout = new QVBoxLayout(dispute);
    disputeLayout->setContentsMargins(8, 0, 0, 0);
    disputeLayout->addWidget(m_disputeTitle);
    disputeLayout->addWidget(m_disputeFacts);
    disputeLayout->addLayout(disputeButtons);
    disputeLayout->addWidget(new QLabel(tr("Proposals"), dispute));
    disputeLayout->addLayout(proposals);
    disputeLayout->addWidget(new QLabel(tr("Evidence"), dispute));
    disputeLayout->addWidget(m_evidence);
    disputeLayout->addWidget(new QLabel(tr("Timeline"), dispute));
    disputeLayout->addWidget(m_disputeTimeline, 1);

    // The chargeback's detail.
    auto *chargeback = new QWidget(this);
    m_chargebackTitle = titleLabel(chargeback);
    m_chargebackFacts = factsLabel(chargeback);
    m_documents = new AttachmentStrip(chargeback);
    m_chargebackTimeline = makeTimelineTable(chargeback);
    m_attachDocument = new QPushButton(tr("Attach &document…"), chargeback);
    m_submit = new QPushButton(tr("Su&bmit defence…"), chargeback);
    m_outcome = new QPushButton(tr("Record &outcome…"), chargeback);
    m_attachDocument->setToolTip(tr("Proof of delivery, tracking, messages with the buyer (Alt+D)"));
    m_submit->setToolTip(tr("Record that the defence was sent, once the documents are attached (Alt+B)"));
    m_outcome->setToolTip(tr("Won, lost or partly won, and the amount recovered (Alt+O)"));
    auto *chargebackButtons = new QGridLayout;
    chargebackButtons->addWidget(m_attachDocument, 0, 0);
    chargebackButtons->addWidget(m_submit, 0, 1);
    chargebackButtons->addWidget(m_outcome, 0, 2);
    auto *chargebackLayout = new QVBoxLayout(chargeback);
    chargebackLayout->setContentsMargins(8, 0, 0, 0);
    chargebackLayout->addWidget(m_chargebackTitle);
    chargebackLayout->addWidget(m_chargebackFacts);
    chargebackLayout->addLayout(chargebackButtons);
    chargebackLayout->addWidget(new QLabel(tr("Defence documents"), chargeback));
    chargebackLayout->addWidget(m_documents);
    chargebackLayout->addWidget(new QLabel(tr("Timeline"), chargeback));
    chargebackLayout->addWidget(m_chargebackTimeline, 1);

    auto *empty = new QLabel(tr("No case is selected. Import the seller center's dispute or "
                                "chargeback list, or record a chargeback by hand."),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    // The details scroll when the window is short; the list keeps its height.
    auto scrolled = [this](QWidget *content) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return scroll;
    };
    m_disputeTimeline->setMinimumHeight(150);
    m_chargebackTimeline->setMinimumHeight(150);
    m_detail->addWidget(empty);
    m_detail->addWidget(scrolled(dispute));
    m_detail->addWidget(scrolled(chargeback));
    m_detail->setMinimumWidth(460);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 500});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Disputes & Chargebacks"),
            tr("Every open case, the nearest deadline first: amber within 24 hours, red when "
               "past. Answer the buyer before the response window ends, and defend chargebacks "
               "before their countdown runs out."),
            this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::filterControlsChanged);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_type, m_state, m_due})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::filterControlsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, CasesTableModel::DueColumn));
        else
            showDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasesPage::updateCount);
    connect(m_accept, &QPushButton::clicked, this, &CasesPage::acceptProposal);
    connect(m_counter, &QPushButton::clicked, this, &CasesPage::counterPropose);
    connect(m_attach, &QPushButton::clicked, this, &CasesPage::attach);
    connect(m_escalate, &QPushButton::clicked, this, &CasesPage::escalate);
    connect(m_close, &QPushButton::clicked, this, &CasesPage::closeDispute);
    connect(m_attachDocument, &QPushButton::clicked, this, &CasesPage::attach);
    connect(m_submit, &QPushButton::clicked, this, &CasesPage::submitDefence);
    connect(m_outcome, &QPushButton::clicked, this, &CasesPage::recordOutcome);
    connect(newButton, &QPushButton::clicked, this, &CasesPage::newChargeback);
    connect(settingsButton, &QPushButton::clicked, this, &CasesPage::evidenceSettings);
    connect(importButton, &QPushButton::clicked, this, [this] {
        CaseImportDialog dialog(m_context, {CaseImporter::Kind::Disputes, CaseImporter::Kind::Chargebacks}, this);
        dialog.exec();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // The metrics scan the window's shipped orders: only when the store or the data change.
    connect(m_context, &AppContext::currentStoreChanged, this, [this] {
        filterControlsChanged();
        updateMetrics();
    });
    connect(m_context, &AppContext::storesChanged, m_model, &CasesTableModel::refresh);
    connect(m_context, &AppContext::casesChanged, this, [this] {
        QString type;
        const qint64 ref = selectedRef(&type);
        m_model->refresh();
        const int r = m_model->rowOf(type, ref);
        if (r >= 0)
            m_view->setCurrentIndex(m_model->index(r, CasesTableModel::DueColumn));
        updateMetrics();
    });
    connect(m_context, &AppContext::ordersChanged, this, &CasesPage::updateMetrics);
    connect(m_context, &AppContext::casesRequested, this, &CasesPage::applyFilter);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->tick(QDateTime::currentDateTimeUtc());
        showDetail();
    });
    m_clock->start();

    filterControlsChanged();
    updateMetrics();
}

CasesPage::~CasesPage() = default;

CaseFilter CasesPage::currentFilter() const
{
    CaseFilter f;
    f.type = CaseFilter::Type(m_type->currentData().toInt());
    f.state = CaseFilter::State(m_state->currentData().toInt());
    f.due = CaseFilter::Due(m_due->currentData().toInt());
    f.storeId = m_context->currentStoreId();
    f.text = m_search->text().trimmed();
    return f;
}

void CasesPage::applyFilter(const CaseFilter &filter, const QString &type, qint64 ref)
{
    m_settingControls = true;
    if (filter.storeId != m_context->currentStoreId())
        m_context->setCurrentStoreId(filter.storeId);
    auto select = [](QComboBox *combo, int value) {
        const int i = combo->findData(value);
        combo->setCurrentIndex(i >= 0 ? i : 0);
    };
    select(m_type, int(filter.type));
    select(m_state, int(filter.state));
    select(m_due, int(filter.due));
    m_search->setText(filter.text);
    m_settingControls = false;
    filterControlsChanged();
    if (!type.isEmpty()) {
        const int r = m_model->rowOf(type, ref);
        if (r >= 0)
            m_view->setCurrentIndex(m_model->index(r, CasesTableModel::DueColumn));
    }
}

void CasesPage::filterControlsChanged()
{
    if (m_settingControls)
        return;
    m_model->setFilter(currentFilter());
}

void CasesPage::updateCount()
{
    m_count->setText(tr("%n case(s)", nullptr, int(m_model->matchCount())));
}

void CasesPage::updateMetrics()
{
    const auto all = CaseMetrics(m_context->db()).compute(m_context->currentStoreId(),
                                                           utc::toStore(QDateTime::currentDateTimeUtc()));
    StoreCaseMetrics sum;
    for (const StoreCaseMetrics &m : all) {
        sum.shipped += m.shipped;
        sum.opened += m.opened;
        sum.escalated += m.escalated;
        sum.sellerResponsible += m.sellerResponsible;
    }
    m_metrics->setText(tr("Last %1 days: dispute rate <b>%2</b> · arbitration rate <b>%3</b> · "
                          "seller-responsibility rate <b>%4</b>")
                               .arg(CaseMetrics::WindowDays)
                               .arg(CaseMetrics::formatRate(sum.disputeRatePpm()),
                                    CaseMetrics::formatRate(sum.arbitrationRatePpm()),
                                    CaseMetrics::formatRate(sum.sellerResponsibilityRatePpm())));
    QStringList tip{CaseMetrics::disputeRateFormula(), CaseMetrics::arbitrationRateFormula(),
                    CaseMetrics::sellerResponsibilityFormula(), QString(),
                    tr("Orders shipped: %1 · disputes opened: %2 · escalated: %3 · closed at the seller's cost: %4")
                            .arg(sum.shipped)
                            .arg(sum.opened)
                            .arg(sum.escalated)
                            .arg(sum.sellerResponsible)};
    for (const StoreCaseMetrics &m : all) {
        if (all.size() > 1)
            tip << tr("%1: %2 · %3 · %4")
                           .arg(m.storeName, CaseMetrics::formatRate(m.disputeRatePpm()),
                                CaseMetrics::formatRate(m.arbitrationRatePpm()),
                                CaseMetrics::formatRate(m.sellerResponsibilityRatePpm()));
    }
    m_metrics->setToolTip(tip.join(u'\n'));
}

qint64 CasesPage::selectedRef(QString *type) const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    *type = index.data(CasesTableModel::TypeRole).toString();
    return index.data(CasesTableModel::RefRole).toLongLong();
}

void CasesPage::showDetail()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    if (ref == 0)
        m_detail->setCurrentIndex(0);
    else if (type == u"dispute"_s)
        showDispute(ref);
    else
        showChargeback(ref);
}

void CasesPage::showDispute(qint64 ref)
{
    DisputeRepository repo(m_context->db());
    const auto d = repo.byId(ref);
    if (!d) {
        m_detail->setCurrentIndex(0);
        return;
    }
    m_detail->setCurrentIndex(1);
    const QString storeName = StoreRepository(m_context->db()).byId(d->storeId).value_or(Store()).name;
    m_disputeTitle->setText(tr("Dispute %1 · %2").arg(d->issueId, storeName));
    QString facts = u"<table>"_s;
    facts += row(tr("Order"), orderHtml(d->orderId, d->orderRef));
    facts += row(tr("Buyer"), d->buyerLogin.toHtmlEscaped());
    facts += row(tr("Reason"), d->reason.toHtmlEscaped());
    facts += row(tr("Opened"), utc::displayLocal(d->openedUtc).toHtmlEscaped());
    QString status = DisputeTerms::statusLabel(d->status);
    if (d->escalatedUtc)
        status += tr(", escalated %1").arg(utc::displayLocal(*d->escalatedUtc));
    if (!d->outcome.isEmpty())
        status += u" · "_s + DisputeTerms::outcomeLabel(d->outcome);
    facts += row(tr("Status"), status.toHtmlEscaped());
    facts += row(tr("Refund maximum"), d->refundMax().format().toHtmlEscaped());
    if (d->refundedMinor && d->status != u"processing"_s)
        facts += row(tr("Refunded"), Money(*d->refundedMinor, d->currency).format().toHtmlEscaped()
                                             + (d->sellerCost ? tr(", at the seller's cost").toHtmlEscaped() : QString()));
    if (!d->returnTracking.isEmpty())
        facts += row(tr("Return tracking"), d->returnTracking.toHtmlEscaped());
    if (d->responseDueUtc)
        facts += row(tr("Response due"), countdownHtml(*d->responseDueUtc));
    else if (d->status == u"processing"_s)
        facts += row(tr("Response due"), tr("no response owed now").toHtmlEscaped());
    if (d->platformDueUtc)
        facts += row(tr("Platform steps in"), countdownHtml(*d->platformDueUtc));
    facts += u"</table>"_s;
    m_disputeFacts->setText(facts);

    // Proposals side by side: each party's latest, with how many came before.
    const QList<DisputeProposal> all = repo.proposals(ref);
    bool acceptable = false;
    const QStringList owners = DisputeTerms::owners();
    for (int i = 0; i < owners.size(); ++i) {
        QList<DisputeProposal> mine;
        for (const DisputeProposal &p : all) {
            if (p.owner == owners.at(i))
                mine.append(p);
        }
        if (mine.isEmpty()) {
            m_proposals[i]->setText(u"<i>%1</i>"_s.arg(tr("No proposal").toHtmlEscaped()));
            continue;
        }
        const DisputeProposal &p = mine.last();
        if (p.owner != u"seller"_s && DisputeTerms::awaitsSeller(p.status))
            acceptable = true;
        QString text = u"<b>%1</b><br>%2<br>%3<br><span style=\"color:palette(mid)\">%4</span>"_s.arg(
                Money(p.amountMinor, d->currency).format().toHtmlEscaped(),
                DisputeTerms::solutionTypeLabel(p.solutionType).toHtmlEscaped(),
                DisputeTerms::proposalStatusLabel(p.status).toHtmlEscaped(),
                utc::displayLocal(p.proposedUtc).toHtmlEscaped());
        if (!p.note.isEmpty())
            text += u"<br>“%1”"_s.arg(p.note.toHtmlEscaped());
        if (mine.size() > 1)
            text += u"<br><i>%1</i>"_s.arg(tr("%n earlier proposal(s)", nullptr, int(mine.size() - 1)).toHtmlEscaped());
        m_proposals[i]->setText(text);
    }
    const bool open = d->status == u"processing"_s;
    m_accept->setEnabled(open && acceptable);
    m_counter->setEnabled(open);
    m_escalate->setEnabled(open && !d->escalatedUtc);
    m_close->setEnabled(open);
    m_evidence->show(m_context->db(), repo.evidence(ref));
    fillTimeline(m_disputeTimeline, repo.timeline(ref));
}

void CasesPage::showChargeback(qint64 ref)
{
    ChargebackRepository repo(m_context->db());
    const auto c = repo.byId(ref);
    if (!c) {
        m_detail->setCurrentIndex(0);
        return;
    }
    m_detail->setCurrentIndex(2);
    const QString storeName = StoreRepository(m_context->db()).byId(c->storeId).value_or(Store()).name;
    m_chargebackTitle->setText(tr("Chargeback %1 · %2").arg(c->caseId, storeName));
    QString facts = u"<table>"_s;
    facts += row(tr("Order"), orderHtml(c->orderId, c->orderRef));
    facts += row(tr("Filed"), utc::displayLocal(c->filedUtc).toHtmlEscaped());
    facts += row(tr("Amount frozen"), c->frozen().format().toHtmlEscaped());
    facts += row(tr("Reason code"), c->reasonCode.toHtmlEscaped());
    if (c->isOpen() && !c->submittedUtc && c->defenceDueUtc)
        facts += row(tr("Defence due"), countdownHtml(*c->defenceDueUtc));
    else if (c->defenceDueUtc)
        facts += row(tr("Defence due"), utc::displayLocal(*c->defenceDueUtc).toHtmlEscaped());
    facts += row(tr("Defence submitted"), c->submittedUtc ? utc::displayLocal(*c->submittedUtc).toHtmlEscaped()
                                                          : tr("not yet").toHtmlEscaped());
    facts += row(tr("Outcome"), ChargebackRepository::outcomeLabel(c->outcome).toHtmlEscaped());
    if (c->recoveredMinor)
        facts += row(tr("Recovered"), Money(*c->recoveredMinor, c->currency).format().toHtmlEscaped());
    if (!c->note.isEmpty())
        facts += row(tr("Note"), c->note.toHtmlEscaped());
    facts += u"</table>"_s;
    m_chargebackFacts->setText(facts);
    m_attachDocument->setEnabled(c->isOpen());
    m_submit->setEnabled(c->isOpen() && !c->submittedUtc);
    m_outcome->setEnabled(c->isOpen());
    m_documents->show(m_context->db(), repo.documents(ref));
    fillTimeline(m_chargebackTimeline, repo.timeline(ref));
}

void CasesPage::afterAction(bool ok, const QString &error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Not recorded"), error);
        return;
    }
    m_context->notifyCasesChanged();
}

void CasesPage::acceptProposal()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    if (type != u"dispute"_s)
        return;
    DisputeRepository repo(m_context->db());
    const auto d = repo.byId(ref);
    QList<DisputeProposal> open;
    for (const DisputeProposal &p : repo.proposals(ref)) {
        if (p.owner != u"seller"_s && DisputeTerms::awaitsSeller(p.status))
            open.append(p);
    }
    if (!d || open.isEmpty())
        return;
    QStringList choices;
    for (const DisputeProposal &p : open)
        choices << tr("%1: %2, %3").arg(DisputeTerms::ownerLabel(p.owner), DisputeTerms::solutionTypeLabel(p.solutionType),
                                         Money(p.amountMinor, d->currency).format());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Accept a proposal"),
                                                 tr("The buyer is refunded as proposed. Accept:"),
                                                 choices, int(choices.size()) - 1, false, &ok);
    if (!ok)
        return;
    QString error;
    afterAction(repo.accept(ref, open.at(choices.indexOf(chosen)).id, &error), error);
}

void CasesPage::counterPropose()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    DisputeRepository repo(m_context->db());
    const auto d = repo.byId(ref);
    if (type != u"dispute"_s || !d)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Counter-propose"));
    auto *solution = new QComboBox(&dialog);
    for (const auto &[code, labels] : DisputeTerms::solutionTypes())
        solution->addItem(DisputeTerms::solutionTypeLabel(code), code);
    auto *amount = new QLineEdit(&dialog);
    amount->setPlaceholderText(tr("0 to %1").arg(d->refundMax().format()));
    auto *note = new QPlainTextEdit(&dialog);
    note->setPlaceholderText(tr("What you offer and why, as the buyer will read it (%1 to %2 characters)")
                                     .arg(DisputeRepository::NoteMin)
                                     .arg(DisputeRepository::NoteMax));
    auto *counter = new QLabel(&dialog);
    auto *problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #c62828;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Solution"), solution);
    form->addRow(tr("Refund (%1)").arg(d->currency.code()), amount);
    form->addRow(tr("Note to the buyer"), note);
    form->addRow(QString(), counter);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.resize(480, 320);
    std::optional<Money> money;
    auto validate = [&] {
        QString why;
        money = Money::parse(amount->text().trimmed(), d->currency, u'.', &why);
        counter->setText(tr("%1 / %2 characters").arg(note->toPlainText().trimmed().size()).arg(DisputeRepository::NoteMax));
        if (!money)
            why = amount->text().trimmed().isEmpty() ? tr("Enter the refund you offer") : why;
        else
            why = DisputeRepository::checkCounter(*money, d->refundMax(), note->toPlainText());
        problem->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(amount, &QLineEdit::textChanged, &dialog, validate);
    connect(note, &QPlainTextEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted || !money)
        return;
    QString error;
    afterAction(repo.counterPropose(ref, solution->currentData().toString(), *money, note->toPlainText(), &error), error);
}

void CasesPage::attach()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    if (ref == 0)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
            this, type == u"dispute"_s ? tr("Attach evidence") : tr("Attach defence documents"), QString(),
            tr("Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf)"));
    QStringList problems;
    for (const QString &file : files) {
        QString error;
        const bool ok = type == u"dispute"_s ? DisputeRepository(m_context->db()).attachEvidence(ref, file, &error)
                                             : ChargebackRepository(m_context->db()).attachDocument(ref, file, &error);
        if (!ok)
            problems << error;
    }
    if (!files.isEmpty())
        m_context->notifyCasesChanged();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some files were not attached"), problems.join(u'\n'));
}

void CasesPage::escalate()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    if (type != u"dispute"_s)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
            this, tr("Escalate to the platform"),
            tr("The platform will decide. Why (for the timeline; optional):"), QString(), &ok);
    if (!ok)
        return;
    QString error;
    afterAction(DisputeRepository(m_context->db()).escalate(ref, note, &error), error);
}

void CasesPage::closeDispute()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    DisputeRepository repo(m_context->db());
    const auto d = repo.byId(ref);
    if (type != u"dispute"_s || !d)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Close the dispute"));
    auto *outcome = new QComboBox(&dialog);
    for (const auto &[code, labels] : DisputeTerms::outcomes())
        outcome->addItem(DisputeTerms::outcomeLabel(code), code);
    auto *refunded = new QLineEdit(&dialog);
    refunded->setPlaceholderText(tr("0 to %1").arg(d->refundMax().format()));
    auto *sellerCost = new QCheckBox(tr("At the seller's cost (counts in the seller-responsibility rate)"), &dialog);
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(u"color: #c62828;"_s);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Outcome"), outcome);
    form->addRow(tr("Refunded (%1)").arg(d->currency.code()), refunded);
    form->addRow(QString(), sellerCost);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    std::optional<Money> money;
    auto validate = [&] {
        const QString code = outcome->currentData().toString();
        const bool refunds = code == u"refunded"_s || code == u"return_refunded"_s;
        refunded->setEnabled(refunds);
        QString why;
        money.reset();
        if (refunds) {
            money = Money::parse(refunded->text().trimmed(), d->currency, u'.', &why);
            if (!money)
                why = refunded->text().trimmed().isEmpty() ? tr("Enter the amount refunded to the buyer") : why;
            else if (money->isNegative() || money->minorUnits() > d->refundMaxMinor)
                why = tr("The refund must be between 0 and %1").arg(d->refundMax().format());
        }
        problem->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(outcome, &QComboBox::currentIndexChanged, &dialog, [&] {
        sellerCost->setChecked(DisputeTerms::costsSeller(outcome->currentData().toString()));
        validate();
    });
    connect(refunded, &QLineEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    sellerCost->setChecked(DisputeTerms::costsSeller(outcome->currentData().toString()));
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    afterAction(repo.close(ref, outcome->currentData().toString(), money, sellerCost->isChecked(), &error), error);
}

void CasesPage::submitDefence()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    if (type != u"chargeback"_s)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Submit the defence"),
                                                        tr("What was sent (for the timeline; optional):"),
                                                        QString(), &ok);
    if (!ok)
        return;
    QString error;
    afterAction(ChargebackRepository(m_context->db()).submitDefence(ref, note, &error), error);
}

void CasesPage::recordOutcome()
{
    QString type;
    const qint64 ref = selectedRef(&type);
    ChargebackRepository repo(m_context->db());
    const auto c = repo.byId(ref);
    if (type != u"chargeback"_s || !c)
        return;
    QStringList labels;
    for (const QString &code : ChargebackRepository::outcomes())
        labels << ChargebackRepository::outcomeLabel(code);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Chargeback outcome"), tr("The bank decided:"), labels, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const QString code = ChargebackRepository::outcomes().at(labels.indexOf(chosen));
    std::optional<Money> recovered;
    if (code != u"lost"_s) {
        recovered = askAmount(this, tr("Amount recovered"), tr("Recovered (%1)").arg(c->currency.code()),
                              c->currency, code == u"won"_s ? std::optional(c->frozen()) : std::nullopt,
                              [c, code](const Money &m) {
                                  if (m.isNegative() || m.minorUnits() > c->frozenMinor)
                                      return tr("Between 0 and %1").arg(c->frozen().format());
                                  if (code == u"partial"_s && (m.minorUnits() == 0 || m.minorUnits() == c->frozenMinor))
                                      return tr("A partial win recovers more than 0 and less than %1").arg(c->frozen().format());
                                  return QString();
                              });
        if (!recovered)
            return;
    }
    QString error;
    afterAction(repo.recordOutcome(ref, code, recovered, &error), error);
}

void CasesPage::newChargeback()
{
    const QList<Store> stores = StoreRepository(m_context->db()).all(false);
    if (stores.isEmpty()) {
        QMessageBox::information(this, tr("New chargeback"), tr("Add a store on the Stores page first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New chargeback"));
    auto *store = new QComboBox(&dialog);
    for (const Store &s : stores)
        store->addItem(s.name, s.id);
    const int current = store->findData(m_context->currentStoreId());
    store->setCurrentIndex(qMax(0, current));
    auto *caseId = new QLineEdit(&dialog);
    auto *orderId = new QLineEdit(&dialog);
    auto *filed = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    filed->setCalendarPopup(true);
    auto *amount = new QLineEdit(&dialog);
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("e.g. 13.1 Merchandise not received"));
    auto *due = new QDateTimeEdit(&dialog);
    due->setCalendarPopup(true);
    due->setToolTip(tr("The countdown the chargeback notice shows; prefilled from the defence-window rule"));
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(u"color: #c62828;"_s);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Store"), store);
    form->addRow(tr("Case ID"), caseId);
    form->addRow(tr("Order ID"), orderId);
    form->addRow(tr("Filed at"), filed);
    form->addRow(tr("Amount frozen"), amount);
    form->addRow(tr("Reason code"), reason);
    form->addRow(tr("Defence due"), due);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    auto currency = [&] {
        for (const Store &s : stores) {
            if (s.id == store->currentData().toLongLong())
                return Currency::fromCode(s.currency).value_or(Currency::of(u"USD"));
        }
        return Currency::of(u"USD");
    };
    auto prefillDue = [&] {
        const auto d = ChargebackRepository::defaultDefenceDue(m_context->db(), store->currentData().toLongLong(),
                                                               utc::toStore(filed->dateTime().toUTC()));
        if (d)
            due->setDateTime(utc::fromStore(*d).toLocalTime());
    };
    std::optional<Money> frozen;
    auto validate = [&] {
        QString why;
        frozen = Money::parse(amount->text().trimmed(), currency(), u'.', &why);
        if (caseId->text().trimmed().isEmpty())
            why = tr("Enter the chargeback's case ID");
        else if (!frozen)
            why = amount->text().trimmed().isEmpty() ? tr("Enter the amount frozen") : why;
        else if (frozen->minorUnits() <= 0)
            why = tr("The amount frozen must be more than 0");
        else if (due->dateTime() < filed->dateTime())
            why = tr("The defence deadline is before the chargeback was filed");
        problem->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    connect(filed, &QDateTimeEdit::dateTimeChanged, &dialog, [&] {
        prefillDue();
        validate();
    });
    connect(store, &QComboBox::currentIndexChanged, &dialog, [&] {
        prefillDue();
        validate();
    });
    for (QLineEdit *e : {caseId, amount})
        connect(e, &QLineEdit::textChanged, &dialog, validate);
    connect(due, &QDateTimeEdit::dateTimeChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    prefillDue();
    validate();
    if (dialog.exec() != QDialog::Accepted || !frozen)
        return;
    Chargeback c;
    c.storeId = store->currentData().toLongLong();
    c.caseId = caseId->text();
    c.orderId = orderId->text();
    c.filedUtc = utc::toStore(filed->dateTime().toUTC());
    c.currency = frozen->currency();
    c.frozenMinor = frozen->minorUnits();
    c.reasonCode = reason->text();
    c.defenceDueUtc = utc::toStore(due->dateTime().toUTC());
    QString error;
    const auto id = ChargebackRepository(m_context->db()).add(c, &error);
    afterAction(id.has_value(), error);
    if (id) {
        CaseFilter f = currentFilter();
        f.type = CaseFilter::Type::All;
        f.due = CaseFilter::Due::Any;
        f.text.clear();
        applyFilter(f, u"chargeback"_s, *id);
    }
}

void CasesPage::evidenceSettings()
{
    WorkspaceSettings settings(m_context->db());
    bool ok = false;
    const int mb = QInputDialog::getInt(this, tr("Evidence limit"),
                                        tr("Largest file that can be attached as evidence or a defence document (MB):"),
                                        int(settings.attachmentMaxBytes() / (1024 * 1024)), 1, 500, 1, &ok);
    if (!ok)
        return;
    QString error;
    if (!settings.setValue(WorkspaceSettings::AttachmentMaxBytes, QString::number(qint64(mb) * 1024 * 1024), &error))
        QMessageBox::warning(this, tr("Not saved"), error);
}

} // namespace sd::ui
