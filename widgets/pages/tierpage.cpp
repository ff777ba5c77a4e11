#include "tierpage.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "pageheader.h"
#include "stores/storerepository.h"
#include "money/rate.h"
#include "time/utctime.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

constexpr int HistoryMonths = 12;

enum IndicatorColumn { NameCol, ValueCol, SourceCol, WeightCol, LevelCol, NextCol, GapCol, WhatIfCol, IndicatorCols };
enum ModelColumn { MName, MDirection, MWeight, MS, MA, MB, ModelCols };

QColor tierColor(Tier tier)
{
    switch (tier) {
    case Tier::S:
        return QColor(0xB8, 0x86, 0x0B);
    case Tier::A:
        return QColor(0x2E, 0x7D, 0x32);
    case Tier::B:
        return QColor(0x15, 0x65, 0xC0);
    case Tier::C:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString sourceName(const QString &source)
{
    if (source == u"manual"_s)
        return TierPage::tr("Entered by hand");
    if (source == u"imported"_s)
        return TierPage::tr("Imported");
    return TierPage::tr("Computed");
}

QString monthName(const QString &key)
{
    const auto d = TierRepository::monthFromKey(key);
    return d ? QLocale().toString(*d, u"MMMM yyyy"_s) : key;
}

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

void setupTable(QTableWidget *t, const QStringList &headers)
{
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
}

QString bullets(const QList<LocalText> &texts)
{
    QString html = u"<ul style=\"margin-left:-20px\">"_s;
    for (const LocalText &t : texts)
        html += u"<li>"_s + t.text().toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

// The projected tier as a large coloured badge.
class TierBadge final : public QWidget
{
public:
    explicit TierBadge(QWidget *parent) : QWidget(parent) { setFixedSize(128, 128); }
    void setTier(std::optional<Tier> tier, const QString &caption)
    {
        m_tier = tier;
        m_caption = caption;
        setToolTip(caption);
        setAccessibleName(caption);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = rect().adjusted(4, 4, -4, -4);
        const QColor c = m_tier ? tierColor(*m_tier) : palette().color(QPalette::Mid);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(r, 18, 18);
        QFont f = font();
        f.setPixelSize(m_tier ? 72 : 40);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(r.adjusted(0, -10, 0, -10), Qt::AlignCenter, m_tier ? tiers::code(*m_tier) : u"?"_s);
        QFont small = font();
        small.setPixelSize(13);
        p.setFont(small);
        p.drawText(r.adjusted(6, 0, -6, -8), Qt::AlignHCenter | Qt::AlignBottom, TierPage::tr("projected"));
    }

private:
    std::optional<Tier> m_tier;
    QString m_caption;
};

TierPage::TierPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_store(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_badge(new TierBadge(this))
    , m_summary(new QLabel(this))
    , m_step(new QLabel(this))
    , m_benefits(new QLabel(this))
    , m_indicators(new QTableWidget(this))
    , m_whatIf(new QLabel(this))
    , m_enter(new QPushButton(tr("&Enter value…"), this))
    , m_clear(new QPushButton(tr("Use the &computed value"), this))
    , m_resetWhatIf(new QPushButton(tr("Reset &what-if"), this))
    , m_tierChart(new QChartView(this))
    , m_indicatorChart(new QChartView(this))
    , m_calibration(new QTableWidget(this))
    , m_recordActual(new QPushButton(tr("&Record published tier…"), this))
    , m_clearActual(new QPushButton(tr("Remove published tier"), this))
    , m_modelInfo(new QLabel(this))
    , m_modelTypes(new QTabWidget(this))
    , m_modelNotes(new QLabel(this))
{
    for (int i = 0; i < HistoryMonths + 12; ++i) {
        const QDate today = QDate::currentDate();
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-i);
        m_month->addItem(QLocale().toString(m, u"MMMM yyyy"_s), m);
    }
    m_type->addItem(tr("From the orders"), QString());
    for (const QString &code : TierModel::merchantTypeCodes())
        m_type->addItem(TierModel::merchantTypeName(code), code);
    m_type->setToolTip(tr("How the assessment grades this store. \"From the orders\" uses the fulfillment model "
                          "with the most orders that month."));
    auto *storeLabel = new QLabel(tr("&Store"), this);
    storeLabel->setBuddy(m_store);
    auto *monthLabel = new QLabel(tr("&Month"), this);
    monthLabel->setBuddy(m_month);
    auto *typeLabel = new QLabel(tr("Graded &as"), this);
    typeLabel->setBuddy(m_type);
    auto *importButton = new QPushButton(tr("&Import indicators…"), this);
    importButton->setToolTip(tr("Monthly indicators and published tiers from a CSV or XLSX file"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(storeLabel);
    bar->addWidget(m_store, 1);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addStretch();
    bar->addWidget(importButton);

    // Assessment tab: the badge and what it means on the left, the indicators right.
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_step->setWordWrap(true);
    m_step->setTextFormat(Qt::RichText);
    m_benefits->setWordWrap(true);
    m_benefits->setTextFormat(Qt::RichText);
    m_benefits->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *top = new QHBoxLayout;
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addWidget(m_summary, 2, Qt::AlignTop);
    top->addWidget(m_benefits, 3, Qt::AlignTop);

    setupTable(m_indicators, {tr("Indicator"), tr("Value"), tr("Source"), tr("Weight"), tr("Level"),
                              tr("Next level at"), tr("Gap"), tr("What if")});
    m_indicators->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_indicators->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const std::pair<int, int> widths[] = {{NameCol, 200}, {ValueCol, 110}, {SourceCol, 150}, {WeightCol, 85},
                                          {LevelCol, 50}, {NextCol, 95}, {GapCol, 150}};
    for (const auto &[column, width] : widths)
        m_indicators->setColumnWidth(column, width);
    m_indicators->horizontalHeaderItem(WhatIfCol)
            ->setToolTip(tr("Type another value to see the tier it would give; nothing is saved"));
    m_whatIf->setWordWrap(true);
    m_whatIf->setTextFormat(Qt::RichText);
    m_enter->setToolTip(tr("Enter this month's value by hand; it wins over the computed one (Alt+E)"));
    m_clear->setToolTip(tr("Remove the value entered or imported, and use the one computed from the workspace"));
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_enter);
    tableButtons->addWidget(m_clear);
    tableButtons->addStretch();
    tableButtons->addWidget(m_resetWhatIf);
    auto *assessTab = new QWidget(this);
    auto *assessLayout = new QVBoxLayout(assessTab);
    assessLayout->addLayout(top);
    assessLayout->addWidget(m_step);
    assessLayout->addWidget(m_indicators, 1);
    assessLayout->addLayout(tableButtons);
    assessLayout->addWidget(m_whatIf);

    // History tab: the tier and the key indicators over twelve months, and calibration.
    for (QChartView *v : {m_tierChart, m_indicatorChart}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
    }
    setupTable(m_calibration, {tr("Month"), tr("Projected"), tr("Score"), tr("Published"), tr("Service level"),
                               tr("Agreement")});
    m_calibration->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_tierChart);
    charts->addWidget(m_indicatorChart);
    auto *calibrationButtons = new QHBoxLayout;
    calibrationButtons->addWidget(m_recordActual);
    calibrationButtons->addWidget(m_clearActual);
    calibrationButtons->addStretch();
    auto *calibrationBox = new QWidget(this);
    auto *calibrationLayout = new QVBoxLayout(calibrationBox);
    calibrationLayout->setContentsMargins(0, 0, 0, 0);
    auto *calibrationHint = new QLabel(tr("Record the tier the seller center publishes each month "
                                          "(Store Information → Merchant Tiered Assessment). Where it differs from "
                                          "the projection, adjust the model's weights and thresholds."),
                                       this);
    calibrationHint->setWordWrap(true);
    calibrationLayout->addWidget(calibrationHint);
    calibrationLayout->addWidget(m_calibration, 1);
    calibrationLayout->addLayout(calibrationButtons);
    auto *historySplit = new QSplitter(Qt::Vertical, this);
    historySplit->addWidget(charts);
    historySplit->addWidget(calibrationBox);
    historySplit->setStretchFactor(0, 3);
    historySplit->setStretchFactor(1, 2);

    // Model tab.
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextFormat(Qt::RichText);
    m_modelNotes->setWordWrap(true);
    m_modelNotes->setTextFormat(Qt::RichText);
    auto *save = new QPushButton(tr("&Save as new version…"), this);
    save->setToolTip(tr("Save the weights and thresholds as edited above, in force from a month you choose"));
    auto *importModelButton = new QPushButton(tr("Import &model…"), this);
    auto *exportModelButton = new QPushButton(tr("E&xport model…"), this);
    auto *restore = new QPushButton(tr("Restore the s&hipped model"), this);
    restore->setToolTip(tr("Add SellerDesk's default model as a new version, in force from this month"));
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(save);
    modelButtons->addWidget(importModelButton);
    modelButtons->addWidget(exportModelButton);
    modelButtons->addWidget(restore);
    modelButtons->addStretch();
    auto *modelTab = new QWidget(this);
    auto *modelLayout = new QVBoxLayout(modelTab);
    modelLayout->addWidget(m_modelInfo);
    modelLayout->addWidget(m_modelTypes, 1);
    modelLayout->addWidget(m_modelNotes);
    modelLayout->addLayout(modelButtons);

    m_tabs->addTab(assessTab, tr("Assessment"));
    m_tabs->addTab(historySplit, tr("History and calibration"));
    m_tabs->addTab(modelTab, tr("Assessment model"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Merchant tier"),
            tr("Where each store stands this month in the Merchant Tiered Assessment, and the smallest step to "
               "the next tier. The model is SellerDesk's estimate: calibrate it with the published tiers."),
            this));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_store, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, &TierPage::reload);
    connect(m_type, &QComboBox::activated, this, &TierPage::setMerchantType);
    connect(importButton, &QPushButton::clicked, this, [this] {
        CaseImportDialog dialog(m_context, QList<int>{CaseImportDialog::TierKind}, this);
        dialog.exec();
    });
    connect(m_indicators, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *i) {
        if (!m_filling && i->column() == WhatIfCol)
            updateWhatIf();
    });
    connect(m_indicators, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString key = selectedIndicator();
        const bool any = !key.isEmpty() && !m_history.isEmpty();
        m_enter->setEnabled(any);
        m_clear->setEnabled(any && m_history.last().values.value(key).source != u"computed"_s);
    });
    connect(m_enter, &QPushButton::clicked, this, &TierPage::enterValue);
    connect(m_clear, &QPushButton::clicked, this, &TierPage::clearValue);
    connect(m_resetWhatIf, &QPushButton::clicked, this, &TierPage::resetWhatIf);
    connect(m_calibration, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString month = selectedCalibrationMonth();
        m_recordActual->setEnabled(!month.isEmpty());
        bool recorded = false;
        for (const TierMonth &t : std::as_const(m_history))
            recorded = recorded || (t.month == month && t.actual);
        m_clearActual->setEnabled(recorded);
    });
    connect(m_recordActual, &QPushButton::clicked, this, &TierPage::recordActual);
    connect(m_clearActual, &QPushButton::clicked, this, &TierPage::clearActual);
    connect(save, &QPushButton::clicked, this, &TierPage::saveModel);
    connect(importModelButton, &QPushButton::clicked, this, &TierPage::importModel);
    connect(exportModelButton, &QPushButton::clicked, this, &TierPage::exportModel);
    connect(restore, &QPushButton::clicked, this, &TierPage::restoreModel);
    connect(m_context, &AppContext::storesChanged, this, &TierPage::reloadStores);
    connect(m_context, &AppContext::currentStoreChanged, this, [this](qint64 id) {
        const int i = m_store->findData(id);
        if (i >= 0)
            m_store->setCurrentIndex(i);
    });
    connect(m_context, &AppContext::tierRequested, this, [this](qint64 id) {
        const int i = m_store->findData(id);
        if (i >= 0) {
            m_store->setCurrentIndex(i);
            m_month->setCurrentIndex(0);
            m_tabs->setCurrentIndex(0);
        }
    });
    for (auto signal : {&AppContext::ordersChanged, &AppContext::casesChanged, &AppContext::tierChanged})
        connect(m_context, signal, this, &TierPage::reload);

    reloadStores();
}

