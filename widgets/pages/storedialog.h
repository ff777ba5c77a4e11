#pragma once

#include "stores/storerepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sd::ui {

// Adds a store, or renames one (then only the name can change).
class StoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreDialog)
public:
    enum class Mode { Add, Rename };

    StoreDialog(const QSqlDatabase &db, Mode mode, const Store &store, QWidget *parent = nullptr);

    // The id of the store added or renamed once accepted.
    qint64 storeId() const { return m_store.id; }

    void accept() override;

private:
    Store collect() const;

    QSqlDatabase m_db;
    Mode m_mode;
    Store m_store;
    QLineEdit *m_name;
    QLineEdit *m_account;
    QComboBox *m_currency;
    QComboBox *m_timeZone;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
