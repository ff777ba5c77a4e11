#include "calculatorspage.h"

#include "appcontext.h"
#include "calc/subsidysummary.h"
#include "orders/orderterms.h"
#include "pageheader.h"
#include "rules/rulerepository.h"
#include "stores/storerepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

constexpr int SortRole = Qt::UserRole + 1;

QString ruleTip(const CalcLine &l)
{
    QStringList parts;
    if (!l.note.isEmpty())
        parts << l.note;
    if (l.rule) {
        parts << CalculatorsPage::tr("Rule %1 = %2").arg(l.rule->key, l.rule->value);
        if (l.rule->effectiveFrom.isValid())
            parts << CalculatorsPage::tr("In force from %1").arg(QLocale().toString(l.rule->effectiveFrom, QLocale::ShortFormat));
        parts << CalculatorsPage::tr("Source: %1").arg(l.rule->source);
    }
    return parts.join(u'\n');
}

// Column headers: the model's name, short enough for five columns side by side.
QString shortModel(const QString &model)
{
    if (model == u"pop"_s)
        return CalculatorsPage::tr("POP");
    if (model == u"semi_warehouse"_s)
        return CalculatorsPage::tr("Semi-managed\nwarehouse");
    if (model == u"semi_jit"_s)
        return CalculatorsPage::tr("Semi-managed\nJIT");
    if (model == u"full_managed"_s)
        return CalculatorsPage::tr("Fully\nmanaged");
    if (model == u"overseas"_s)
        return CalculatorsPage::tr("Overseas\nmanaged");
    return model;
}

} // namespace

CalculatorsPage::CalculatorsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->addTab(buildProductTab(), tr("One product"));
    tabs->addTab(buildBatchTab(), tr("Batch"));
    tabs->addTab(buildSubsidyTab(), tr("Subsidies captured"));
    auto refreshIfShown = [this] {
        m_subsidiesStale = true;
        if (m_tabs->currentIndex() == 2)
            reloadSubsidies();
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Calculators"),
            tr("What a product earns under each fulfillment model, from the platform's rules in force on a date: "
               "commission waived or halved, fees waived, the advance payment. Every line shows the rule "
               "behind it in its tooltip."),
            this));
    layout->addWidget(tabs, 1);
    connect(m_context, &AppContext::storesChanged, this, refreshIfShown);
    connect(m_context, &AppContext::ordersChanged, this, refreshIfShown);
    connect(m_context, &AppContext::currentStoreChanged, this, [this, refreshIfShown](qint64 id) {
        if (id > 0)
            m_subsidyStore->setCurrentIndex(std::max(0, m_subsidyStore->findData(id)));
        refreshIfShown();
    });
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2 && m_subsidiesStale)
            reloadSubsidies();
    });
    recompute();
}

