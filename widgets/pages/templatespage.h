#pragma once

#include "replies/replytemplate.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sd::ui {

class AppContext;

// The reply template library: every template with its versions, an editor with the
// placeholders to insert and a live preview against a sample or a real claim; built-in
// templates restore to the shipped wording; the library imports and exports as JSON.
class TemplatesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesPage(AppContext *context, QWidget *parent = nullptr);

    bool isModified() const { return m_modified; }

private:
    void reload(const QString &selectKey = {});
    void templateSelected();
    void load(const ReplyTemplate &t, bool modified);
    void languageSelected();
    void bodyEdited();
    void updatePreview();
    void updateState();
    bool confirmDiscard();
    void save();
    void newTemplate();
    void addLanguage();
    void removeLanguage();
    void versionChosen();
    void restore();
    void archive();
    void importLibrary();
    void exportLibrary();
    void fillPreviewClaims();
    void showOffered();
    void keepMine();

    AppContext *m_context;
    QListWidget *m_list;
    QLabel *m_key;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleZh;
    QLineEdit *m_descriptionEn;
    QLineEdit *m_descriptionZh;
    QComboBox *m_language;
    QComboBox *m_versions;
    QPlainTextEdit *m_body;
    QTableWidget *m_placeholders;
    QLabel *m_problems;
    QComboBox *m_previewWith;
    QPlainTextEdit *m_preview;
    QPushButton *m_save;
    QPushButton *m_discard;
    QPushButton *m_restore;
    QPushButton *m_archive;
    QPushButton *m_removeLanguage;
    // A newer shipped wording of a built-in the user edited: offered, never forced.
    QWidget *m_offer;
    QLabel *m_offerText;
    bool m_offered = false;
    ReplyTemplate m_working;
    std::optional<ReplyTemplate> m_stored;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace sd::ui
