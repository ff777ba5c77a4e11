#include "templatespage.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "claims/claimrepository.h"
#include "pageheader.h"
#include "replies/replydrafter.h"
#include "replies/replyrenderer.h"
#include "replies/templaterepository.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

TemplatesPage::TemplatesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_key(new QLabel(this))
    , m_titleEn(new QLineEdit(this))
    , m_titleZh(new QLineEdit(this))
    , m_descriptionEn(new QLineEdit(this))
    , m_descriptionZh(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_versions(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QTableWidget(0, 2, this))
    , m_problems(new QLabel(this))
    , m_previewWith(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save as new version"), this))
    , m_discard(new QPushButton(tr("&Discard changes"), this))
    , m_restore(new QPushButton(tr("Restore &shipped wording"), this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_removeLanguage(new QPushButton(tr("Remove"), this))
    , m_offer(new QFrame(this))
    , m_offerText(new QLabel(this))
{
    auto *newButton = new QPushButton(tr("&New…"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    importButton->setToolTip(tr("Add or update templates from a library file another team shared"));
    exportButton->setToolTip(tr("Write the library as a JSON file to share with your team"));
    m_save->setToolTip(tr("Keeps the earlier versions; replies already sent keep the version they used (Ctrl+S)"));
    m_restore->setToolTip(tr("Make the wording SellerDesk ships the newest version again"));
    m_archive->setToolTip(tr("Hide a template of your own from the library and the reply editor"));
    m_list->setMinimumWidth(210);
    m_list->setSpacing(3);

    auto *libraryButtons = new QGridLayout;
    libraryButtons->addWidget(newButton, 0, 0);
    libraryButtons->addWidget(importButton, 0, 1);
    libraryButtons->addWidget(exportButton, 1, 0);
    libraryButtons->addWidget(m_archive, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(libraryButtons);

    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleZh->setPlaceholderText(tr("Optional: shown when SellerDesk runs in Chinese"));
    m_descriptionEn->setPlaceholderText(tr("When to use it"));
    m_descriptionZh->setPlaceholderText(tr("Optional"));
    auto *addLanguage = new QPushButton(tr("Add &language…"), this);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    languageRow->addWidget(addLanguage);
    languageRow->addWidget(m_removeLanguage);
    languageRow->addSpacing(12);
    languageRow->addWidget(new QLabel(tr("History:"), this));
    languageRow->addWidget(m_versions, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Key:"), m_key);
    auto *titles = new QHBoxLayout;
    titles->addWidget(m_titleEn, 1);
    titles->addWidget(m_titleZh, 1);
    auto *titleLabel = new QLabel(tr("&Title (English, 中文):"), this);
    titleLabel->setBuddy(m_titleEn);
    form->addRow(titleLabel, titles);
    auto *descriptions = new QHBoxLayout;
    descriptions->addWidget(m_descriptionEn, 1);
    descriptions->addWidget(m_descriptionZh, 1);
    auto *descriptionLabel = new QLabel(tr("&Description (English, 中文):"), this);
    descriptionLabel->setBuddy(m_descriptionEn);
    form->addRow(descriptionLabel, descriptions);
    auto *languageRowLabel = new QLabel(tr("Lan&guage:"), this);
    languageRowLabel->setBuddy(m_language);
    form->addRow(languageRowLabel, languageRow);

    m_body->setTabChangesFocus(true);
    m_preview->setReadOnly(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    m_placeholders->setHorizontalHeaderLabels({tr("Placeholder"), tr("Filled with")});
    m_placeholders->verticalHeader()->hide();
    m_placeholders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_placeholders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_placeholders->horizontalHeader()->setStretchLastSection(true);
    m_placeholders->setToolTip(tr("Double-click to insert at the cursor"));
    for (const auto &p : ReplyRenderer::placeholders()) {
        const int row = m_placeholders->rowCount();
        m_placeholders->insertRow(row);
        m_placeholders->setItem(row, 0, new QTableWidgetItem(u"{"_s + p.name + u"}"_s));
        auto *what = new QTableWidgetItem(ReplyRenderer::tr(p.description));
        what->setToolTip(what->text());
        m_placeholders->setItem(row, 1, what);
    }
    m_placeholders->setColumnWidth(0, 150);
    m_placeholders->verticalHeader()->setDefaultSectionSize(m_placeholders->fontMetrics().height() + 6);

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_body, 3);
    editorLayout->addWidget(m_problems);
    editorLayout->addWidget(new QLabel(tr("Placeholders (double-click to insert)"), this));
    editorLayout->addWidget(m_placeholders, 2);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(new QLabel(tr("Preview with:"), this));
    previewRow->addWidget(m_previewWith, 1);
    previewLayout->addLayout(previewRow);
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(editorBox);
    split->addWidget(previewBox);
    split->setChildrenCollapsible(false);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_discard);
    saveRow->addStretch();
    saveRow->addWidget(m_restore);

    // The offer of a newer shipped wording, above the editor.
    auto *offerFrame = static_cast<QFrame *>(m_offer);
    offerFrame->setFrameShape(QFrame::StyledPanel);
    offerFrame->setStyleSheet(u"QFrame { background: #fff8e1; }"_s);
    m_offerText->setWordWrap(true);
    auto *showOffered = new QPushButton(tr("Show the new wording"), m_offer);
    auto *useOffered = new QPushButton(tr("Use the new wording"), m_offer);
    auto *keepMine = new QPushButton(tr("Keep mine"), m_offer);
    showOffered->setToolTip(tr("Open the shipped wording in the editor, to compare; save it to use it"));
    useOffered->setToolTip(tr("Make the shipped wording the newest version (yours stays in the history)"));
    keepMine->setToolTip(tr("Keep your wording; this shipped wording is not offered again"));
    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(showOffered);
    offerLayout->addWidget(useOffered);
    offerLayout->addWidget(keepMine);
    m_offer->setVisible(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_offer);
    rightLayout->addLayout(form);
    rightLayout->addWidget(split, 1);
    rightLayout->addLayout(saveRow);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 4);
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Reply Templates"),
            tr("The replies staff send to buyers, in each buyer's language. Placeholders in braces are "
               "filled from the claim; every saved edit is a new version, and built-in templates can be "
               "restored to the shipped wording."),
            this));
    layout->addWidget(main, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        if (!confirmDiscard()) {
            m_loading = true;
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i)->data(Qt::UserRole).toString() == m_working.key)
                    m_list->setCurrentRow(i);
            }
            m_loading = false;
            return;
        }
        templateSelected();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatesPage::languageSelected);
    connect(m_versions, &QComboBox::activated, this, &TemplatesPage::versionChosen);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplatesPage::bodyEdited);
    for (QLineEdit *edit : {m_titleEn, m_titleZh, m_descriptionEn, m_descriptionZh}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_working.title = {m_titleEn->text().trimmed(), m_titleZh->text().trimmed()};
            m_working.description = {m_descriptionEn->text().trimmed(), m_descriptionZh->text().trimmed()};
            m_modified = true;
            updateState();
        });
    }
    connect(m_placeholders, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        m_body->insertPlainText(m_placeholders->item(row, 0)->text());
        m_body->setFocus();
    });
    connect(m_previewWith, &QComboBox::currentIndexChanged, this, &TemplatesPage::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_stored)
            load(*m_stored, false);
    });
    connect(m_restore, &QPushButton::clicked, this, &TemplatesPage::restore);
    connect(showOffered, &QPushButton::clicked, this, &TemplatesPage::showOffered);
    connect(useOffered, &QPushButton::clicked, this, &TemplatesPage::restore);
    connect(keepMine, &QPushButton::clicked, this, &TemplatesPage::keepMine);
    connect(m_archive, &QPushButton::clicked, this, &TemplatesPage::archive);
    connect(newButton, &QPushButton::clicked, this, &TemplatesPage::newTemplate);
    connect(addLanguage, &QPushButton::clicked, this, &TemplatesPage::addLanguage);
    connect(m_removeLanguage, &QPushButton::clicked, this, &TemplatesPage::removeLanguage);
    connect(importButton, &QPushButton::clicked, this, &TemplatesPage::importLibrary);
    connect(exportButton, &QPushButton::clicked, this, &TemplatesPage::exportLibrary);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &TemplatesPage::save);
    connect(m_context, &AppContext::claimsChanged, this, &TemplatesPage::fillPreviewClaims);
    connect(m_context, &AppContext::storesChanged, this, &TemplatesPage::fillPreviewClaims);
    connect(m_context, &AppContext::templatesChanged, this, [this] {
        if (!m_modified)
            reload(m_working.key);
    });

    fillPreviewClaims();
    reload();
}