QWidget *CalculatorsPage::buildProductTab()
{
    auto *tab = new QWidget(this);
    auto money = [tab](const QString &text, const QString &tip = {}) {
        auto *e = new QLineEdit(text, tab);
        e->setToolTip(tip);
        e->setMaximumWidth(100);
        return e;
    };
    m_price = money(u"12.99"_s, tr("The selling price per unit (POP and semi-managed)"));
    m_supply = money(u"9.50"_s, tr("The supply price per unit (fully managed; overseas: including shipping to the buyer)"));
    m_currency = new QComboBox(tab);
    m_currency->setMaximumWidth(100);
    m_currency->addItems(Currency::commonCodes());
    m_currency->setCurrentText(u"USD"_s);
    m_quantity = new QSpinBox(tab);
    m_quantity->setRange(1, 1'000'000);
    m_quantity->setValue(1);
    m_commission = money(QString(), tr("The category's commission rate, in percent"));
    const auto defaultRate = RuleRepository(m_context->db()).rateAt(u"commission.default_category_rate"_s, QDate::currentDate());
    m_commission->setPlaceholderText(defaultRate ? tr("rule: %1 %").arg(defaultRate->toPercentText()) : QString());
    m_affiliateRate = money(u"0"_s, tr("The affiliate commission you set, in percent"));
    m_affiliateShare = money(u"0"_s, tr("The share of orders that come through affiliates, in percent"));
    m_cost = money(u"4.10"_s);
    m_packaging = money(u"0.35"_s);
    m_firstMile = money(u"0.60"_s, tr("To the warehouse, to the JIT pickup, or to the overseas warehouse"));
    m_delivery = money(u"2.50"_s, tr("What you pay to ship to the buyer (POP, overseas managed)"));
    m_popular = new QCheckBox(tr("Popular product"), tab);
    m_popular->setChecked(true);
    m_popular->setToolTip(tr("The platform pays part of a popular warehoused product's revenue in advance (the advance payment line)"));
    m_date = new QDateEdit(QDate::currentDate(), tab);
    m_date->setMaximumWidth(130);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setToolTip(tr("The rules in force on this date apply"));
    m_inputProblem = new QLabel(tab);
    m_inputProblem->setWordWrap(true);
    m_inputProblem->setStyleSheet(u"color: #c62828;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Selling price:"), m_price);
    form->addRow(tr("Su&pply price:"), m_supply);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("Co&mmission (%):"), m_commission);
    form->addRow(tr("A&ffiliate rate (%):"), m_affiliateRate);
    form->addRow(tr("Affiliate s&hare (%):"), m_affiliateShare);
    form->addRow(tr("Product &cost:"), m_cost);
    form->addRow(tr("Pac&kaging:"), m_packaging);
    form->addRow(tr("&First mile:"), m_firstMile);
    form->addRow(tr("Shipping to the &buyer:"), m_delivery);
    form->addRow(QString(), m_popular);
    form->addRow(tr("Rules as of:"), m_date);
    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_inputProblem);
    leftLayout->addStretch();
    left->setMaximumWidth(285);

    m_breakdown = new QTableWidget(0, int(OrderTerms::modelCodes().size()), tab);
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_breakdown->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_breakdown->verticalHeader()->setDefaultSectionSize(m_breakdown->fontMetrics().height() + 6);
    m_best = new QLabel(tab);
    m_best->setWordWrap(true);
    m_warnings = new QLabel(tab);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    auto *right = new QWidget(tab);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_breakdown, 1);
    rightLayout->addWidget(m_best);
    rightLayout->addWidget(m_warnings);
    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(left);
    layout->addWidget(right, 1);

    for (QLineEdit *e : {m_price, m_supply, m_commission, m_affiliateRate, m_affiliateShare, m_cost, m_packaging,
                         m_firstMile, m_delivery})
        connect(e, &QLineEdit::textChanged, this, &CalculatorsPage::recompute);
    connect(m_currency, &QComboBox::currentTextChanged, this, &CalculatorsPage::recompute);
    connect(m_quantity, &QSpinBox::valueChanged, this, &CalculatorsPage::recompute);
    connect(m_popular, &QCheckBox::toggled, this, &CalculatorsPage::recompute);
    connect(m_date, &QDateEdit::dateChanged, this, &CalculatorsPage::recompute);
    return tab;
}

