#include "importdialog.h"

#include "appcontext.h"
#include "importsummary.h"
#include "io/xlsxreader.h"
#include "orders/orderimporter.h"
#include "orders/orderterms.h"
#include "store/workspace.h"
#include "stores/storerepository.h"
#include "taskrunner.h"
#include "time/utctime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

ColumnMappingDialog::ColumnMappingDialog(const QStringList &header,
                                         const QHash<OrderField, QString> &initial, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Map columns"));
    const OrderColumns detected = OrderColumns::detect(header, initial);
    auto *form = new QFormLayout;
    const QList<OrderField> required = OrderColumns::requiredFields();
    for (OrderField f : OrderColumns::allFields()) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("— not in the file —"), QString());
        for (const QString &h : header)
            combo->addItem(h, h);
        const int col = detected.column(f);
        if (col >= 0)
            combo->setCurrentIndex(col + 1);
        QString label = OrderColumns::label(f);
        if (required.contains(f))
            label = tr("%1 (required)").arg(label);
        form->addRow(label, combo);
        m_combos.insert(f, combo);
    }
    auto *fields = new QWidget(this);
    fields->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);

    m_name->setPlaceholderText(tr("Name, to reuse this mapping for the next file"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        for (OrderField f : OrderColumns::requiredFields()) {
            if (m_combos.value(f)->currentData().toString().isEmpty()) {
                QMessageBox::warning(this, windowTitle(),
                                     tr("Choose the column for \"%1\".").arg(OrderColumns::label(f)));
                return;
            }
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose which column of the file holds each field. Fields left "
                                "out keep what the workspace already has."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Save as:"), m_name);
    layout->addLayout(nameRow);
    layout->addWidget(buttons);
    resize(560, 640);
}

QHash<OrderField, QString> ColumnMappingDialog::mapping() const
{
    QHash<OrderField, QString> out;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty())
            out.insert(it.key(), header);
    }
    return out;
}

QString ColumnMappingDialog::saveName() const
{
    return m_name->text().trimmed();
}

ImportDialog::ImportDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_file(new QLineEdit(this))
    , m_store(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_modelHint(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_mapping(new QComboBox(this))
    , m_skipBad(new QCheckBox(tr("Import the good rows; write the bad ones, with reasons, to a CSV "
                                 "beside the file"),
                              this))
    , m_verdict(ImportSummary::makeVerdictLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check only"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import orders"));
    m_file->setObjectName(u"importFile"_s);
    m_store->setObjectName(u"importStore"_s);
    m_model->setObjectName(u"importModel"_s);
    m_output->setObjectName(u"importDetails"_s);
    m_import->setObjectName(u"importButton"_s);
    m_check->setObjectName(u"checkButton"_s);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_file->setPlaceholderText(tr("Seller-center order export, or a SellerDesk export (.csv, .xlsx)"));

    const auto stores = StoreRepository(context->db()).all(false);
    for (const Store &s : stores)
        m_store->addItem(s.name, s.id);
    m_store->addItem(tr("The store named in each row"), qint64(0));
    const int current = m_store->findData(context->currentStoreId());
    m_store->setCurrentIndex(current >= 0 && context->currentStoreId() > 0 ? current : 0);

    m_zone->addItem(tr("The store's time zone"), QString());
    m_zone->addItem(tr("US Pacific (AliExpress API data)"), utc::aliexpressApiZone().id());
    m_zone->addItem(tr("China (Asia/Shanghai)"), u"Asia/Shanghai"_s);
    m_zone->addItem(tr("UTC"), u"UTC"_s);

    m_model->addItem(tr("— from the file —"), QString());
    for (const QString &code : OrderTerms::modelCodes())
        m_model->addItem(OrderTerms::modelLabel(code), code);
    m_model->setToolTip(tr("The seller-center export does not say how an order is fulfilled: "
                           "choose the model of this file's new orders. Orders already in the "
                           "workspace keep theirs."));

    m_sheet->setEnabled(false);

    m_mapping->addItem(tr("By header names"), QString());
    for (const QString &name : ColumnMappingRepository(context->db()).names())
        m_mapping->addItem(name, name);
    auto *mapButton = new QPushButton(tr("&Map columns…"), this);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(mapButton);

    m_modelHint->setObjectName(u"modelHint"_s);
    m_modelHint->setWordWrap(true);
    m_modelHint->setText(tr("This file does not say how its orders are fulfilled (seller-center "
                            "exports never do): choose the model of its new orders."));
    QPalette hintPalette = m_modelHint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_modelHint->setPalette(hintPalette);
    m_modelHint->hide();

    // A row holding a layout gets its label made here, with the buddy its shortcut
    // moves to (QFormLayout gives a buddy only to a row of one widget; without one the
    // label shows its "&" as it is).
    auto *form = new QFormLayout;
    auto addLayoutRow = [this, form](const QString &text, QLayout *row, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, row);
    };
    addLayoutRow(tr("&File:"), fileRow, m_file);
    form->addRow(tr("&Store:"), m_store);
    form->addRow(tr("&Times are in:"), m_zone);
    form->addRow(tr("Fulfillment &model:"), m_model);
    form->addRow(QString(), m_modelHint);
    form->addRow(tr("S&heet:"), m_sheet);
    addLayoutRow(tr("&Columns:"), mappingRow, m_mapping);
    form->addRow(QString(), m_skipBad);

    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("Check a file first to see what it would change; nothing is "
                                    "written until you import. An import goes in completely or "
                                    "not at all."));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(mapButton, &QPushButton::clicked, this, &ImportDialog::mapColumns);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::fileChanged);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_check->setEnabled(!text.trimmed().isEmpty());
        m_import->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_store, &QComboBox::currentIndexChanged, this, &ImportDialog::restoreModel);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ImportDialog::updateModelHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_output, 1);
    layout->addWidget(buttons);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    restoreModel();
    resize(760, 560);
}

