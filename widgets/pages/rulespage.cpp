#include "rulespage.h"

#include "appcontext.h"
#include "pageheader.h"
#include "rules/rulerepository.h"
#include "rules/rulesmodel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

void setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

QString unitHint(const RuleCatalog::Definition &def)
{
    switch (def.unit) {
    case RuleCatalog::Unit::Percent:
        return RulesPage::tr("%");
    case RuleCatalog::Unit::Money:
        return def.currency;
    case RuleCatalog::Unit::Hours:
        return RulesPage::tr("hours");
    case RuleCatalog::Unit::Days:
        return RulesPage::tr("days");
    case RuleCatalog::Unit::Count:
        return RulesPage::tr("items");
    case RuleCatalog::Unit::Date:
        return RulesPage::tr("YYYY-MM-DD");
    }
    return {};
}

} // namespace

RulesPage::RulesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_rules(new RulesModel(context->db(), this))
    , m_history(new RuleHistoryModel(context->db(), this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_rulesView(new QTableView(this))
    , m_ruleTitle(new QLabel(this))
    , m_ruleDescription(new QLabel(this))
    , m_ruleKey(new QLabel(this))
    , m_historyView(new QTableView(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_effective(new QDateEdit(QDate::currentDate(), this))
    , m_source(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add dated value"), this))
    , m_message(new QLabel(this))
{
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_source->setPlaceholderText(tr("Where this value comes from: announcement, page, person"));
    m_source->setMaxLength(500);

    setupTable(m_rulesView);
    m_rulesView->setModel(m_rules);
    m_rulesView->hideColumn(RulesModel::KeyColumn);
    m_rulesView->hideColumn(RulesModel::SourceColumn); // in the tooltip and the history pane
    m_rulesView->setColumnWidth(RulesModel::TitleColumn, 300);
    m_rulesView->setColumnWidth(RulesModel::ValueColumn, 90);
    m_rulesView->setColumnWidth(RulesModel::EffectiveColumn, 100);

    setupTable(m_historyView);
    m_historyView->setModel(m_history);
    // A rule has a handful of dated values, so fitting to contents is cheap here; the
    // source note takes the rest of the width and wraps so it is read in full. Who
    // entered a value is in the Entered column's tooltip.
    m_historyView->hideColumn(RuleHistoryModel::ByColumn);
    auto *historyHeader = m_historyView->horizontalHeader();
    historyHeader->setStretchLastSection(false);
    historyHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(RuleHistoryModel::SourceColumn, QHeaderView::Stretch);
    m_historyView->setWordWrap(true);
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QFont titleFont = m_ruleTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ruleTitle->setFont(titleFont);
    m_ruleTitle->setWordWrap(true);
    m_ruleDescription->setWordWrap(true);
    m_ruleKey->setForegroundRole(QPalette::PlaceholderText);
    m_ruleKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    // Left: all rules as of a date.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *asOfRow = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("Values in force on:"), left);
    asOfLabel->setBuddy(m_asOf);
    asOfRow->addWidget(asOfLabel);
    asOfRow->addWidget(m_asOf);
    auto *today = new QPushButton(tr("Today"), left);
    asOfRow->addWidget(today);
    asOfRow->addStretch();
    leftLayout->addLayout(asOfRow);
    leftLayout->addWidget(m_rulesView, 1);

    // Right: the selected rule, its history and the form.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_ruleTitle);
    rightLayout->addWidget(m_ruleDescription);
    rightLayout->addWidget(m_ruleKey);
    rightLayout->addWidget(new QLabel(tr("History (the value in bold is in force today):"), right));
    rightLayout->addWidget(m_historyView, 1);

    auto *form = new QGroupBox(tr("Add a dated value"), right);
    auto *formLayout = new QFormLayout(form);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);
    auto *valueLabel = new QLabel(tr("&Value:"), form);
    valueLabel->setBuddy(m_value);
    formLayout->addRow(valueLabel, valueRow);
    formLayout->addRow(tr("&Effective from:"), m_effective);
    formLayout->addRow(tr("&Source:"), m_source);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_message, 1);
    addRow->addWidget(m_add, 0, Qt::AlignTop);
    formLayout->addRow(addRow);
    rightLayout->addWidget(form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({600, 500});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Rules"),
            tr("Platform policy numbers change without notice. Each is kept with the date it "
               "takes effect and its source; calculators and deadlines use the value in force "
               "on the day in question."),
            this));
    layout->addWidget(splitter, 1);

    connect(m_asOf, &QDateEdit::dateChanged, m_rules, &RulesModel::setAsOf);
    connect(today, &QPushButton::clicked, this, [this] { m_asOf->setDate(QDate::currentDate()); });
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRule(m_rules->keyAt(current.row())); });
    connect(m_rules, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selection across as-of changes.
        const int row = m_rules->rowOfKey(m_history->key());
        if (row >= 0)
            m_rulesView->selectRow(row);
    });
    connect(m_add, &QPushButton::clicked, this, &RulesPage::addValue);
    connect(m_value, &QLineEdit::returnPressed, this, &RulesPage::addValue);
    connect(m_source, &QLineEdit::returnPressed, this, &RulesPage::addValue);

    if (m_rules->rowCount() > 0)
        m_rulesView->selectRow(0);
}

void RulesPage::selectKey(const QString &key)
{
    const int row = m_rules->rowOfKey(key);
    if (row >= 0)
        m_rulesView->selectRow(row);
}

void RulesPage::showRule(const QString &key)
{
    const auto *def = RuleCatalog::find(key);
    if (!def)
        return;
    m_ruleTitle->setText(RuleCatalog::title(*def));
    m_ruleDescription->setText(RuleCatalog::description(*def));
    m_ruleKey->setText(tr("Key: %1").arg(key));
    m_unit->setText(unitHint(*def));
    m_history->setKey(key);
    const auto current = RuleRepository(m_context->db()).valueAt(key, QDate::currentDate());
    m_value->setText(current ? current->value : QString());
    m_value->setPlaceholderText(unitHint(*def));
    m_message->setVisible(false);
}

bool RulesPage::addValue()
{
    const QString key = m_history->key();
    QString error;
    const auto id = RuleRepository(m_context->db())
                            .addValue(key, m_value->text(), m_effective->date(), m_source->text(),
                                      &error);
    QPalette p = m_message->palette();
    if (!id) {
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_message->setPalette(p);
        m_message->setText(error);
        m_message->setVisible(true);
        return false;
    }
    p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(tr("Added. Earlier values stay in the history."));
    m_message->setVisible(true);
    m_source->clear();
    m_rules->reload();
    m_history->reload();
    // Deadlines derived from the rule were recomputed with it.
    m_context->notifyOrdersChanged();
    return true;
}

} // namespace sd::ui
