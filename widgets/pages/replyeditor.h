#pragma once

#include "claims/claimrepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd::ui {

class AppContext;

// Drafts the reply to one claim: the template and the buyer's language are suggested,
// the draft is rendered and then free to edit. Placeholders that cannot be filled stay
// visible in red and keep the draft from being copied; Copy for sending (Ctrl+Shift+C)
// puts it on the clipboard and saves it on the claim's timeline with the template
// version it came from.
class ReplyEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyEditor(AppContext *context, QWidget *parent = nullptr);

    void setClaim(const std::optional<Claim> &claim);
    // Copies the draft for sending when nothing blocks it; says why not otherwise.
    void copyForSending();
    bool canCopy() const;
    QString draftText() const;
    // Drafts the reply in `code` ("en", "es_419") when the template has it, discarding
    // edits; false when it does not.
    bool setLanguage(const QString &code);
    // Signs the draft with `name` without saving it as the user's name (a preview, such
    // as the screenshots); typing in Sign as saves it.
    void setSignature(const QString &name);

private:
    void reloadTemplates();
    void templateChosen();
    void render();
    void checkDraft();
    bool confirmDiscard();

    AppContext *m_context;
    QComboBox *m_template;
    QComboBox *m_language;
    QLineEdit *m_agent;
    QPlainTextEdit *m_draft;
    QLabel *m_problems;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_reset;
    std::optional<Claim> m_claim;
    int m_version = 0;
    QString m_copiedNote; // shown once more when the list moves on to the next claim
    bool m_edited = false;
    bool m_rendering = false;
};

} // namespace sd::ui
