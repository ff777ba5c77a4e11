#pragma once

#include "orders/orderfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace sd {
class OrdersTableModel;
}

namespace sd::ui {

class AppContext;

// Every order of the chosen store (or all stores), a window at a time from the
// workspace: filters, search, deadlines counting down, a detail panel with the
// staff note, review marks (Ctrl+R), import and export of the current view.
class OrdersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(AppContext *context, QWidget *parent = nullptr);
    ~OrdersPage() override;

    void applyFilter(const OrderFilter &filter); // sets the controls, then the view
    OrderFilter currentFilter() const;
    OrdersTableModel *model() const { return m_model; }

private:
    void filterControlsChanged();
    void modelWasReset();
    void reloadChoices();
    void updateCount();
    void showDetail();
    void saveNote();
    void markReviewed();
    void exportView();
    void importFile();

    AppContext *m_context;
    OrdersTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_modelFilter;
    QComboBox *m_status;
    QComboBox *m_country;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_due;
    QCheckBox *m_dispute;
    QComboBox *m_review;
    QPushButton *m_clear;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_detailTitle;
    QLabel *m_detailFacts;
    QTableWidget *m_items;
    QTableWidget *m_history;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QPushButton *m_markReviewed;
    QTimer *m_searchDelay;
    QTimer *m_clock;
    qint64 m_detailRef = 0;
    bool m_settingControls = false;
};

} // namespace sd::ui
