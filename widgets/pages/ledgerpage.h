#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sd {
class LedgerTableModel;
}

namespace sd::ui {

class AppContext;
class AttachmentStrip;

// The international Alipay account: every payout and deduction, the queue of
// deductions marked unfair and their appeals, and the monthly reconciliation with a
// chart of deductions by reason.
class LedgerPage final : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerPage(AppContext *context, QWidget *parent = nullptr);
    ~LedgerPage() override;

private:
    void reload();
    void entriesFilterChanged();
    void reloadReconciliation();
    qint64 selectedRef() const;
    void showEntry();
    void toggleUnfair();
    void fileAppeal();
    void recordResult();
    void attach();
    void afterAction(bool ok, const QString &error);

    AppContext *m_context;
    QTabWidget *m_tabs;
    LedgerTableModel *m_entries;
    LedgerTableModel *m_queue;
    QTableView *m_entriesView;
    QTableView *m_queueView;
    QComboBox *m_month;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QLabel *m_count;
    QWidget *m_detailPanel = nullptr;
    QLabel *m_entryFacts;
    AttachmentStrip *m_documents;
    QTableWidget *m_timeline;
    QPushButton *m_unfair;
    QPushButton *m_appeal;
    QPushButton *m_result;
    QPushButton *m_attach;
    QTableWidget *m_months;
    QChartView *m_chart;
    QLabel *m_reconcileNote;
};

} // namespace sd::ui