qint64 TierPage::storeId() const
{
    return m_store->currentData().toLongLong();
}

void TierPage::reloadStores()
{
    const qint64 keep = storeId() ? storeId() : m_context->currentStoreId();
    m_filling = true;
    m_store->clear();
    for (const Store &s : StoreRepository(m_context->db()).all(false))
        m_store->addItem(s.name, s.id);
    const int i = m_store->findData(keep);
    m_store->setCurrentIndex(i >= 0 ? i : 0);
    m_filling = false;
    reload();
}

void TierPage::reload()
{
    m_history.clear();
    const qint64 store = storeId();
    const QDate month = m_month->currentData().toDate();
    if (store > 0 && month.isValid()) {
        const qint64 now = utc::toStore(QDateTime::currentDateTimeUtc());
        m_history = TierReport(m_context->db()).months(store, month.addMonths(-(HistoryMonths - 1)), month, now);
        const auto s = StoreRepository(m_context->db()).byId(store);
        m_type->setCurrentIndex(std::max(0, m_type->findData(s ? s->merchantType : QString())));
        if (!m_history.isEmpty() && m_history.last().merchantTypeFromOrders)
            m_type->setItemText(0, tr("From the orders (%1)").arg(TierModel::merchantTypeName(m_history.last().merchantType)));
        else
            m_type->setItemText(0, tr("From the orders"));
    }
    showAssessment();
    showHistory();
    showModel();
}

