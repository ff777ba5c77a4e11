#include "claimspage.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "claimdialogs.h"
#include "claims/claimrepository.h"
#include "claims/claimterms.h"
#include "core/countries.h"
#include "pageheader.h"
#include "replyeditor.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

QString money(const std::optional<Money> &m)
{
    return m ? m->format().toHtmlEscaped() : QString();
}

} // namespace

ClaimsPage::ClaimsPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ClaimsTableModel(context->db(), this))
    , m_search(new QLineEdit(this))
    , m_view(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QStackedWidget(this))
    , m_editor(new ReplyEditor(context, this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search order, buyer, product or the buyer's words"));
    m_search->setClearButtonEnabled(true);
    m_view->addItem(tr("Open claims"), u"open"_s);
    m_view->addItem(tr("Waiting for a reply"), u"reply"_s);
    for (const QString &state : ClaimTerms::states())
        m_view->addItem(ClaimTerms::stateLabel(state), state);
    m_view->addItem(tr("All claims"), u"all"_s);
    auto *newButton = new QPushButton(tr("&New claim…"), this);
    newButton->setToolTip(tr("Record a buyer's damage claim with its photos"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_view, 1);
    filters->addWidget(m_count);
    filters->addStretch();
    filters->addWidget(newButton);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false); // the default order (reply owed first) is not a column's
    m_table->horizontalHeader()->setSectionsClickable(true);
    const QList<std::pair<int, int>> widths{
            {ClaimsTableModel::OpenedColumn, 80}, {ClaimsTableModel::StoreColumn, 105},
            {ClaimsTableModel::OrderColumn, 140},  {ClaimsTableModel::BuyerColumn, 125},
            {ClaimsTableModel::ProductColumn, 160}, {ClaimsTableModel::QuantityColumn, 40},
            {ClaimsTableModel::CauseColumn, 110},  {ClaimsTableModel::StateColumn, 105},
            {ClaimsTableModel::ResolutionColumn, 125}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        const auto *header = m_table->horizontalHeader();
        const Qt::SortOrder order = header->isSortIndicatorShown() && header->sortIndicatorSection() == column
                        && header->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        m_table->horizontalHeader()->setSortIndicatorShown(true);
        m_table->horizontalHeader()->setSortIndicator(column, order);
        const qint64 id = selectedId();
        m_model->sort(column, order);
        select(id);
    });

    // The claim's detail.
    auto *detail = new QWidget(this);
    m_title = new QLabel(detail);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(detail);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_photos = new AttachmentStrip(detail);
    m_photos->setInAppImages(true);
    m_photos->setToolTip(tr("Double-click or press Enter to see a photo at full size"));
    m_timeline = makeTimelineTable(detail);
    m_timeline->setMinimumHeight(140);
    m_evidence = new QPushButton(tr("Ask for &evidence"), detail);
    m_review = new QPushButton(tr("Sub&mit for review"), detail);
    m_resolve = new QPushButton(tr("&Resolve…"), detail);
    m_close = new QPushButton(tr("Clo&se"), detail);
    m_verify = new QPushButton(tr("&Verification…"), detail);
    m_addPhotos = new QPushButton(tr("Add p&hotos…"), detail);
    m_edit = new QPushButton(tr("E&dit details…"), detail);
    m_evidence->setToolTip(tr("Waiting for the buyer's photos or description (Alt+E)"));
    m_review->setToolTip(tr("The photos are with the platform, which verifies the damage (Alt+M)"));
    m_resolve->setToolTip(tr("Refund, partial refund, reship, coupon or reject (Alt+R)"));
    m_close->setToolTip(tr("Nothing more to do on this claim (Alt+S)"));
    m_verify->setToolTip(tr("What the platform's verification found (Alt+V)"));
    m_edit->setToolTip(tr("What was damaged, the cause, the buyer's language and the packaging used (Alt+D)"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_evidence, 0, 0);
    buttons->addWidget(m_review, 0, 1);
    buttons->addWidget(m_resolve, 0, 2);
    buttons->addWidget(m_close, 0, 3);
    buttons->addWidget(m_verify, 1, 0);
    buttons->addWidget(m_addPhotos, 1, 1);
    buttons->addWidget(m_edit, 1, 2);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 8, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_facts);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(new QLabel(tr("The buyer's photos"), detail));
    detailLayout->addWidget(m_photos);
    detailLayout->addWidget(new QLabel(tr("Timeline"), detail));
    detailLayout->addWidget(m_timeline, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *empty = new QLabel(tr("No claim is selected. When a buyer reports an item that arrived damaged, "
                                "record it with New claim and add the buyer's photos."),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_detail->addWidget(empty);
    m_detail->addWidget(scroll);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_detail);
    lower->addWidget(m_editor);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({230, 420});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Damage Claims"),
            tr("Buyers' claims for goods that arrived damaged: collect the photos, follow the "
               "platform's verification, settle, and answer the buyer in their language. Claims "
               "owed a reply come first."),
            this));
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ClaimsPage::filterControlsChanged);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_view, &QComboBox::currentIndexChanged, this, &ClaimsPage::filterControlsChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClaimsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        else
            showDetail();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClaimsPage::updateCount);
    connect(newButton, &QPushButton::clicked, this, &ClaimsPage::newClaim);
    connect(m_edit, &QPushButton::clicked, this, &ClaimsPage::editClaim);
    connect(m_addPhotos, &QPushButton::clicked, this, &ClaimsPage::addPhotos);
    connect(m_evidence, &QPushButton::clicked, this, [this] { move(u"awaiting_evidence"_s); });
    connect(m_review, &QPushButton::clicked, this, [this] { move(u"under_review"_s); });
    connect(m_close, &QPushButton::clicked, this, [this] { move(u"closed"_s); });
    connect(m_resolve, &QPushButton::clicked, this, &ClaimsPage::resolve);
    connect(m_verify, &QPushButton::clicked, this, &ClaimsPage::verification);
    connect(m_photos, &AttachmentStrip::photoActivated, this,
            [this](const QStringList &paths, const QStringList &names, int index) {
                PhotoViewer viewer(paths, names, index, this);
                viewer.exec();
            });
    auto *copy = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, m_editor, &ReplyEditor::copyForSending);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_context, &AppContext::currentStoreChanged, this, &ClaimsPage::filterControlsChanged);
    connect(m_context, &AppContext::storesChanged, m_model, &ClaimsTableModel::refresh);
    connect(m_context, &AppContext::ordersChanged, this, &ClaimsPage::showDetail);
    connect(m_context, &AppContext::claimsChanged, this, [this] {
        // One detail refresh (its photos are decoded) once the list is back in place.
        const qint64 id = selectedId();
        m_refreshing = true;
        m_model->refresh();
        select(id);
        m_refreshing = false;
        showDetail();
    });
    connect(m_context, &AppContext::claimsRequested, this, &ClaimsPage::applyFilter);

    // The view chosen survives a restart.
    QSettings settings;
    const int saved = m_view->findData(settings.value(u"claims/view"_s, u"open"_s).toString());
    m_view->setCurrentIndex(std::max(0, saved));
    filterControlsChanged();
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

