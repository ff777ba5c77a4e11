#pragma once

#include "tier/tierreport.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace sd::ui {

class AppContext;
class TierBadge;

// Merchant tier status: the projected tier of a store for a month with the benefits
// it brings, every indicator with its source and the gap to the next level, a
// what-if column, twelve months of history against the published tiers, and the
// assessment model, editable as new versions.
class TierPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TierPage(AppContext *context, QWidget *parent = nullptr);

private:
    void reloadStores();
    void reload();
    void showAssessment();
    void showHistory();
    void showModel();
    void updateWhatIf();
    void resetWhatIf();
    void enterValue();
    void clearValue();
    void recordActual();
    void clearActual();
    void setMerchantType();
    void saveModel();
    void importModel();
    void exportModel();
    void restoreModel();
    qint64 storeId() const;
    QString selectedIndicator() const;
    QString selectedCalibrationMonth() const;

    AppContext *m_context;
    QComboBox *m_store;
    QComboBox *m_month;
    QComboBox *m_type;
    QTabWidget *m_tabs;
    TierBadge *m_badge;
    QLabel *m_summary;
    QLabel *m_step;
    QLabel *m_benefits;
    QTableWidget *m_indicators;
    QLabel *m_whatIf;
    QPushButton *m_enter;
    QPushButton *m_clear;
    QPushButton *m_resetWhatIf;
    QChartView *m_tierChart;
    QChartView *m_indicatorChart;
    QTableWidget *m_calibration;
    QPushButton *m_recordActual;
    QPushButton *m_clearActual;
    QLabel *m_modelInfo;
    QTabWidget *m_modelTypes;
    QLabel *m_modelNotes;
    QList<TierMonth> m_history; // the twelve months ending at the selected one
    bool m_filling = false;
};

} // namespace sd::ui
