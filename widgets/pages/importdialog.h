#pragma once

#include "orders/ordercolumns.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd {
struct ImportResult;
using OrderImportResult = ImportResult;
}

namespace sd::ui {

class AppContext;

// Maps the columns of a layout SellerDesk does not know, and saves the mapping by name.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT
public:
    ColumnMappingDialog(const QStringList &header, const QHash<OrderField, QString> &initial,
                        QWidget *parent = nullptr);
    QHash<OrderField, QString> mapping() const;
    QString saveName() const;

private:
    QHash<OrderField, QComboBox *> m_combos;
    QLineEdit *m_name;
};

// Imports an order export (CSV or XLSX) into a store: options, a check-only run,
// the import itself on a worker thread with Cancel, and the outcome.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(AppContext *context, QWidget *parent = nullptr);
    void setFile(const QString &path);

private:
    void browse();
    void fileChanged();
    void mapColumns();
    void start(bool dryRun);
    void showResult(const OrderImportResult &result, bool dryRun);
    // The model last chosen for the store's imports (this workspace, this user), or none.
    void restoreModel();
    void rememberModel();
    QString modelSettingsKey() const;
    // Says, under the model, when the file does not tell how its orders are fulfilled
    // and no model is chosen: before Check, not once per row after it.
    void updateModelHint();

    AppContext *m_context;
    QLineEdit *m_file;
    QComboBox *m_store;
    QComboBox *m_zone;
    QComboBox *m_model;
    QLabel *m_modelHint;
    QComboBox *m_sheet;
    QComboBox *m_mapping;
    QCheckBox *m_skipBad;
    QLabel *m_verdict;
    QPlainTextEdit *m_output;
    QPushButton *m_check;
    QPushButton *m_import;
    QHash<OrderField, QString> m_customMapping;
    bool m_fileHasModel = true; // the file's header has a fulfillment model column
};

} // namespace sd::ui