ClaimFilter ClaimsPage::currentFilter() const
{
    ClaimFilter f;
    f.storeId = m_context->currentStoreId();
    f.text = m_search->text().trimmed();
    const QString view = m_view->currentData().toString();
    if (view == u"open"_s)
        f.view = ClaimFilter::View::Open;
    else if (view == u"reply"_s)
        f.view = ClaimFilter::View::AwaitingReply;
    else if (view == u"all"_s)
        f.view = ClaimFilter::View::All;
    else {
        f.view = ClaimFilter::View::State;
        f.state = view;
    }
    return f;
}

void ClaimsPage::filterControlsChanged()
{
    if (m_settingControls)
        return;
    QSettings().setValue(u"claims/view"_s, m_view->currentData().toString());
    m_table->setColumnHidden(ClaimsTableModel::StoreColumn, m_context->currentStoreId() != 0);
    const qint64 id = selectedId();
    m_refreshing = true;
    m_model->setFilter(currentFilter());
    select(id);
    m_refreshing = false;
    showDetail();
    updateCount();
}

void ClaimsPage::applyFilter(const ClaimFilter &filter, qint64 claimId)
{
    m_settingControls = true;
    m_search->setText(filter.text);
    QString view = u"open"_s;
    if (filter.view == ClaimFilter::View::AwaitingReply)
        view = u"reply"_s;
    else if (filter.view == ClaimFilter::View::All)
        view = u"all"_s;
    else if (filter.view == ClaimFilter::View::State)
        view = filter.state;
    m_view->setCurrentIndex(std::max(0, m_view->findData(view)));
    m_settingControls = false;
    m_refreshing = true;
    m_model->setFilter(currentFilter());
    if (claimId > 0)
        select(claimId);
    m_refreshing = false;
    showDetail();
    updateCount();
}

void ClaimsPage::updateCount()
{
    m_count->setText(tr("%n claim(s)", nullptr, int(m_model->matchCount())));
}

qint64 ClaimsPage::selectedId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ClaimsTableModel::IdRole).toLongLong() : 0;
}

