#include "pageregistry.h"

#include "pages/aboutpage.h"
#include "pages/calculatorspage.h"
#include "pages/casespage.h"
#include "pages/claimspage.h"
#include "pages/ledgerpage.h"
#include "pages/orderspage.h"
#include "pages/reportspage.h"
#include "pages/rulespage.h"
#include "pages/storespage.h"
#include "pages/templatespage.h"
#include "pages/tierpage.h"
#include "pages/todaypage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd::ui {

const QList<PageInfo> &PageRegistry::pages()
{
    static const QList<PageInfo> s_pages{
            {u"today"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Today"),
             u":/icons/today.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new TodayPage(ctx, parent); }},
            {u"orders"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Orders"),
             u":/icons/orders.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new OrdersPage(ctx, parent); }},
            {u"cases"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Disputes & Chargebacks"),
             u":/icons/cases.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new CasesPage(ctx, parent); }},
            {u"claims"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Damage Claims"),
             u":/icons/claims.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new ClaimsPage(ctx, parent); }},
            {u"templates"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Reply Templates"),
             u":/icons/templates.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new TemplatesPage(ctx, parent); }},
            {u"ledger"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Alipay Ledger"),
             u":/icons/ledger.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new LedgerPage(ctx, parent); }},
            {u"tier"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Merchant Tier"),
             u":/icons/tier.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new TierPage(ctx, parent); }},
            {u"calculators"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Calculators"),
             u":/icons/calculators.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new CalculatorsPage(ctx, parent); }},
            {u"reports"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Reports"),
             u":/icons/reports.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new ReportsPage(ctx, parent); }},
            {u"stores"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Stores"),
             u":/icons/stores.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new StoresPage(ctx, parent); }},
            {u"rules"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "Rules"),
             u":/icons/rules.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new RulesPage(ctx, parent); }},
            {u"about"_s, QT_TRANSLATE_NOOP("sd::ui::PageRegistry", "About"),
             u":/icons/about.svg"_s,
             [](AppContext *ctx, QWidget *parent) { return new AboutPage(ctx, parent); }},
    };
    return s_pages;
}

QString PageRegistry::title(const PageInfo &page)
{
    return QCoreApplication::translate("sd::ui::PageRegistry", page.title);
}

} // namespace sd::ui