QString ImportDialog::modelSettingsKey() const
{
    // Store ids are the workspace's own: the key names the workspace file too.
    const QByteArray workspace = QCryptographicHash::hash(
            QDir::cleanPath(m_context->workspace()->path()).toUtf8(), QCryptographicHash::Sha1);
    return u"import/model/%1/%2"_s.arg(QString::fromLatin1(workspace.toHex().left(16)))
            .arg(m_store->currentData().toLongLong());
}

void ImportDialog::restoreModel()
{
    const int index = m_model->findData(QSettings().value(modelSettingsKey()).toString());
    m_model->setCurrentIndex(index >= 0 ? index : 0);
    updateModelHint();
}

void ImportDialog::rememberModel()
{
    QSettings().setValue(modelSettingsKey(), m_model->currentData().toString());
}

void ImportDialog::updateModelHint()
{
    m_modelHint->setVisible(!m_fileHasModel && m_model->currentData().toString().isEmpty());
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    fileChanged();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(u"import/dir"_s).toString();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import orders"), dir,
            tr("Order exports (*.csv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"import/dir"_s, QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::fileChanged()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_sheet->clear();
    m_sheet->setEnabled(false);
    m_customMapping.clear();
    m_fileHasModel = true;
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        XlsxReader reader(path);
        if (!reader.open()) {
            m_output->setPlainText(reader.errorString());
            updateModelHint();
            return;
        }
        for (const QString &name : reader.sheetNames())
            m_sheet->addItem(name, name);
        m_sheet->setEnabled(m_sheet->count() > 1);
    }
    // Whether the file says how its orders are fulfilled (SellerDesk's exports do, the
    // seller center's do not). A file that cannot be read is explained by Check.
    QString error;
    const QStringList header = OrderImporter::readHeader(path, m_sheet->currentData().toString(), &error);
    if (!header.isEmpty())
        m_fileHasModel = OrderColumns::detect(header).has(OrderField::Model);
    updateModelHint();
}

void ImportDialog::mapColumns()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        browse();
        return;
    }
    QString error;
    const QStringList header = OrderImporter::readHeader(path, m_sheet->currentData().toString(), &error);
    if (header.isEmpty()) {
        m_output->setPlainText(error);
        return;
    }
    QHash<OrderField, QString> initial = m_customMapping;
    if (initial.isEmpty() && !m_mapping->currentData().toString().isEmpty()) {
        if (const auto saved = ColumnMappingRepository(m_context->db())
                                       .load(m_mapping->currentData().toString(), &error))
            initial = *saved;
    }
    ColumnMappingDialog dialog(header, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_customMapping = dialog.mapping();
    if (!dialog.saveName().isEmpty()) {
        if (!ColumnMappingRepository(m_context->db()).save(dialog.saveName(), m_customMapping, &error)) {
            QMessageBox::warning(this, tr("Map columns"), error);
            return;
        }
        if (m_mapping->findData(dialog.saveName()) < 0)
            m_mapping->addItem(dialog.saveName(), dialog.saveName());
        m_mapping->setCurrentIndex(m_mapping->findData(dialog.saveName()));
    } else {
        if (m_mapping->findData(u"*"_s) < 0)
            m_mapping->addItem(tr("As mapped (not saved)"), u"*"_s);
        m_mapping->setCurrentIndex(m_mapping->findData(u"*"_s));
    }
}

void ImportDialog::start(bool dryRun)
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    OrderImportOptions options;
    options.storeId = m_store->currentData().toLongLong();
    if (const QString zone = m_zone->currentData().toString(); !zone.isEmpty())
        options.sourceZone = QTimeZone(zone.toUtf8());
    options.defaultModel = m_model->currentData().toString();
    options.sheet = m_sheet->currentData().toString();
    const QString mappingName = m_mapping->currentData().toString();
    QString error;
    if (mappingName == u"*"_s) {
        options.mapping = m_customMapping;
    } else if (!mappingName.isEmpty()) {
        const auto saved = ColumnMappingRepository(m_context->db()).load(mappingName, &error);
        if (!saved) {
            m_output->setPlainText(error);
            return;
        }
        options.mapping = *saved;
    }
    options.skipBad = m_skipBad->isChecked();
    options.dryRun = dryRun;

    OrderImportResult result;
    Workspace *workspace = m_context->workspace();
    TaskRunner::run(this, workspace,
                    dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName())
                           : tr("Importing %1…").arg(QFileInfo(path).fileName()),
                    [&](const std::atomic_bool &cancel, const TaskRunner::Progress &progress) {
                        OrderImportOptions o = options;
                        o.cancel = &cancel;
                        o.progress = progress;
                        result = OrderImporter(workspace->connection()).run(path, o);
                    });
    showResult(result, dryRun);
    if (result.committed) {
        rememberModel();
        m_context->notifyOrdersChanged();
    }
}

void ImportDialog::showResult(const OrderImportResult &r, bool dryRun)
{
    ImportSummary::show(m_verdict, m_output, r, dryRun);
}

} // namespace sd::ui