void TemplatesPage::fillPreviewClaims()
{
    const QVariant current = m_previewWith->currentData();
    m_loading = true;
    m_previewWith->clear();
    m_previewWith->addItem(tr("A sample claim"), qint64(0));
    QSqlQuery q(m_context->db());
    q.prepare(u"SELECT id FROM claims ORDER BY opened_utc DESC, id DESC LIMIT 30"_s);
    const ClaimRepository claims(m_context->db());
    if (q.exec()) {
        while (q.next()) {
            const auto c = claims.byId(q.value(0).toLongLong());
            if (c)
                m_previewWith->addItem(tr("Claim %1 · %2 · %3").arg(c->id).arg(c->buyerName, c->orderId), c->id);
        }
    }
    m_previewWith->setCurrentIndex(std::max(0, m_previewWith->findData(current)));
    m_loading = false;
    updatePreview();
}

void TemplatesPage::reload(const QString &selectKey)
{
    const QString key = selectKey.isEmpty() ? m_working.key : selectKey;
    m_loading = true;
    m_list->clear();
    const TemplateRepository repo(m_context->db());
    const QStringList offered = repo.offeredUpdates();
    for (const ReplyTemplate &t : repo.list()) {
        QString text = tr("%1\nv%2 · %3").arg(t.title.text()).arg(t.version).arg(t.builtin ? tr("built in") : tr("your own"));
        if (offered.contains(t.key))
            text += u" · "_s + tr("new wording offered");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, t.key);
        item->setToolTip(t.description.text());
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == key)
            row = i;
    }
    m_list->setCurrentRow(m_list->count() > 0 ? row : -1);
    m_loading = false;
    templateSelected();
}