void TierPage::showAssessment()
{
    m_filling = true;
    m_indicators->setRowCount(0);
    m_whatIf->clear();
    if (m_history.isEmpty()) {
        m_badge->setTier(std::nullopt, tr("No store"));
        m_summary->setText(tr("Add a store on the Stores page to see its tier."));
        m_step->clear();
        m_benefits->clear();
        m_filling = false;
        return;
    }
    const TierMonth &t = m_history.last();
    const TierModel &model = t.model.model;
    const TierAssessment &a = t.assessment;
    const QString period = t.toDate ? tr("%1, to %2").arg(monthName(t.month),
                                                          QLocale().toString(utc::fromStore(t.asOfUtc).toLocalTime().date(),
                                                                             QLocale::ShortFormat))
                                    : monthName(t.month);
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg(period.toHtmlEscaped());
    if (a.scored) {
        m_badge->setTier(a.tier, tr("Projected tier %1").arg(tiers::code(a.tier)));
        lines << tr("Score <b>%1</b> of 100").arg(TierAssessment::formatScore(a.score))
                        + (a.nextTier ? tr(" · %1 from %2").arg(tiers::code(*a.nextTier),
                                                                TierAssessment::formatScore(a.nextTierScore))
                                      : QString());
    } else {
        m_badge->setTier(std::nullopt, tr("Not enough data"));
        lines << tr("No graded indicator has a value yet: import the month's indicators or enter them by hand.");
    }
    lines << tr("Graded as %1%2").arg(TierModel::merchantTypeName(t.merchantType),
                                      t.merchantTypeFromOrders ? tr(" (from the orders)") : QString());
    lines << tr("Service level (last %n month(s)): %1", nullptr, model.serviceWindowMonths)
                     .arg(t.serviceLevel ? tiers::serviceName(*t.serviceLevel) : tr("no data"));
    if (t.actual) {
        lines << (t.disagrees() ? tr("Published: <b>%1</b> — differs from the projection").arg(tiers::code(t.actual->tier))
                                : tr("Published: %1").arg(tiers::code(t.actual->tier)));
    }
    m_summary->setText(lines.join(u"<br>"_s));

    auto name = [&model](const QString &key) {
        const TierModel::Indicator *d = model.indicator(key);
        return d ? d->name.text() : key;
    };
    if (const auto best = a.bestChange()) {
        QString text = tr("<b>Smallest step to %1:</b> %2 %3 (%4 → %5)")
                               .arg(tiers::code(*a.nextTier), name(best->key).toHtmlEscaped(),
                                    TierReport::formatGap(model, best->key, best->gap, t.currency),
                                    TierReport::formatValue(model, best->key, a.indicator(best->key)->value, t.currency),
                                    TierReport::formatValue(model, best->key, best->target, t.currency));
        QStringList others;
        for (qsizetype i = 1; i < a.changes.size(); ++i) {
            const auto &c = a.changes.at(i);
            others << u"%1 %2"_s.arg(name(c.key).toHtmlEscaped(),
                                     TierReport::formatGap(model, c.key, c.gap, t.currency));
        }
        if (!others.isEmpty())
            text += u"<br>"_s + tr("Other single steps: %1").arg(others.join(u"; "_s));
        m_step->setText(text);
    } else if (a.nextTier) {
        m_step->setText(tr("No single indicator reaches %1 alone: improve several (see the gaps).")
                                .arg(tiers::code(*a.nextTier)));
    } else {
        m_step->setText(a.scored ? tr("S is the highest tier: keep the indicators where they are.") : QString());
    }
    QString benefits;
    if (a.scored) {
        benefits += u"<b>%1</b>"_s.arg(tr("What %1 brings").arg(tiers::code(a.tier)))
                    + bullets(model.benefits.value(a.tier));
        if (a.nextTier)
            benefits += u"<b>%1</b>"_s.arg(tr("What %1 would bring").arg(tiers::code(*a.nextTier)))
                        + bullets(model.benefits.value(*a.nextTier));
    }
    m_benefits->setText(benefits);

    // Graded indicators first, by weight; then those shown for information.
    QList<TierAssessment::Indicator> rows = a.indicators;
    std::stable_sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.weight > y.weight; });
    m_indicators->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const TierAssessment::Indicator &ind = rows.at(r);
        const TierIndicatorValue v = t.values.value(ind.key);
        const TierModel::Indicator *def = model.indicator(ind.key);
        QString tip = v.how;
        if (v.source == u"computed"_s)
            tip = TierReport::formula(ind.key) + u"\n"_s + v.how;
        else if (v.computed || !v.computedHow.isEmpty())
            tip += u"\n"_s + tr("Computed: %1 (%2)").arg(TierReport::formatValue(model, ind.key, v.computed, t.currency),
                                                          v.computedHow);
        auto *nameItem = item(name(ind.key), TierReport::formula(ind.key));
        nameItem->setData(Qt::UserRole, ind.key);
        m_indicators->setItem(r, NameCol, nameItem);
        m_indicators->setItem(r, ValueCol, item(TierReport::formatValue(model, ind.key, v.value, t.currency), tip));
        QString source = sourceName(v.source);
        if (v.source != u"computed"_s && v.computed)
            source = tr("%1 (computed %2)").arg(source, TierReport::formatValue(model, ind.key, v.computed, t.currency));
        m_indicators->setItem(r, SourceCol, item(source, tip));
        m_indicators->setItem(r, WeightCol, item(ind.weight > 0 ? tr("%1 %").arg(ind.weight) : tr("not graded")));
        auto *level = item(ind.graded ? tiers::code(ind.level) : u"–"_s,
                           ind.graded ? tr("%n point(s)", nullptr, ind.points) : QString());
        if (ind.graded) {
            level->setForeground(tierColor(ind.level));
            QFont f = level->font();
            f.setBold(true);
            level->setFont(f);
        }
        m_indicators->setItem(r, LevelCol, level);
        m_indicators->setItem(r, NextCol, item(ind.thresholdNext ? TierReport::formatValue(model, ind.key, ind.thresholdNext, t.currency)
                                                                 : QString()));
        m_indicators->setItem(r, GapCol, item(ind.gap ? TierReport::formatGap(model, ind.key, *ind.gap, t.currency)
                                                      : QString()));
        auto *whatIf = new QTableWidgetItem(v.value && def ? model.valueText(*def, *v.value, Currency::of(t.currency))
                                                           : QString());
        whatIf->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
        whatIf->setData(Qt::UserRole, whatIf->text());
        whatIf->setToolTip(def && def->unit == TierModel::Unit::Percent ? tr("Percent, such as 2.5")
                                                                        : tr("A number in the indicator's unit"));
        m_indicators->setItem(r, WhatIfCol, whatIf);
    }
    m_filling = false;
    m_enter->setEnabled(false);
    m_clear->setEnabled(false);
    updateWhatIf();
}

