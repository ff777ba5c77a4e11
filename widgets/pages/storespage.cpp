#include "storespage.h"

#include "appcontext.h"
#include "pageheader.h"
#include "storedialog.h"
#include "stores/storesmodel.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sd::ui {

StoresPage::StoresPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new StoresModel(context->db(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add store…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_archive(new QPushButton(tr("Arc&hive"), this))
    , m_selfDelivery(new QPushButton(this))
    , m_showArchived(new QCheckBox(tr("Show archived stores"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StoresModel::ArchivedRole);
    m_proxy->setFilterFixedString(QStringLiteral("false"));
    m_proxy->setFilterKeyColumn(StoresModel::NameColumn);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(StoresModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(StoresModel::AccountColumn, 160);
    m_view->setColumnWidth(StoresModel::CurrencyColumn, 90);
    m_view->setColumnWidth(StoresModel::TimeZoneColumn, 170);
    m_view->setColumnWidth(StoresModel::OrdersColumn, 90);
    m_view->setColumnWidth(StoresModel::JitHandoverColumn, 200);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_selfDelivery);
    buttons->addStretch();
    buttons->addWidget(m_showArchived);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Stores"),
            tr("Each seller account you run is a store. Every order, dispute and claim belongs "
               "to one; choose a store in the toolbar to see only its records."),
            this));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &StoresPage::addStore);
    connect(m_rename, &QPushButton::clicked, this, &StoresPage::renameSelected);
    connect(m_archive, &QPushButton::clicked, this, &StoresPage::toggleArchiveSelected);
    connect(m_selfDelivery, &QPushButton::clicked, this, &StoresPage::toggleSelfDelivery);
    connect(m_view, &QTableView::doubleClicked, this, &StoresPage::renameSelected);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("false"));
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StoresPage::updateButtons);
    connect(m_context, &AppContext::storesChanged, m_model, &StoresModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StoresPage::updateButtons);
    updateButtons();
}

int StoresPage::selectedRow() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void StoresPage::updateButtons()
{
    const int row = selectedRow();
    m_rename->setEnabled(row >= 0);
    m_archive->setEnabled(row >= 0);
    m_archive->setText(row >= 0 && m_model->storeAt(row).archived ? tr("Unarc&hive")
                                                                 : tr("Arc&hive"));
    m_selfDelivery->setEnabled(row >= 0);
    const bool self = row >= 0 && m_model->storeAt(row).jitSelfDelivery;
    m_selfDelivery->setText(self ? tr("JIT: use Cainiao &pickup") : tr("JIT: &self-deliver"));
    m_selfDelivery->setToolTip(
            self ? tr("Semi-managed JIT orders are collected by the Cainiao pickup: the 24-hour "
                      "handover rule applies.")
                 : tr("This store delivers semi-managed JIT orders to the warehouse itself: the "
                      "48-hour handover rule applies."));
}

void StoresPage::addStore()
{
    StoreDialog dialog(m_context->db(), StoreDialog::Mode::Add, Store(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->notifyStoresChanged();
    const int row = m_model->rowOf(dialog.storeId());
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void StoresPage::renameSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    StoreDialog dialog(m_context->db(), StoreDialog::Mode::Rename, m_model->storeAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        m_context->notifyStoresChanged();
}

void StoresPage::toggleArchiveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Store store = m_model->storeAt(row);
    if (!store.archived) {
        const auto answer = QMessageBox::question(
                this, tr("Archive store"),
                tr("Archive \"%1\"? Its records stay in the workspace and it can be unarchived "
                   "at any time; it is hidden from the store picker.")
                        .arg(store.name));
        if (answer != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!StoreRepository(m_context->db()).setArchived(store.id, !store.archived, &error)) {
        QMessageBox::warning(this, tr("Archive store"), error);
        return;
    }
    if (!store.archived && m_context->currentStoreId() == store.id)
        m_context->setCurrentStoreId(0);
    m_context->notifyStoresChanged();
}

void StoresPage::toggleSelfDelivery()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Store store = m_model->storeAt(row);
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = StoreRepository(m_context->db()).setJitSelfDelivery(store.id, !store.jitSelfDelivery, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("JIT handover"), error);
        return;
    }
    m_context->notifyStoresChanged();
}

} // namespace sd::ui
