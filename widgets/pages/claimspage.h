#pragma once

#include "claims/claimstablemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
class QStackedWidget;

namespace sd::ui {

class AppContext;
class AttachmentStrip;
class ReplyEditor;

// Damage claims (seed 003): the list with state filters, the selected claim's facts,
// the buyer's photos and its timeline, the workflow's next steps, and the reply to
// the buyer drafted beside it.
class ClaimsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsPage(AppContext *context, QWidget *parent = nullptr);

    void applyFilter(const ClaimFilter &filter, qint64 claimId = 0);
    ReplyEditor *replyEditor() const { return m_editor; }

private:
    ClaimFilter currentFilter() const;
    void filterControlsChanged();
    void updateCount();
    qint64 selectedId() const;
    void showDetail();
    void select(qint64 claimId);
    void afterAction(bool ok, const QString &error);

    void newClaim();
    void editClaim();
    void addPhotos();
    void move(const QString &to);
    void resolve();
    void verification();

    AppContext *m_context;
    ClaimsTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_view;
    QLabel *m_count;
    QTableView *m_table;
    QStackedWidget *m_detail;
    QLabel *m_title;
    QLabel *m_facts;
    AttachmentStrip *m_photos;
    QTableWidget *m_timeline;
    QPushButton *m_evidence;
    QPushButton *m_review;
    QPushButton *m_resolve;
    QPushButton *m_close;
    QPushButton *m_verify;
    QPushButton *m_addPhotos;
    QPushButton *m_edit;
    ReplyEditor *m_editor;
    QTimer *m_searchDelay;
    bool m_settingControls = false;
    bool m_refreshing = false; // the list is being reloaded: show the detail once, after
};

} // namespace sd::ui