void TemplatesPage::templateSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    const auto t = item ? TemplateRepository(m_context->db()).current(item->data(Qt::UserRole).toString())
                        : std::nullopt;
    m_stored = t;
    m_offered = t && t->builtin && TemplateRepository(m_context->db()).offeredUpdate(t->key);
    m_offerText->setText(tr("SellerDesk ships a new wording of this template. Your edited version stays in use "
                            "until you choose."));
    if (t)
        load(*t, false);
    updateState();
}

void TemplatesPage::load(const ReplyTemplate &t, bool modified)
{
    m_loading = true;
    const QString previousLanguage = m_language->currentData().toString();
    m_working = t;
    m_key->setText(t.key);
    m_titleEn->setText(t.title.en);
    m_titleZh->setText(t.title.zh);
    m_descriptionEn->setText(t.description.en);
    m_descriptionZh->setText(t.description.zh);
    m_language->clear();
    QStringList codes = t.texts.keys();
    std::stable_sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return (a == u"en"_s ? 0 : 1) < (b == u"en"_s ? 0 : 1);
    });
    for (const QString &code : std::as_const(codes))
        m_language->addItem(languageLabel(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(previousLanguage)));
    m_versions->clear();
    for (const ReplyTemplate &v : TemplateRepository(m_context->db()).history(t.key)) {
        const QString origin = v.origin == u"builtin"_s ? tr("shipped")
                : v.origin == u"restored"_s             ? tr("restored")
                : v.origin == u"imported"_s             ? tr("imported")
                                                        : tr("edited");
        m_versions->addItem(tr("v%1 · %2 · %3 · %4")
                                    .arg(v.version)
                                    .arg(origin, utc::displayLocal(v.createdUtc), v.createdBy),
                            v.version);
    }
    m_loading = false;
    m_modified = modified;
    languageSelected();
}

void TemplatesPage::languageSelected()
{
    if (m_loading)
        return;
    const QString lang = m_language->currentData().toString();
    m_loading = true;
    followTextDirection(m_body, lang);
    m_body->setPlainText(m_working.texts.value(lang));
    m_loading = false;
    updateState();
}

void TemplatesPage::bodyEdited()
{
    if (m_loading)
        return;
    const QString lang = m_language->currentData().toString();
    if (lang.isEmpty())
        return;
    m_working.texts.insert(lang, m_body->toPlainText());
    m_modified = true;
    updateState();
}

