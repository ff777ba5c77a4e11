#include "replyeditor.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "replies/replydrafter.h"
#include "replies/templaterepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

ReplyEditor::ReplyEditor(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_agent(new QLineEdit(this))
    , m_draft(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy for sending"), this))
    , m_reset(new QPushButton(tr("Start &over"), this))
{
    m_template->setToolTip(tr("Suggested from where the claim stands; choose another if it fits better"));
    m_language->setToolTip(tr("Suggested from the buyer's language, else their country"));
    m_agent->setPlaceholderText(tr("Your name, as you sign replies"));
    m_agent->setToolTip(tr("Fills {agent_name}; saved for your user in this workspace"));
    m_copy->setToolTip(tr("Copy the reply to the clipboard and save it on the claim's timeline (Ctrl+Shift+C)"));
    m_reset->setToolTip(tr("Render the template again, discarding your edits"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_draft->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Sign &as:"), m_agent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(tr("Reply to the buyer").toHtmlEscaped()), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_draft, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_agent->setText(ReplyDrafter(m_context->db()).agentName());
    connect(m_template, &QComboBox::activated, this, [this] {
        if (confirmDiscard())
            templateChosen();
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        if (confirmDiscard())
            render();
    });
    connect(m_agent, &QLineEdit::editingFinished, this, [this] {
        ReplyDrafter drafter(m_context->db());
        if (m_agent->text().trimmed() == drafter.agentName())
            return;
        QString error;
        if (!drafter.setAgentName(m_agent->text(), &error))
            QMessageBox::warning(this, tr("Sign as"), error);
        if (!m_edited)
            render();
    });
    connect(m_draft, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_rendering)
            m_edited = true;
        checkDraft();
    });
    connect(m_copy, &QPushButton::clicked, this, &ReplyEditor::copyForSending);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_edited = false;
        render();
    });
    connect(m_context, &AppContext::templatesChanged, this, [this] {
        reloadTemplates();
        if (!m_edited)
            templateChosen();
    });
    reloadTemplates();
    setClaim(std::nullopt);
}

void ReplyEditor::reloadTemplates()
{
    const QString current = m_template->currentData().toString();
    m_template->clear();
    for (const ReplyTemplate &t : TemplateRepository(m_context->db()).list())
        m_template->addItem(tr("%1 (v%2)").arg(t.title.text()).arg(t.version), t.key);
    const int i = m_template->findData(current);
    if (i >= 0)
        m_template->setCurrentIndex(i);
}

bool ReplyEditor::confirmDiscard()
{
    if (!m_edited || m_draft->toPlainText().trimmed().isEmpty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Replace the draft?"),
                                              tr("You have edited this draft. Replace it with the template?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void ReplyEditor::setClaim(const std::optional<Claim> &claim)
{
    // The same claim again (it was saved): keep the draft unless where it stands changed.
    if (claim && m_claim && claim->id == m_claim->id) {
        // Where it stands, or a fact the reply is drafted from that came later (the
        // tracking number, the coupon's terms).
        const bool moved = claim->state != m_claim->state || claim->resolution != m_claim->resolution
                || claim->reshipTracking != m_claim->reshipTracking || claim->couponExpiry != m_claim->couponExpiry
                || claim->couponMinSpendMinor != m_claim->couponMinSpendMinor;
        m_claim = claim;
        if (!moved || m_edited)
            return;
    }
    m_claim = claim;
    m_edited = false;
    m_status->setText(m_copiedNote);
    m_copiedNote.clear();
    const bool has = claim.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_template, m_language, m_agent, m_draft, m_reset})
        w->setEnabled(has);
    if (!has) {
        m_rendering = true;
        m_draft->clear();
        m_rendering = false;
        m_problems->clear();
        m_copy->setEnabled(false);
        return;
    }
    const qsizetype photos = ClaimRepository(m_context->db()).photos(claim->id).size();
    const int i = m_template->findData(ReplyDrafter::suggestTemplate(*claim, photos));
    if (i >= 0)
        m_template->setCurrentIndex(i);
    templateChosen();
}

void ReplyEditor::templateChosen()
{
    if (!m_claim)
        return;
    const auto t = TemplateRepository(m_context->db()).current(m_template->currentData().toString());
    const QString previous = m_language->currentData().toString();
    m_language->clear();
    if (!t)
        return;
    const QString suggested = ReplyDrafter::suggestLanguage(*m_claim, *t);
    // The buyer's language first, then English, then the rest in code order.
    QStringList codes = t->texts.keys();
    std::stable_sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        auto rank = [&](const QString &c) { return c == suggested ? 0 : (c == u"en"_s ? 1 : 2); };
        return rank(a) < rank(b);
    });
    for (const QString &code : std::as_const(codes)) {
        const QString label = code == suggested ? tr("%1, suggested").arg(languageLabel(code)) : languageLabel(code);
        m_language->addItem(label, code);
    }
    // Keep the language chosen by hand when the new template has it.
    const int keep = m_edited ? m_language->findData(previous) : -1;
    m_language->setCurrentIndex(keep >= 0 ? keep : 0);
    m_edited = false;
    render();
}