void CalculatorsPage::recompute()
{
    CalcInput in;
    in.currency = Currency::of(m_currency->currentText());
    in.quantity = m_quantity->value();
    in.popular = m_popular->isChecked();
    in.date = m_date->date();
    QStringList problems;
    auto money = [&](QLineEdit *e, const QString &what) -> std::optional<qint64> {
        const QString text = e->text().trimmed();
        e->setStyleSheet(QString());
        if (text.isEmpty())
            return std::nullopt;
        QString why;
        const auto m = Money::parse(text, in.currency, QLocale().decimalPoint().at(0), &why);
        const auto plain = m ? m : Money::parse(text, in.currency, u'.', &why);
        if (!plain || plain->currency() != in.currency || plain->isNegative()) {
            e->setStyleSheet(u"background: #ffebee;"_s);
            problems << tr("%1: %2").arg(what, plain ? tr("an amount of 0 or more in %1").arg(in.currency.code()) : why);
            return std::nullopt;
        }
        return plain->minorUnits();
    };
    auto rate = [&](QLineEdit *e, const QString &what) -> std::optional<Rate> {
        const QString text = e->text().trimmed();
        e->setStyleSheet(QString());
        if (text.isEmpty())
            return std::nullopt;
        const auto r = Rate::parsePercent(text, nullptr, QLocale().decimalPoint().at(0));
        const auto plain = r ? r : Rate::parsePercent(text);
        if (!plain || plain->millionths() < 0 || plain->millionths() > Rate::One) {
            e->setStyleSheet(u"background: #ffebee;"_s);
            problems << tr("%1: a percentage from 0 to 100").arg(what);
            return std::nullopt;
        }
        return plain;
    };
    in.priceMinor = money(m_price, tr("Selling price"));
    in.supplyPriceMinor = money(m_supply, tr("Supply price"));
    in.commissionRate = rate(m_commission, tr("Commission"));
    in.affiliateRate = rate(m_affiliateRate, tr("Affiliate rate")).value_or(Rate());
    in.affiliateShare = rate(m_affiliateShare, tr("Affiliate share")).value_or(Rate());
    in.costMinor = money(m_cost, tr("Product cost")).value_or(0);
    in.packagingMinor = money(m_packaging, tr("Packaging")).value_or(0);
    in.firstMileMinor = money(m_firstMile, tr("First mile")).value_or(0);
    in.deliveryMinor = money(m_delivery, tr("Shipping to the buyer")).value_or(0);
    m_inputProblem->setText(problems.join(u'\n'));

    const CalcComparison c = ProfitCalculator(m_context->db()).compare(in);
    // Rows: every line key in the order it first appears.
    QStringList keys;
    QHash<QString, QString> labels;
    QHash<QString, CalcLine::Kind> kinds;
    for (const CalcResult &r : c.models) {
        qsizetype at = 0;
        for (const CalcLine &l : r.lines) {
            const qsizetype found = keys.indexOf(l.key);
            if (found < 0) {
                keys.insert(at, l.key);
                labels.insert(l.key, l.label);
                kinds.insert(l.key, l.kind);
                ++at;
            } else {
                at = found + 1;
            }
        }
    }
    keys.append(u"margin"_s);
    labels.insert(u"margin"_s, tr("Margin"));
    m_breakdown->clear();
    m_breakdown->setRowCount(int(keys.size()));
    m_breakdown->setColumnCount(int(c.models.size()));
    QStringList headers;
    for (const CalcResult &r : c.models)
        headers << (r.model == c.best ? tr("%1 ★").arg(shortModel(r.model)) : shortModel(r.model));
    m_breakdown->setHorizontalHeaderLabels(headers);
    for (int col = 0; col < c.models.size(); ++col)
        m_breakdown->horizontalHeaderItem(col)->setToolTip(OrderTerms::modelLabel(c.models.at(col).model));
    QStringList rowLabels;
    for (const QString &k : std::as_const(keys))
        rowLabels << (kinds.value(k) == CalcLine::Kind::Info ? u"   "_s + labels.value(k) : labels.value(k));
    m_breakdown->setVerticalHeaderLabels(rowLabels);
    QStringList warnings;
    for (int col = 0; col < c.models.size(); ++col) {
        const CalcResult &r = c.models.at(col);
        if (!r.computed) {
            auto *item = new QTableWidgetItem(tr("needs input"));
            item->setToolTip(r.why);
            item->setForeground(palette().color(QPalette::PlaceholderText));
            m_breakdown->setItem(0, col, item);
            continue;
        }
        for (const CalcLine &l : r.lines) {
            auto *item = new QTableWidgetItem(l.amount.format());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(ruleTip(l));
            QFont f = item->font();
            if (l.kind == CalcLine::Kind::Info) {
                f.setItalic(true);
                item->setForeground(palette().color(QPalette::PlaceholderText));
            } else if (l.kind == CalcLine::Kind::Subtotal || l.kind == CalcLine::Kind::Total) {
                f.setBold(true);
            }
            item->setFont(f);
            if (l.kind == CalcLine::Kind::Total && l.amount.isNegative())
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_breakdown->setItem(int(keys.indexOf(l.key)), col, item);
        }
        if (r.margin) {
            auto *item = new QTableWidgetItem(tr("%1 %").arg(QLocale().toString(double(r.margin->millionths()) / 10000.0, 'f', 2)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tr("Profit ÷ revenue: %1 %").arg(r.margin->toPercentText()));
            m_breakdown->setItem(int(keys.size() - 1), col, item);
        }
        for (const QString &w : r.warnings)
            warnings << u"<b>%1:</b> %2"_s.arg(OrderTerms::modelLabel(r.model).toHtmlEscaped(), w.toHtmlEscaped());
        if (r.model == c.best) {
            for (int row = 0; row < keys.size(); ++row) {
                if (auto *item = m_breakdown->item(row, col))
                    item->setBackground(QColor(0xe8, 0xf5, 0xe9));
            }
        }
    }
    m_best->setText(c.best.isEmpty() ? tr("Enter a selling price or a supply price.")
                                     : tr("Best: %1.").arg(c.why));
    m_warnings->setText(warnings.join(u"<br>"_s));
}

QWidget *CalculatorsPage::buildBatchTab()
{
    auto *tab = new QWidget(this);
    auto *open = new QPushButton(tr("&Open product list…"), tab);
    open->setToolTip(tr("CSV or XLSX: product_id, name, price, supply_price, cost, packaging, first_mile, delivery, "
                        "commission_rate … (English or Chinese headers)"));
    auto *orders = new QPushButton(tr("From the o&rders"), tab);
    orders->setToolTip(tr("The products sold in the last 90 days, at their average price, without costs"));
    auto *exportButton = new QPushButton(tr("E&xport…"), tab);
    m_batchSearch = new QLineEdit(tab);
    m_batchSearch->setPlaceholderText(tr("Filter by product id or name"));
    m_batchSearch->setClearButtonEnabled(true);
    m_batchBest = new QComboBox(tab);
    m_batchBest->addItem(tr("Any best model"), QString());
    for (const QString &model : OrderTerms::modelCodes())
        m_batchBest->addItem(tr("Best: %1").arg(OrderTerms::modelLabel(model)), shortModel(model).replace(u'\n', u' '));
    m_batchStatus = new QLabel(tr("Open a product list (CSV or XLSX), or take the products sold in the last 90 days "
                                  "from the orders: every product is computed under all five models, the best one "
                                  "named with its lead over the next."),
                               tab);
    m_batchStatus->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addWidget(orders);
    row->addWidget(exportButton);
    row->addSpacing(12);
    row->addWidget(m_batchSearch, 1);
    row->addWidget(m_batchBest);

    m_batchModel = new QStandardItemModel(this);
    m_batchProxy = new QSortFilterProxyModel(this);
    m_batchProxy->setSourceModel(m_batchModel);
    m_batchProxy->setSortRole(SortRole);
    m_batchProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_batchView = new QTableView(tab);
    m_batchView->setModel(m_batchProxy);
    m_batchView->setSortingEnabled(true);
    m_batchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchView->verticalHeader()->hide();
    m_batchView->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_batchStatus);
    layout->addWidget(m_batchView, 1);
    connect(open, &QPushButton::clicked, this, &CalculatorsPage::openList);
    connect(orders, &QPushButton::clicked, this, &CalculatorsPage::fromOrders);
    connect(exportButton, &QPushButton::clicked, this, &CalculatorsPage::exportBatch);
    connect(m_batchSearch, &QLineEdit::textChanged, this, &CalculatorsPage::batchFilterChanged);
    connect(m_batchBest, &QComboBox::currentIndexChanged, this, &CalculatorsPage::batchFilterChanged);
    showBatch({});
    return tab;
}