void TemplatesPage::updateState()
{
    const bool has = !m_working.key.isEmpty();
    const QString lang = m_language->currentData().toString();
    // The template's own problems, marked in the editor.
    const auto problems = ReplyRenderer::check(m_body->toPlainText());
    markProblems(m_body, problems);
    QStringList lines;
    for (const ReplyRenderer::Problem &p : problems) {
        lines << tr("Line %1, column %2: %3.").arg(p.line).arg(p.column).arg(p.message());
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    const bool sameAsStored = m_stored && m_stored->sameContent(m_working);
    m_save->setEnabled(has && m_modified && !sameAsStored && problems.isEmpty());
    m_save->setText(m_stored ? tr("&Save as version %1").arg(m_stored->version + 1) : tr("&Save"));
    m_discard->setEnabled(has && m_modified);
    m_restore->setVisible(m_stored && m_stored->builtin);
    m_offer->setVisible(m_offered && m_stored);
    m_archive->setEnabled(m_stored && !m_stored->builtin);
    m_removeLanguage->setEnabled(has && m_working.texts.size() > 1 && !lang.isEmpty());
    updatePreview();
}

void TemplatesPage::updatePreview()
{
    if (m_loading)
        return;
    const QString lang = m_language->currentData().toString();
    const qint64 claimId = m_previewWith->currentData().toLongLong();
    ReplyRenderer::Values values;
    const ReplyDrafter drafter(m_context->db());
    const QString agent = drafter.agentName().isEmpty() ? tr("Your name") : drafter.agentName();
    if (claimId > 0) {
        if (const auto c = ClaimRepository(m_context->db()).byId(claimId))
            values = drafter.values(*c, lang, agent);
    } else {
        // A buyer in the language being edited, with every value filled.
        const QString region = lang.section(u'_', 1);
        const QLocale locale = ReplyRenderer::buyerLocale(lang.section(u'_', 0, 0), region.size() == 2 ? region : QString());
        const Currency usd = Currency::of(u"USD");
        const auto stores = StoreRepository(m_context->db()).all(false);
        values = {{u"buyer_name"_s, u"Ana Souza"_s},
                  {u"order_id"_s, u"3038417704016624"_s},
                  {u"product"_s, u"Glass flower vase 20 cm"_s}, // a product name, as orders hold it
                  {u"quantity"_s, locale.toString(2)},
                  {u"refund_amount"_s, Money(3798, usd).formatFor(locale)},
                  {u"coupon_code"_s, u"SORRY5"_s},
                  {u"coupon_value"_s, Money(500, usd).formatFor(locale)},
                  {u"coupon_min_spend"_s, Money(2000, usd).formatFor(locale)},
                  {u"coupon_expiry"_s, ReplyRenderer::formatDate(QDate::currentDate().addMonths(2), locale)},
                  {u"tracking_number"_s, u"LP00482101CN"_s},
                  {u"store_name"_s, stores.isEmpty() ? tr("Your store") : stores.first().name},
                  {u"agent_name"_s, agent}};
    }
    const auto r = ReplyRenderer::render(m_body->toPlainText(), values);
    followTextDirection(m_preview, lang);
    m_preview->setPlainText(r.text);
    markProblems(m_preview, r.problems);
}

bool TemplatesPage::confirmDiscard()
{
    if (!m_modified || (m_stored && m_stored->sameContent(m_working)))
        return true;
    const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Template \"%1\" has changes that are not saved. Discard them?").arg(m_working.key),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void TemplatesPage::save()
{
    if (!m_save->isEnabled())
        return;
    QString error;
    const auto version = TemplateRepository(m_context->db()).save(m_working, &error);
    if (!version) {
        QMessageBox::warning(this, tr("Template not saved"), error);
        return;
    }
    m_modified = false;
    const QString key = m_working.key;
    reload(key);
    m_context->notifyTemplatesChanged();
}

void TemplatesPage::newTemplate()
{
    if (!confirmDiscard())
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("New template"),
                                              tr("A short key, lower-case letters, digits and _ (e.g. delay_apology):"),
                                              QLineEdit::Normal, QString(), &ok)
                                .trimmed();
    if (!ok || key.isEmpty())
        return;
    if (const QString why = ReplyTemplateJson::checkKey(key); !why.isEmpty()) {
        QMessageBox::warning(this, tr("New template"), why);
        return;
    }
    if (TemplateRepository(m_context->db()).current(key)) {
        QMessageBox::warning(this, tr("New template"), tr("There is already a template \"%1\".").arg(key));
        return;
    }
    ReplyTemplate t;
    t.key = key;
    t.title.en = key;
    // The start of an English reply (buyer-facing text, not part of the interface).
    t.texts.insert(u"en"_s, u"Dear {buyer_name},\n\n\n\nBest regards,\n{agent_name}\n{store_name}"_s);
    m_stored.reset();
    m_loading = true;
    m_list->clearSelection();
    m_loading = false;
    load(t, true);
    m_titleEn->setFocus();
    m_titleEn->selectAll();
}