void ClaimsPage::select(qint64 claimId)
{
    if (claimId <= 0)
        return;
    int row = m_model->rowOf(claimId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(claimId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void ClaimsPage::showDetail()
{
    if (m_refreshing)
        return;
    const qint64 id = selectedId();
    const ClaimRepository repo(m_context->db());
    const auto c = id > 0 ? repo.byId(id) : std::nullopt;
    if (!c) {
        m_detail->setCurrentIndex(0);
        m_editor->setClaim(std::nullopt);
        return;
    }
    m_detail->setCurrentIndex(1);
    const auto store = StoreRepository(m_context->db()).byId(c->storeId);
    m_title->setText(tr("Claim %1 · %2").arg(c->id).arg(ClaimTerms::stateLabel(c->state)));
    QString rows;
    rows += factRow(tr("Store"), (store ? store->name : QString()).toHtmlEscaped());
    QString order = c->orderId.toHtmlEscaped();
    if (c->orderRef == 0 && !c->orderId.isEmpty())
        order += u" <i>"_s + tr("(not imported yet: linked when it is)").toHtmlEscaped() + u"</i>"_s;
    if (!c->childId.isEmpty())
        order += u" · "_s + tr("line %1").arg(c->childId).toHtmlEscaped();
    rows += factRow(tr("Order"), order);
    QString buyer = c->buyerName.toHtmlEscaped();
    if (!c->buyerCountry.isEmpty())
        buyer += u" · "_s + Countries::displayName(c->buyerCountry).toHtmlEscaped();
    if (!c->buyerLanguage.isEmpty())
        buyer += u" · "_s + tr("writes in %1").arg(buyerLanguageName(c->buyerLanguage)).toHtmlEscaped();
    rows += factRow(tr("Buyer"), buyer);
    rows += factRow(tr("Opened"), utc::displayLocal(c->openedUtc).toHtmlEscaped());
    rows += factRow(tr("Damaged"), tr("%1 · %n unit(s)", nullptr, c->quantityAffected).arg(c->damagedItem).toHtmlEscaped());
    if (!c->productName.isEmpty() && c->productName != c->damagedItem)
        rows += factRow(tr("Product"), c->productName.toHtmlEscaped());
    if (!c->description.isEmpty())
        rows += factRow(tr("Buyer's words"), u"<i>"_s + c->description.toHtmlEscaped() + u"</i>"_s);
    rows += factRow(tr("Cause"), ClaimTerms::causeLabel(c->cause).toHtmlEscaped());
    rows += factRow(tr("Verification"), ClaimTerms::verificationLabel(c->verification).toHtmlEscaped());
    if (!c->resolution.isEmpty()) {
        QString settled = ClaimTerms::resolutionLabel(c->resolution).toHtmlEscaped();
        if (c->refund())
            settled += u" "_s + money(c->refund());
        if (c->coupon()) {
            settled += u" · "_s + tr("coupon %1 worth %2").arg(c->couponCode, c->coupon()->format()).toHtmlEscaped();
            if (const auto minSpend = c->couponMinSpend(); minSpend && c->couponExpiry.isValid())
                settled += u", "_s
                        + tr("on orders of %1 or more, until %2")
                                  .arg(minSpend->format(), QLocale().toString(c->couponExpiry, QLocale::ShortFormat))
                                  .toHtmlEscaped();
            else
                settled += u" <i>"_s
                        + tr("(its minimum spend and last day are not recorded: Edit details)").toHtmlEscaped()
                        + u"</i>"_s;
        }
        if (!c->reshipTracking.isEmpty())
            settled += u" · "_s + tr("tracking %1").arg(c->reshipTracking).toHtmlEscaped();
        else if (c->resolution == u"reship"_s)
            settled += u" · <i>"_s + tr("tracking not recorded yet: Edit details").toHtmlEscaped() + u"</i>"_s;
        rows += factRow(tr("Resolution"), settled);
    }
    QStringList packaging;
    if (!c->cartonFit.isEmpty())
        packaging << ClaimTerms::cartonFitLabel(c->cartonFit);
    if (!c->filler.isEmpty())
        packaging << ClaimTerms::fillerLabel(c->filler);
    if (c->fragileLabel)
        packaging << (*c->fragileLabel ? tr("fragile label") : tr("no fragile label"));
    QString packagingHtml = packaging.isEmpty() ? tr("not recorded").toHtmlEscaped()
                                                : packaging.join(u" · "_s).toHtmlEscaped();
    if (!c->packagingNote.isEmpty())
        packagingHtml += u"<br><b>"_s + tr("Follow-up:").toHtmlEscaped() + u"</b> "_s + c->packagingNote.toHtmlEscaped();
    rows += factRow(tr("Packaging"), packagingHtml);
    if (!c->disputeIssueId.isEmpty())
        rows += factRow(tr("Dispute"), c->disputeIssueId.toHtmlEscaped()
                                               + (c->disputeRef ? QString() : u" <i>"_s + tr("(not imported)").toHtmlEscaped() + u"</i>"_s));
    if (c->awaitsReply())
        rows += factRow(tr("Reply"), u"<b style=\"color:#b26a00\">%1</b>"_s.arg(
                                             tr("owed: the claim changed since the buyer last heard from you").toHtmlEscaped()));
    m_facts->setText(u"<table>"_s + rows + u"</table>"_s);
    m_photos->show(m_context->db(), repo.photos(c->id));
    fillTimeline(m_timeline, repo.timeline(c->id));

    const QStringList next = ClaimTerms::nextStates(c->state);
    m_evidence->setEnabled(next.contains(u"awaiting_evidence"_s));
    m_review->setEnabled(next.contains(u"under_review"_s));
    m_resolve->setEnabled(next.contains(u"resolved"_s));
    m_close->setEnabled(next.contains(u"closed"_s));
    for (QPushButton *b : {m_verify, m_addPhotos, m_edit})
        b->setEnabled(c->isOpen());
    m_edit->setToolTip(c->resolution.isEmpty()
                               ? tr("What was damaged, the cause, the buyer's language and the packaging used (Alt+D)")
                               : tr("The claim's facts, and the settlement's tracking number or coupon terms (Alt+D)"));
    m_editor->setClaim(c);
}

void ClaimsPage::afterAction(bool ok, const QString &error)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Claim not changed"), error);
        return;
    }
    m_context->notifyClaimsChanged();
}

void ClaimsPage::newClaim()
{
    ClaimDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ClaimRepository repo(m_context->db());
    QString error;
    const auto id = repo.add(dialog.claim(), &error);
    if (!id) {
        QMessageBox::warning(this, tr("Claim not recorded"), error);
        return;
    }
    QStringList failed;
    for (const QString &path : dialog.photoPaths()) {
        if (!repo.attachPhoto(*id, path, &error))
            failed << error;
    }
    m_context->notifyClaimsChanged();
    select(*id);
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Some photos were not added"),
                             tr("The claim is recorded; these photos were not added:\n%1").arg(failed.join(u'\n')));
}