void ReplyEditor::render()
{
    if (!m_claim)
        return;
    QString error;
    const auto d = ReplyDrafter(m_context->db())
                           .draft(*m_claim, m_template->currentData().toString(),
                                  m_language->currentData().toString(), m_agent->text(), &error);
    m_rendering = true;
    if (!d) {
        m_draft->clear();
        m_problems->setText(error);
        m_version = 0;
    } else {
        m_version = d->version;
        followTextDirection(m_draft, d->lang);
        m_draft->setPlainText(d->result.text);
    }
    m_rendering = false;
    m_edited = false;
    checkDraft();
}

bool ReplyEditor::setLanguage(const QString &code)
{
    const int i = m_language->findData(code);
    if (i < 0)
        return false;
    m_language->setCurrentIndex(i);
    m_edited = false;
    render();
    return true;
}

void ReplyEditor::setSignature(const QString &name)
{
    m_agent->setText(name);
    if (!m_edited)
        render();
}

QString ReplyEditor::draftText() const
{
    return m_draft->toPlainText();
}

bool ReplyEditor::canCopy() const
{
    return m_claim && !m_draft->toPlainText().trimmed().isEmpty()
            && ReplyRenderer::leftovers(m_draft->toPlainText()).isEmpty();
}

void ReplyEditor::checkDraft()
{
    const QString text = m_draft->toPlainText();
    const auto left = ReplyRenderer::leftovers(text);
    markProblems(m_draft, left);
    QStringList lines;
    for (const ReplyRenderer::Problem &p : left) {
        QString line = tr("Line %1: %2.").arg(p.line).arg(p.message());
        if (p.name == u"agent_name"_s)
            line += u' ' + tr("Type your name in Sign as.");
        else if (p.name == u"refund_amount"_s && m_claim && !m_claim->refund())
            line += u' ' + tr("No refund is recorded on this claim: choose a reply that does not promise one, "
                              "or resolve the claim first.");
        else if (p.kind == ReplyRenderer::Problem::Missing)
            line += u' ' + tr("Record it on the claim (Resolve…, or Edit details… once resolved), or replace it "
                              "in the draft.");
        lines.append(line);
    }
    if (!lines.isEmpty())
        lines.prepend(tr("Cannot be copied until these are filled:"));
    if (m_claim || !lines.isEmpty())
        m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty() || !m_problems->text().isEmpty());
    m_copy->setEnabled(canCopy());
}

void ReplyEditor::copyForSending()
{
    if (!m_claim)
        return;
    if (!canCopy()) {
        checkDraft();
        m_status->setText(tr("Not copied: fill the placeholders marked in red first."));
        return;
    }
    const QString text = m_draft->toPlainText();
    ClaimReply r;
    r.templateKey = m_template->currentData().toString();
    r.version = m_version > 0 ? std::optional(m_version) : std::nullopt;
    r.lang = m_language->currentData().toString();
    r.body = text;
    QString error;
    if (!ClaimRepository(m_context->db()).recordReply(m_claim->id, r, &error)) {
        QMessageBox::warning(this, tr("Copy for sending"), tr("The reply was not copied: %1").arg(error));
        return;
    }
    QApplication::clipboard()->setText(text);
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_status->setText(tr("Copied at %1 and saved on the claim's timeline. Paste it into the buyer's "
                         "message or the dispute.")
                              .arg(time));
    // The claim may leave the list it was in ("waiting for a reply"): say what happened.
    m_copiedNote = tr("The reply to claim %1 was copied at %2 and saved on its timeline.").arg(m_claim->id).arg(time);
    m_context->notifyClaimsChanged();
    m_copiedNote.clear();
}

} // namespace sd::ui