void CalculatorsPage::showBatch(const QList<BatchRow> &rows)
{
    m_rows = rows;
    m_batchModel->clear();
    QStringList headers{tr("Product"), tr("Name"), tr("Price"), tr("Best model"), tr("Best profit"), tr("Lead")};
    for (const QString &model : OrderTerms::modelCodes())
        headers << shortModel(model);
    headers << tr("Warnings");
    m_batchModel->setHorizontalHeaderLabels(headers);
    auto moneyItem = [](const std::optional<Money> &m) {
        auto *item = new QStandardItem(m ? m->format() : QString());
        item->setData(m ? QVariant(m->minorUnits()) : QVariant(std::numeric_limits<qint64>::min()), SortRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    auto textItem = [](const QString &t) {
        auto *item = new QStandardItem(t);
        item->setData(t, SortRole);
        return item;
    };
    for (const BatchRow &r : rows) {
        const CalcResult *best = r.result(r.comparison.best);
        QList<QStandardItem *> items{
                textItem(r.product.productId), textItem(r.product.name),
                moneyItem(r.product.input.priceMinor ? std::optional(Money(*r.product.input.priceMinor, r.product.input.currency))
                                                     : std::nullopt),
                textItem(r.comparison.best.isEmpty() ? QString() : shortModel(r.comparison.best).replace(u'\n', u' ')),
                moneyItem(best ? std::optional(best->profit) : std::nullopt), moneyItem(r.lead())};
        QStringList warnings;
        for (const QString &model : OrderTerms::modelCodes()) {
            const CalcResult *m = r.result(model);
            items << moneyItem(m && m->computed ? std::optional(m->profit) : std::nullopt);
            if (m && model == r.comparison.best)
                warnings = m->warnings;
        }
        items << textItem(warnings.join(u' '));
        m_batchModel->appendRow(items);
    }
    m_batchView->setColumnWidth(0, 130);
    m_batchView->setColumnWidth(1, 170);
    for (int c = 2; c < m_batchModel->columnCount() - 1; ++c)
        m_batchView->setColumnWidth(c, 100);
    batchFilterChanged();
}

void CalculatorsPage::batchFilterChanged()
{
    // Product id or name, and the best model.
    const QString text = m_batchSearch->text().trimmed();
    const QString best = m_batchBest->currentData().toString();
    for (int row = 0; row < m_batchModel->rowCount(); ++row) {
        const bool textOk = text.isEmpty() || m_batchModel->item(row, 0)->text().contains(text, Qt::CaseInsensitive)
                || m_batchModel->item(row, 1)->text().contains(text, Qt::CaseInsensitive);
        const bool bestOk = best.isEmpty() || m_batchModel->item(row, 3)->text() == best;
        m_batchModel->item(row, 0)->setData(textOk && bestOk ? u"1"_s : u"0"_s, Qt::UserRole + 2);
    }
    m_batchProxy->setFilterRole(Qt::UserRole + 2);
    m_batchProxy->setFilterKeyColumn(0);
    m_batchProxy->setFilterFixedString(u"1"_s);
    if (!m_rows.isEmpty())
        m_batchStatus->setText(tr("%1 of %n product(s) shown; every product under every model, as of %2.", nullptr,
                                  int(m_rows.size()))
                                       .arg(m_batchProxy->rowCount())
                                       .arg(QLocale().toString(m_date->date(), QLocale::ShortFormat)));
}

void CalculatorsPage::openList()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a product list"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Product lists (*.csv *.xlsx)"));
    if (file.isEmpty())
        return;
    QStringList problems;
    QString error;
    const auto products = BatchCalculator::read(file, {}, &problems, &error);
    if (!products) {
        QMessageBox box(QMessageBox::Warning, tr("Product list not read"), error, QMessageBox::Ok, this);
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
        return;
    }
    showBatch(BatchCalculator(m_context->db()).compute(*products, m_date->date()));
}

