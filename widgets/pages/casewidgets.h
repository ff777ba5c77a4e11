#pragma once

#include "disputes/caseimporters.h"
#include "files/attachmentstore.h"
#include "replies/replyrenderer.h"

#include <QDialog>
#include <QListWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QTableWidget;

namespace sd {
struct CaseEvent;
class Currency;
class Money;
}

namespace sd::ui {

class AppContext;

// Files attached to a case as thumbnails (images) or file icons (PDFs); Enter or a
// double click opens the workspace's copy in the system viewer.
class AttachmentStrip final : public QListWidget
{
    Q_OBJECT
public:
    explicit AttachmentStrip(QWidget *parent = nullptr);
    void show(const QSqlDatabase &db, const QList<Attachment> &attachments);
    // Images open in photoActivated's handler instead of the system viewer.
    void setInAppImages(bool inApp) { m_inAppImages = inApp; }

Q_SIGNALS:
    // The images shown (paths and names) and the one activated.
    void photoActivated(const QStringList &paths, const QStringList &names, int index);

private:
    bool m_inAppImages = false;
};

// A language as its speakers write it, capitalised: "Português", "한국어", "English"
// (not "American English"); the code itself when Qt does not know it.
QString buyerLanguageName(const QString &code);

// "Português (pt)": the language as its speakers write it, and the code staff know; a
// regional variant with its region as its speakers name it: "Español · Latinoamérica
// (es_419)", "Português · Portugal (pt_PT)".
QString languageLabel(const QString &code);

// Lays the editor out in the direction `lang` is written (right to left for Arabic).
void followTextDirection(QPlainTextEdit *edit, const QString &lang);

// Marks each placeholder problem of the editor's text in red.
void markProblems(QPlainTextEdit *edit, const QList<ReplyRenderer::Problem> &problems);

// One "label: value" row of a case's facts table; `valueHtml` is already escaped.
QString factRow(const QString &label, const QString &valueHtml);

// A "When / Who / What" table of a case's timeline, newest first.
void fillTimeline(QTableWidget *table, const QList<CaseEvent> &events);
QTableWidget *makeTimelineTable(QWidget *parent);

// Asks for an amount in `currency`; nullopt when cancelled. `check` returns why an
// amount is not acceptable (empty: fine) and is shown under the field.
std::optional<Money> askAmount(QWidget *parent, const QString &title, const QString &label,
                               const Currency &currency, const std::optional<Money> &initial,
                               const std::function<QString(const Money &)> &check);

// Imports disputes, chargebacks, an Alipay statement or monthly tier indicators:
// choose the file and the store, check first or import, see every problem as
// FILE:LINE:COLUMN.
class CaseImportDialog final : public QDialog
{
    Q_OBJECT
public:
    CaseImportDialog(AppContext *context, const QList<CaseImporter::Kind> &kinds, QWidget *parent = nullptr);
    // The tier indicator import (sd::TierImporter).
    static constexpr int TierKind = 100;
    CaseImportDialog(AppContext *context, const QList<int> &kinds, QWidget *parent = nullptr);

private:
    void browse();
    void run(bool dryRun);
    void updateColumns();

    AppContext *m_context;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QComboBox *m_store;
    QCheckBox *m_skipBad;
    QLabel *m_verdict;
    QPlainTextEdit *m_output;
};

} // namespace sd::ui