void TierPage::updateWhatIf()
{
    if (m_history.isEmpty())
        return;
    const TierMonth &t = m_history.last();
    const TierModel &model = t.model.model;
    IndicatorValues values = t.plainValues();
    bool changed = false;
    QString problem;
    m_filling = true;
    for (int r = 0; r < m_indicators->rowCount(); ++r) {
        const QString key = m_indicators->item(r, NameCol)->data(Qt::UserRole).toString();
        QTableWidgetItem *cell = m_indicators->item(r, WhatIfCol);
        const TierModel::Indicator *def = model.indicator(key);
        const QString text = cell->text().trimmed();
        cell->setBackground(QBrush());
        if (!def || text == cell->data(Qt::UserRole).toString())
            continue;
        changed = true;
        if (text.isEmpty()) {
            values.insert(key, std::nullopt);
            continue;
        }
        QString why;
        const auto v = TierModel::parseValue(def->unit, text, Currency::of(t.currency), &why);
        if (!v) {
            cell->setBackground(QColor(0xFF, 0xCD, 0xD2));
            if (problem.isEmpty())
                problem = tr("%1: %2").arg(def->name.text(), why);
            continue;
        }
        values.insert(key, *v);
    }
    m_filling = false;
    m_resetWhatIf->setEnabled(changed);
    if (!problem.isEmpty()) {
        m_whatIf->setText(u"<span style=\"color:#b71c1c\">%1</span>"_s.arg(problem.toHtmlEscaped()));
        return;
    }
    if (!changed) {
        m_whatIf->setText(tr("What if: type other values in the last column to see the tier they would give."));
        return;
    }
    const TierAssessment w = TierAssessment::assess(model, t.merchantType, values, t.currency);
    const QString now = t.assessment.scored ? tr("%1 · %2").arg(tiers::code(t.assessment.tier),
                                                               TierAssessment::formatScore(t.assessment.score))
                                            : tr("not scored");
    if (!w.scored) {
        m_whatIf->setText(tr("<b>What if:</b> no graded indicator has a value (now %1)").arg(now));
        return;
    }
    m_whatIf->setText(tr("<b>What if: <span style=\"color:%1\">%2</span></b>, score %3 (now %4)")
                              .arg(tierColor(w.tier).name(), tiers::code(w.tier), TierAssessment::formatScore(w.score), now));
}