void CalculatorsPage::fromOrders()
{
    const BatchCalculator batch(m_context->db());
    const QDate day = m_date->date();
    showBatch(batch.compute(batch.fromOrders(m_context->currentStoreId(), day.addDays(-90), day.addDays(1)), day));
}

void CalculatorsPage::exportBatch()
{
    if (m_rows.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Open a product list or take the products from the orders first."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the batch"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"fulfillment-models.xlsx"_s),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!BatchCalculator::write(m_rows, file, &error))
        QMessageBox::warning(this, tr("Not exported"), error);
}

QWidget *CalculatorsPage::buildSubsidyTab()
{
    auto *tab = new QWidget(this);
    m_subsidyStore = new QComboBox(tab);
    m_subsidyFigures = new QLabel(tab);
    m_subsidyFigures->setTextFormat(Qt::RichText);
    m_subsidyFigures->setWordWrap(true);
    m_subsidyFigures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_subsidyChart = new QChartView(tab);
    m_subsidyChart->setRenderHint(QPainter::Antialiasing);
    m_subsidyChart->setMinimumHeight(260);
    m_leftProducts = new QTableWidget(0, 3, tab);
    m_leftProducts->setHorizontalHeaderLabels({tr("POP product"), tr("Units"), tr("Waivable commission")});
    m_leftProducts->horizontalHeaderItem(2)->setToolTip(tr("The commission these POP orders paid that warehoused semi-managed would waive"));
    m_leftProducts->verticalHeader()->hide();
    m_leftProducts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leftProducts->horizontalHeader()->setStretchLastSection(true);
    m_leftProducts->setColumnWidth(0, 250);
    m_leftProducts->setColumnWidth(1, 60);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Store:"), tab));
    row->addWidget(m_subsidyStore);
    row->addStretch();
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_subsidyFigures, 1);
    lower->addWidget(m_leftProducts, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_subsidyChart, 3);
    layout->addLayout(lower, 2);
    connect(m_subsidyStore, &QComboBox::activated, this, &CalculatorsPage::reloadSubsidies);
    return tab;
}

