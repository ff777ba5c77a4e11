#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QGroupBox;

namespace sd {
class CasesTableModel;
struct CaseFilter;
}

namespace sd::ui {

class AppContext;
class AttachmentStrip;

// Disputes and chargebacks in one list, nearest deadline first, with the case's
// detail beside it: proposals side by side, evidence, the timeline, and the actions
// staff record (keyboard: Alt + the underlined letter).
class CasesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(AppContext *context, QWidget *parent = nullptr);
    ~CasesPage() override;

    void applyFilter(const CaseFilter &filter, const QString &type = {}, qint64 ref = 0);

private:
    CaseFilter currentFilter() const;
    void filterControlsChanged();
    void showDetail();
    void showDispute(qint64 ref);
    void showChargeback(qint64 ref);
    void updateMetrics();
    void updateCount();
    void afterAction(bool ok, const QString &error);
    qint64 selectedRef(QString *type) const;

    void acceptProposal();
    void counterPropose();
    void attach();
    void escalate();
    void closeDispute();
    void submitDefence();
    void recordOutcome();
    void newChargeback();
    void evidenceSettings();

    AppContext *m_context;
    CasesTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_state;
    QComboBox *m_due;
    QLabel *m_count;
    QLabel *m_metrics;
    QTableView *m_view;
    QStackedWidget *m_detail;
    // dispute detail
    QLabel *m_disputeTitle;
    QLabel *m_disputeFacts;
    QList<QLabel *> m_proposals; // buyer, seller, platform
    AttachmentStrip *m_evidence;
    QTableWidget *m_disputeTimeline;
    QPushButton *m_accept;
    QPushButton *m_counter;
    QPushButton *m_attach;
    QPushButton *m_escalate;
    QPushButton *m_close;
    // chargeback detail
    QLabel *m_chargebackTitle;
    QLabel *m_chargebackFacts;
    AttachmentStrip *m_documents;
    QTableWidget *m_chargebackTimeline;
    QPushButton *m_attachDocument;
    QPushButton *m_submit;
    QPushButton *m_outcome;

    QTimer *m_searchDelay;
    QTimer *m_clock;
    bool m_settingControls = false;
};

} // namespace sd::ui
