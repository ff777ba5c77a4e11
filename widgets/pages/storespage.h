#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sd {
class StoresModel;
}

namespace sd::ui {

class AppContext;

// Stores: add, rename, archive. Every record in the workspace belongs to one.
class StoresPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoresPage)
public:
    explicit StoresPage(AppContext *context, QWidget *parent = nullptr);

    void addStore();
    void renameSelected();
    void toggleArchiveSelected();
    void toggleSelfDelivery();

private:
    int selectedRow() const;
    void updateButtons();

    AppContext *m_context;
    StoresModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_archive;
    QPushButton *m_selfDelivery;
    QCheckBox *m_showArchived;
};

} // namespace sd::ui