void TemplatesPage::addLanguage()
{
    bool ok = false;
    const QString code = ReplyTemplateJson::normalizeLanguage(
            QInputDialog::getText(this, tr("Add a language"), tr("Language code (e.g. de, it, pt_BR, es_419):"),
                                  QLineEdit::Normal, QString(), &ok));
    if (!ok || code.isEmpty())
        return;
    if (const QString why = ReplyTemplateJson::checkLanguage(code); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Add a language"), why);
        return;
    }
    if (!m_working.texts.contains(code)) {
        // Start from the English text, to translate in place.
        m_working.texts.insert(code, m_working.texts.value(u"en"_s, m_working.texts.isEmpty()
                                                                          ? QString()
                                                                          : m_working.texts.first()));
        m_modified = true;
        m_language->addItem(languageLabel(code), code);
    }
    m_language->setCurrentIndex(m_language->findData(code));
}

void TemplatesPage::removeLanguage()
{
    const QString lang = m_language->currentData().toString();
    if (m_working.texts.size() <= 1 || lang.isEmpty())
        return;
    m_working.texts.remove(lang);
    m_modified = true;
    m_loading = true;
    m_language->removeItem(m_language->currentIndex());
    m_loading = false;
    languageSelected();
}

void TemplatesPage::versionChosen()
{
    const int version = m_versions->currentData().toInt();
    if (!m_stored || version == m_stored->version)
        return;
    if (!confirmDiscard())
        return;
    if (const auto old = TemplateRepository(m_context->db()).version(m_working.key, version)) {
        ReplyTemplate t = *old;
        t.version = m_stored->version;
        load(t, true);
        m_versions->setCurrentIndex(m_versions->findData(version));
        m_problems->setText(tr("Showing version %1: save to make it the newest version again.").arg(version));
        m_problems->setStyleSheet(QString());
        m_problems->setVisible(true);
    }
}

void TemplatesPage::restore()
{
    if (!m_stored || !m_stored->builtin || !confirmDiscard())
        return;
    QString error;
    const auto version = TemplateRepository(m_context->db()).restoreBuiltin(m_stored->key, &error);
    if (!version) {
        QMessageBox::warning(this, tr("Not restored"), error);
        return;
    }
    m_modified = false;
    reload(m_stored->key);
    m_context->notifyTemplatesChanged();
}

void TemplatesPage::showOffered()
{
    if (!m_stored || !confirmDiscard())
        return;
    if (const auto shipped = TemplateRepository(m_context->db()).offeredUpdate(m_stored->key)) {
        ReplyTemplate t = *shipped;
        t.version = m_stored->version;
        load(t, true);
        m_problems->setText(tr("Showing the new shipped wording: save it to use it, or discard the changes to keep "
                               "yours."));
        m_problems->setStyleSheet(QString());
        m_problems->setVisible(true);
    }
}

void TemplatesPage::keepMine()
{
    if (!m_stored)
        return;
    QString error;
    if (!TemplateRepository(m_context->db()).keepEdited(m_stored->key, &error)) {
        QMessageBox::warning(this, tr("Keep mine"), error);
        return;
    }
    reload(m_stored->key);
}

void TemplatesPage::archive()
{
    if (!m_stored || m_stored->builtin)
        return;
    const auto answer = QMessageBox::question(this, tr("Archive template"),
                                              tr("Hide \"%1\" from the library? Replies already sent keep it.")
                                                      .arg(m_stored->title.text()));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!TemplateRepository(m_context->db()).setArchived(m_stored->key, true, &error)) {
        QMessageBox::warning(this, tr("Not archived"), error);
        return;
    }
    m_modified = false;
    m_working = {};
    reload();
    m_context->notifyTemplatesChanged();
}

void TemplatesPage::importLibrary()
{
    if (!confirmDiscard())
        return;
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Import a template library"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Template library (*.json)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Not imported"), tr("%1: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
        return;
    }
    QString error;
    const auto s = TemplateRepository(m_context->db()).importJson(f.readAll(), QDir::toNativeSeparators(file), &error);
    if (!s) {
        QMessageBox::warning(this, tr("Not imported"), tr("Nothing was changed.\n\n%1").arg(error));
        return;
    }
    m_modified = false;
    reload();
    m_context->notifyTemplatesChanged();
    QMessageBox::information(this, tr("Library imported"),
                             tr("%1 added, %2 updated (each as a new version), %3 unchanged.")
                                     .arg(s->added)
                                     .arg(s->updated)
                                     .arg(s->unchanged));
}

void TemplatesPage::exportLibrary()
{
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the template library"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"reply-templates.json"_s),
            tr("Template library (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(TemplateRepository(m_context->db()).exportJson()) < 0 || !f.commit()) {
        QMessageBox::warning(this, tr("Not exported"), tr("%1: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
        return;
    }
}

} // namespace sd::ui