void TierPage::resetWhatIf()
{
    m_filling = true;
    for (int r = 0; r < m_indicators->rowCount(); ++r) {
        QTableWidgetItem *cell = m_indicators->item(r, WhatIfCol);
        cell->setText(cell->data(Qt::UserRole).toString());
    }
    m_filling = false;
    updateWhatIf();
}

QString TierPage::selectedIndicator() const
{
    const int r = m_indicators->currentRow();
    if (r < 0 || !m_indicators->item(r, NameCol))
        return QString();
    return m_indicators->item(r, NameCol)->data(Qt::UserRole).toString();
}

void TierPage::enterValue()
{
    const QString key = selectedIndicator();
    if (key.isEmpty() || m_history.isEmpty())
        return;
    const TierMonth &t = m_history.last();
    const TierModel::Indicator *def = t.model.model.indicator(key);
    if (!def)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Enter %1").arg(def->name.text()));
    auto *value = new QLineEdit(&dialog);
    const auto current = t.values.value(key).value;
    if (current)
        value->setText(t.model.model.valueText(*def, *current, Currency::of(t.currency)));
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("Where the figure comes from (optional)"));
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(u"color:#b71c1c"_s);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%1, %2").arg(t.storeName, monthName(t.month)), &dialog));
    const QString unit = def->unit == TierModel::Unit::Percent ? tr("Value (%)")
            : def->unit == TierModel::Unit::Money             ? tr("Value (%1)").arg(t.currency)
                                                              : tr("Value");
    form->addRow(unit, value);
    form->addRow(tr("Note"), note);
    form->addRow(problem);
    form->addRow(buttons);
    std::optional<qint64> parsed;
    auto check = [&] {
        QString why;
        parsed = TierModel::parseValue(def->unit, value->text(), Currency::of(t.currency), &why);
        problem->setText(parsed || value->text().isEmpty() ? QString() : why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed.has_value());
    };
    connect(value, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted || !parsed)
        return;
    QString error;
    if (!TierRepository(m_context->db()).setValue(t.storeId, t.month, key, *parsed,
                                                  def->unit == TierModel::Unit::Money ? t.currency : QString(),
                                                  note->text().trimmed(), &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::clearValue()
{
    const QString key = selectedIndicator();
    if (key.isEmpty() || m_history.isEmpty())
        return;
    const TierMonth &t = m_history.last();
    QString error;
    if (!TierRepository(m_context->db()).clearValue(t.storeId, t.month, key, &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::showHistory()
{
    m_calibration->setRowCount(0);
    auto *tierChart = new QChart;
    auto *indicatorChart = new QChart;
    tierChart->setTitle(tr("Tier over the last 12 months: projected and published"));
    indicatorChart->setTitle(tr("Key indicators over the last 12 months (%)"));
    for (QChart *c : {tierChart, indicatorChart}) {
        c->legend()->setAlignment(Qt::AlignBottom);
        c->setMargins(QMargins(4, 4, 4, 4));
    }
    if (!m_history.isEmpty()) {
        QStringList labels;
        for (const TierMonth &t : std::as_const(m_history))
            labels << QLocale().toString(*TierRepository::monthFromKey(t.month), u"MMM"_s);
        auto monthAxis = [this, &labels] {
            auto *axis = new QBarCategoryAxis;
            axis->append(labels);
            // Twelve labels side by side: a size smaller, so that "12月" is not elided.
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * 0.85);
            axis->setLabelsFont(f);
            return axis;
        };

        auto *projected = new QLineSeries;
        projected->setName(tr("Projected"));
        projected->setPointsVisible(true);
        auto *published = new QScatterSeries;
        published->setName(tr("Published"));
        published->setMarkerSize(12);
        auto *differs = new QScatterSeries;
        differs->setName(tr("Published, differs"));
        differs->setMarkerSize(14);
        differs->setColor(QColor(0xC6, 0x28, 0x28));
        for (int i = 0; i < m_history.size(); ++i) {
            const TierMonth &t = m_history.at(i);
            if (t.assessment.scored)
                projected->append(i, int(t.assessment.tier));
            if (t.actual)
                (t.disagrees() ? differs : published)->append(i, int(t.actual->tier));
        }
        tierChart->addSeries(projected);
        tierChart->addSeries(published);
        tierChart->addSeries(differs);
        auto *x = monthAxis();
        auto *y = new QCategoryAxis;
        y->setRange(-0.5, 3.5);
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (Tier t : {Tier::C, Tier::B, Tier::A, Tier::S})
            y->append(tiers::code(t), int(t));
        tierChart->addAxis(x, Qt::AlignBottom);
        tierChart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : tierChart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }

        // The graded percentage indicators of the selected month's type.
        const TierMonth &last = m_history.last();
        const TierModel &model = last.model.model;
        auto *x2 = monthAxis();
        auto *y2 = new QValueAxis;
        y2->setLabelFormat(u"%.0f"_s);
        double top = 0;
        int shown = 0;
        for (const TierAssessment::Indicator &ind : last.assessment.indicators) {
            const TierModel::Indicator *def = model.indicator(ind.key);
            if (!def || def->unit != TierModel::Unit::Percent || ind.weight == 0 || shown == 4)
                continue;
            auto *series = new QLineSeries;
            series->setName(def->name.text());
            for (int i = 0; i < m_history.size(); ++i) {
                if (const auto v = m_history.at(i).values.value(ind.key).value) {
                    series->append(i, double(*v) / 10000.0);
                    top = std::max(top, double(*v) / 10000.0);
                }
            }
            indicatorChart->addSeries(series);
            ++shown;
        }
        y2->setRange(0, top > 0 ? std::min(100.0, std::ceil(top / 10.0) * 10.0) : 100.0);
        indicatorChart->addAxis(x2, Qt::AlignBottom);
        indicatorChart->addAxis(y2, Qt::AlignLeft);
        for (QAbstractSeries *s : indicatorChart->series()) {
            s->attachAxis(x2);
            s->attachAxis(y2);
        }

        m_calibration->setRowCount(int(m_history.size()));
        for (int r = 0; r < m_history.size(); ++r) {
            const TierMonth &t = m_history.at(int(m_history.size()) - 1 - r);
            auto *month = item(monthName(t.month));
            month->setData(Qt::UserRole, t.month);
            m_calibration->setItem(r, 0, month);
            m_calibration->setItem(r, 1, item(t.assessment.scored ? tiers::code(t.assessment.tier) : u"–"_s));
            m_calibration->setItem(r, 2, item(t.assessment.scored ? TierAssessment::formatScore(t.assessment.score)
                                                                  : QString()));
            m_calibration->setItem(r, 3, item(t.actual ? tiers::code(t.actual->tier) : QString(),
                                              t.actual ? tr("Recorded by %1").arg(t.actual->recordedBy) : QString()));
            QString service = t.serviceLevel ? tiers::serviceName(*t.serviceLevel) : u"–"_s;
            if (t.actual && t.actual->serviceLevel && t.actual->serviceLevel != t.serviceLevel)
                service = tr("%1 (published %2)").arg(service, tiers::serviceName(*t.actual->serviceLevel));
            m_calibration->setItem(r, 4, item(service));
            QTableWidgetItem *agreement;
            if (!t.actual)
                agreement = item(tr("not recorded"));
            else if (t.disagrees()) {
                agreement = item(tr("⚠ differs by %n tier(s)", nullptr,
                                    qAbs(int(t.actual->tier) - int(t.assessment.tier))));
                agreement->setForeground(QColor(0xC6, 0x28, 0x28));
            } else {
                agreement = item(tr("✓ agrees"));
            }
            m_calibration->setItem(r, 5, agreement);
        }
    }
    QChart *oldTier = m_tierChart->chart();
    QChart *oldIndicators = m_indicatorChart->chart();
    m_tierChart->setChart(tierChart);
    m_indicatorChart->setChart(indicatorChart);
    delete oldTier;
    delete oldIndicators;
    m_recordActual->setEnabled(false);
    m_clearActual->setEnabled(false);
}

QString TierPage::selectedCalibrationMonth() const
{
    const int r = m_calibration->currentRow();
    return r >= 0 && m_calibration->item(r, 0) ? m_calibration->item(r, 0)->data(Qt::UserRole).toString() : QString();
}

void TierPage::recordActual()
{
    const QString month = selectedCalibrationMonth();
    if (month.isEmpty() || storeId() <= 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Published tier, %1").arg(monthName(month)));
    auto *tier = new QComboBox(&dialog);
    for (Tier t : {Tier::S, Tier::A, Tier::B, Tier::C})
        tier->addItem(tiers::code(t), int(t));
    auto *service = new QComboBox(&dialog);
    service->addItem(tr("Not published"), -1);
    for (ServiceLevel l : {ServiceLevel::Excellent, ServiceLevel::Good, ServiceLevel::Qualified, ServiceLevel::Unqualified})
        service->addItem(tiers::serviceName(l), int(l));
    auto *note = new QLineEdit(&dialog);
    for (const TierMonth &t : std::as_const(m_history)) {
        if (t.month == month && t.actual) {
            tier->setCurrentIndex(tier->findData(int(t.actual->tier)));
            if (t.actual->serviceLevel)
                service->setCurrentIndex(service->findData(int(*t.actual->serviceLevel)));
            note->setText(t.actual->note);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Tier"), tier);
    form->addRow(tr("Service &level"), service);
    form->addRow(tr("&Note"), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int level = service->currentData().toInt();
    QString error;
    if (!TierRepository(m_context->db()).recordActual(storeId(), month, Tier(tier->currentData().toInt()),
                                                      level < 0 ? std::nullopt : std::optional(ServiceLevel(level)),
                                                      note->text().trimmed(), &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::clearActual()
{
    const QString month = selectedCalibrationMonth();
    QString error;
    if (month.isEmpty() || !TierRepository(m_context->db()).clearActual(storeId(), month, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::setMerchantType()
{
    if (storeId() <= 0)
        return;
    QString error;
    if (!StoreRepository(m_context->db()).setMerchantType(storeId(), m_type->currentData().toString(), &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::showModel()
{
    const QString month = m_history.isEmpty() ? TierRepository::monthKey(QDate::currentDate()) : m_history.last().month;
    const StoredTierModel stored = TierRepository(m_context->db()).modelFor(month);
    const TierModel &m = stored.model;
    m_modelInfo->setText(u"<b>%1</b><br>%2<br>%3"_s.arg(
            m.name.text().toHtmlEscaped(), m.description.text().toHtmlEscaped(),
            stored.origin == u"default"_s
                    ? tr("In force from %1 · shipped with SellerDesk").arg(monthName(m.effectiveMonth))
                    : tr("In force from %1 · saved by %2 on %3")
                              .arg(monthName(m.effectiveMonth), stored.createdBy.toHtmlEscaped(),
                                   utc::displayLocal(stored.createdUtc))));
    const int keepTab = m_modelTypes->currentIndex();
    while (m_modelTypes->count() > 0) {
        QWidget *w = m_modelTypes->widget(0);
        m_modelTypes->removeTab(0);
        delete w;
    }
    for (const TierModel::MerchantType &type : m.merchantTypes) {
        auto *table = new QTableWidget(m_modelTypes);
        setupTable(table, {tr("Indicator"), tr("Better when"), tr("Weight (%)"), u"S"_s, u"A"_s, u"B"_s});
        table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(false);
        const std::pair<int, int> widths[] = {{MName, 240}, {MDirection, 100}, {MWeight, 90},
                                              {MS, 90}, {MA, 90}, {MB, 90}};
        for (const auto &[column, width] : widths)
            table->setColumnWidth(column, width);
        table->setRowCount(int(type.indicators.size()));
        for (int r = 0; r < type.indicators.size(); ++r) {
            const TierModel::Weighted &w = type.indicators.at(r);
            const TierModel::Indicator *def = m.indicator(w.key);
            auto *nameItem = item(def ? def->name.text() : w.key, w.key);
            nameItem->setData(Qt::UserRole, w.key);
            table->setItem(r, MName, nameItem);
            table->setItem(r, MDirection, item(def && def->direction == TierModel::Direction::Lower ? tr("lower")
                                                                                                     : tr("higher")));
            auto editable = [](const QString &text) {
                auto *i = new QTableWidgetItem(text);
                i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
                return i;
            };
            table->setItem(r, MWeight, editable(QString::number(w.weight)));
            const Currency currency = def && def->unit == TierModel::Unit::Money ? Currency::of(w.currency) : Currency();
            for (int k = 0; k < 3; ++k)
                table->setItem(r, MS + k, editable(w.thresholds[size_t(k)] && def
                                                           ? m.valueText(*def, *w.thresholds[size_t(k)], currency)
                                                           : QString()));
        }
        m_modelTypes->addTab(table, TierModel::merchantTypeName(type.code));
    }
    if (keepTab >= 0 && keepTab < m_modelTypes->count())
        m_modelTypes->setCurrentIndex(keepTab);
    QStringList scores;
    for (size_t i = 0; i < tiers::graded.size(); ++i)
        scores << tr("%1 from %2").arg(tiers::code(tiers::graded[i])).arg(m.tierScores[i] / 100);
    m_modelNotes->setText(tr("An indicator earns %1 points at its S threshold, %2 at A, %3 at B and %4 below; the "
                             "score is the weighted mean of the indicators that have a value. Tiers: %5. Percent "
                             "thresholds are in %, counts in orders.")
                                  .arg(m.levelPoints[3])
                                  .arg(m.levelPoints[2])
                                  .arg(m.levelPoints[1])
                                  .arg(m.levelPoints[0])
                                  .arg(scores.join(u", "_s)));
    // Service-level thresholds, per merchant type.
    QString notes = m_modelNotes->text() + u"<br>"_s
            + tr("Service level over %n month(s), thresholds for Excellent / Good / Qualified:", nullptr,
                 m.serviceWindowMonths);
    for (const TierModel::MerchantType &type : m.merchantTypes) {
        QStringList service;
        for (const TierModel::ServiceIndicator &si : type.service) {
            const TierModel::Indicator *def = m.indicator(si.key);
            service << tr("%1 %2 / %3 / %4 %")
                               .arg(def ? def->name.text() : si.key,
                                    Rate::fromMillionths(si.thresholds[0]).toPercentText(),
                                    Rate::fromMillionths(si.thresholds[1]).toPercentText(),
                                    Rate::fromMillionths(si.thresholds[2]).toPercentText());
        }
        notes += u"<br>&nbsp;&nbsp;<b>%1</b>: %2"_s.arg(TierModel::merchantTypeName(type.code).toHtmlEscaped(),
                                                       service.join(u"; "_s).toHtmlEscaped());
    }
    m_modelNotes->setText(notes);
}

void TierPage::saveModel()
{
    const QString month = m_history.isEmpty() ? TierRepository::monthKey(QDate::currentDate()) : m_history.last().month;
    TierModel m = TierRepository(m_context->db()).modelFor(month).model;
    // Read the tables back; TierModel::fromJson validates the whole model.
    for (int t = 0; t < m_modelTypes->count() && t < m.merchantTypes.size(); ++t) {
        auto *table = qobject_cast<QTableWidget *>(m_modelTypes->widget(t));
        TierModel::MerchantType &type = m.merchantTypes[t];
        for (int r = 0; table && r < table->rowCount() && r < type.indicators.size(); ++r) {
            TierModel::Weighted &w = type.indicators[r];
            const TierModel::Indicator *def = m.indicator(w.key);
            bool ok = false;
            const int weight = table->item(r, MWeight)->text().trimmed().toInt(&ok);
            const QString where = tr("%1, %2").arg(TierModel::merchantTypeName(type.code), def ? def->name.text() : w.key);
            if (!ok) {
                QMessageBox::warning(this, tr("Model not saved"), tr("%1: the weight is a whole number").arg(where));
                return;
            }
            w.weight = weight;
            const Currency currency = def && def->unit == TierModel::Unit::Money ? Currency::of(w.currency) : Currency();
            for (int k = 0; k < 3; ++k) {
                const QString text = table->item(r, MS + k)->text().trimmed();
                if (text.isEmpty()) {
                    w.thresholds[size_t(k)].reset();
                    continue;
                }
                QString why;
                const auto v = def ? TierModel::parseValue(def->unit, text, currency, &why) : std::nullopt;
                if (!v) {
                    QMessageBox::warning(this, tr("Model not saved"), tr("%1, %2: %3").arg(where, tiers::code(tiers::graded[size_t(k)]), why));
                    return;
                }
                w.thresholds[size_t(k)] = *v;
            }
        }
    }
    QStringList months;
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (int i = -12; i <= 1; ++i)
        months << TierRepository::monthKey(first.addMonths(i));
    bool ok = false;
    const QString from = QInputDialog::getItem(this, tr("Save the model"),
                                               tr("In force from (earlier months keep their model):"), months,
                                               int(months.indexOf(TierRepository::monthKey(first))), false, &ok);
    if (!ok)
        return;
    m.effectiveMonth = from;
    QString error;
    if (!TierRepository(m_context->db()).addModel(m.toJson(), tr("the edited model"), &error)) {
        QMessageBox::warning(this, tr("Model not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::importModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a tier model"), QString(),
                                                      tr("Tier models (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    QString error;
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Model not imported"), tr("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    if (!TierRepository(m_context->db()).addModel(f.readAll(), QDir::toNativeSeparators(path), &error)) {
        QMessageBox::warning(this, tr("Model not imported"), tr("Nothing was changed.\n\n%1").arg(error));
        return;
    }
    m_context->notifyTierChanged();
}

void TierPage::exportModel()
{
    const QString month = m_history.isEmpty() ? TierRepository::monthKey(QDate::currentDate()) : m_history.last().month;
    const TierModel m = TierRepository(m_context->db()).modelFor(month).model;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the tier model"),
                                                      u"tier-model-%1.json"_s.arg(m.effectiveMonth),
                                                      tr("Tier models (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m.toJson()) < 0 || !f.commit())
        QMessageBox::warning(this, tr("Model not exported"), tr("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
}

void TierPage::restoreModel()
{
    QString error;
    auto m = TierModel::fromJson(TierModel::shippedJson(), u"default-model.json"_s, &error);
    if (!m)
        return;
    m->effectiveMonth = TierRepository::monthKey(QDate::currentDate());
    if (QMessageBox::question(this, tr("Restore the shipped model"),
                              tr("Add SellerDesk's default model as a new version in force from %1? Earlier months "
                                 "keep the model they had.")
                                      .arg(monthName(m->effectiveMonth)))
        != QMessageBox::Yes)
        return;
    if (!TierRepository(m_context->db()).addModel(m->toJson(), u"default-model.json"_s, &error)) {
        QMessageBox::warning(this, tr("Model not saved"), error);
        return;
    }
    m_context->notifyTierChanged();
}

} // namespace sd::ui