void CalculatorsPage::reloadSubsidies()
{
    m_subsidiesStale = false;
    const qint64 current = m_subsidyStore->currentData().toLongLong();
    m_subsidyStore->clear();
    for (const Store &s : StoreRepository(m_context->db()).all(false))
        m_subsidyStore->addItem(s.name, s.id);
    const qint64 wanted = current > 0 ? current : m_context->currentStoreId();
    m_subsidyStore->setCurrentIndex(std::max(0, m_subsidyStore->findData(wanted)));
    const qint64 storeId = m_subsidyStore->currentData().toLongLong();
    QChart *chart = m_subsidyChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back without deleting it
        delete axis;
    }
    m_leftProducts->setRowCount(0);
    if (storeId <= 0) {
        m_subsidyFigures->setText(tr("Add a store to see its subsidies."));
        return;
    }
    const QList<SubsidyMonth> months = SubsidySummary(m_context->db()).months(storeId, QDate::currentDate(), 12);
    if (months.isEmpty())
        return;
    const Currency currency = months.last().currency;
    auto *captured = new QBarSet(tr("Captured (commission saved + fees waived)"));
    auto *left = new QBarSet(tr("Left on the table (POP commission)"));
    captured->setColor(QColor(0x2e, 0x7d, 0x32));
    left->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    double top = 1;
    const double perMajor = double(currency.minorPerMajor());
    for (const SubsidyMonth &m : months) {
        // Chart heights only: the figures themselves stay exact.
        *captured << double(m.captured().minorUnits()) / perMajor;
        *left << double(m.leftOnTable.minorUnits()) / perMajor;
        top = std::max({top, double(m.captured().minorUnits()) / perMajor, double(m.leftOnTable.minorUnits()) / perMajor});
        //: a date format for a month on the chart's axis
        labels << QLocale().toString(m.month, tr("MMM yy"));
    }
    auto *series = new QBarSeries;
    series->append(captured);
    series->append(left);
    chart->addSeries(series);
    chart->setTitle(tr("Subsidies by month (%1)").arg(currency.code()));
    auto *x = new QBarCategoryAxis(chart);
    x->append(labels);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    const SubsidyMonth &m = months.last();
    QString html = u"<b>%1</b><table>"_s.arg(tr("%1, month to date").arg(QLocale().toString(m.month, tr("MMMM yyyy", "a date format: month and year"))).toHtmlEscaped());
    auto rowHtml = [](const QString &label, const QString &value) {
        return u"<tr><td style=\"padding-right:12px\">%1</td><td align=\"right\">%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                                  value.toHtmlEscaped());
    };
    html += rowHtml(tr("Commission charged"), m.commissionCharged.format());
    html += rowHtml(tr("Commission saved against POP"), m.commissionSaved.format());
    html += rowHtml(tr("Warehouse fees waived"), m.feesWaived.format());
    html += rowHtml(tr("Captured"), m.captured().format());
    html += rowHtml(tr("Advance payment eligible (popular products)"), m.advanceEligible.format());
    html += rowHtml(tr("Left on the table by POP products"), m.leftOnTable.format());
    html += u"</table>"_s;
    QStringList orders;
    for (const SubsidyMonth::Model &row : m.models)
        orders << tr("%1: %n order(s)", nullptr, int(row.orders)).arg(OrderTerms::modelLabel(row.model));
    if (!orders.isEmpty())
        html += u"<p>"_s + orders.join(u" · "_s).toHtmlEscaped() + u"</p>"_s;
    if (m.otherCurrencyOrders > 0)
        html += u"<p><i>"_s
                + tr("%n order(s) in other currencies are not valued.", nullptr, int(m.otherCurrencyOrders)).toHtmlEscaped()
                + u"</i></p>"_s;
    m_subsidyFigures->setText(html);
    for (const SubsidyMonth::Product &p : m.leftProducts) {
        const int r = m_leftProducts->rowCount();
        m_leftProducts->insertRow(r);
        m_leftProducts->setItem(r, 0, new QTableWidgetItem(p.name.isEmpty() ? p.productId : p.name));
        m_leftProducts->setItem(r, 1, new QTableWidgetItem(QLocale().toString(p.units)));
        m_leftProducts->setItem(r, 2, new QTableWidgetItem(p.commission.format()));
    }
}

} // namespace sd::ui
