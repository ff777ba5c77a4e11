#pragma once

#include "calc/batchcalculator.h"

#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace sd::ui {

class AppContext;

// Which fulfillment model earns the most: one product under every model with the
// breakdown line by line (the rule behind each in its tooltip), a batch of products
// from a list or the orders, and the subsidies each store captured month by month.
class CalculatorsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CalculatorsPage(AppContext *context, QWidget *parent = nullptr);

    // The single-product figures on screen (for tests).
    QTableWidget *breakdown() const { return m_breakdown; }

private:
    QWidget *buildProductTab();
    QWidget *buildBatchTab();
    QWidget *buildSubsidyTab();
    void recompute();
    void showBatch(const QList<BatchRow> &rows);
    void openList();
    void fromOrders();
    void exportBatch();
    void batchFilterChanged();
    void reloadSubsidies();

    AppContext *m_context;
    // Product
    QLineEdit *m_price;
    QLineEdit *m_supply;
    QComboBox *m_currency;
    QSpinBox *m_quantity;
    QLineEdit *m_commission;
    QLineEdit *m_affiliateRate;
    QLineEdit *m_affiliateShare;
    QLineEdit *m_cost;
    QLineEdit *m_packaging;
    QLineEdit *m_firstMile;
    QLineEdit *m_delivery;
    QCheckBox *m_popular;
    QDateEdit *m_date;
    QLabel *m_inputProblem;
    QTableWidget *m_breakdown;
    QLabel *m_best;
    QLabel *m_warnings;
    // Batch
    QList<BatchRow> m_rows;
    QStandardItemModel *m_batchModel;
    QSortFilterProxyModel *m_batchProxy;
    QTableView *m_batchView;
    QLineEdit *m_batchSearch;
    QComboBox *m_batchBest;
    QLabel *m_batchStatus;
    // Subsidies
    QComboBox *m_subsidyStore;
    QLabel *m_subsidyFigures;
    QChartView *m_subsidyChart;
    QTableWidget *m_leftProducts;
    QTabWidget *m_tabs = nullptr;
    // The summary scans months of orders: computed when its tab is looked at.
    bool m_subsidiesStale = true;
};

} // namespace sd::ui