void ClaimsPage::editClaim()
{
    const auto c = ClaimRepository(m_context->db()).byId(selectedId());
    if (!c)
        return;
    ClaimDialog dialog(m_context, c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool ok = ClaimRepository(m_context->db()).update(dialog.claim(), &error);
    afterAction(ok, error);
}

void ClaimsPage::addPhotos()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("The buyer's photos"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
    if (files.isEmpty())
        return;
    QStringList failed;
    ClaimRepository repo(m_context->db());
    for (const QString &f : files) {
        QString error;
        if (!repo.attachPhoto(id, f, &error))
            failed << error;
    }
    m_context->notifyClaimsChanged();
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Some photos were not added"), failed.join(u'\n'));
}

void ClaimsPage::move(const QString &to)
{
    const auto c = ClaimRepository(m_context->db()).byId(selectedId());
    if (!c)
        return;
    ClaimRepository repo(m_context->db());
    if (const QString why = repo.refuseMove(*c, to, {}); !why.isEmpty()) {
        QMessageBox::information(this, tr("Not possible yet"), why);
        return;
    }
    QString error;
    const bool ok = repo.move(c->id, to, {}, {}, &error);
    afterAction(ok, error);
}

void ClaimsPage::resolve()
{
    const auto c = ClaimRepository(m_context->db()).byId(selectedId());
    if (!c)
        return;
    if (const QString why = ClaimTerms::refuseTransition(c->state, u"resolved"_s); !why.isEmpty()) {
        QMessageBox::information(this, tr("Not possible yet"), why);
        return;
    }
    ResolveDialog dialog(m_context, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool ok = ClaimRepository(m_context->db()).move(c->id, u"resolved"_s, dialog.settlement(), dialog.note(), &error);
    afterAction(ok, error);
}

void ClaimsPage::verification()
{
    const auto c = ClaimRepository(m_context->db()).byId(selectedId());
    if (!c)
        return;
    QStringList labels;
    for (const QString &code : ClaimTerms::verifications())
        labels << ClaimTerms::verificationLabel(code);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Platform verification"),
                                                 tr("What did the platform's verification find?"), labels,
                                                 int(ClaimTerms::verifications().indexOf(c->verification)), false, &ok);
    if (!ok)
        return;
    QString error;
    const QString code = ClaimTerms::verifications().value(labels.indexOf(chosen));
    afterAction(ClaimRepository(m_context->db()).setVerification(c->id, code, &error), error);
}

} // namespace sd::ui
