#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;
class QChartView;

namespace sd {
struct TodaySummary;
struct CaseAgenda;
}

namespace sd::ui {

class AppContext;

// The daily review, and the page SellerDesk opens on: what needs action today,
// each item opening the matching orders, and the last 30 days in two charts.
class TodayPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(AppContext *context, QWidget *parent = nullptr);
    ~TodayPage() override;

    void reload();

private:
    QWidget *sectionCard(const QString &title, const QString &hint, qint64 count,
                         const QString &body, const QString &openLink, bool alarm,
                         QWidget *host = nullptr);
    void reloadCases(qint64 now);
    void reloadTier(qint64 now);
    void openLink(const QString &link);

    AppContext *m_context;
    QLabel *m_asOf;
    QLabel *m_tier;
    QGridLayout *m_cards;
    QGridLayout *m_caseCards;
    QWidget *m_cardsHost;
    QChartView *m_ordersChart;
    QChartView *m_overdueChart;
    QTimer *m_clock;
    std::unique_ptr<TodaySummary> m_summary;
    std::unique_ptr<CaseAgenda> m_agenda;
};

} // namespace sd::ui
