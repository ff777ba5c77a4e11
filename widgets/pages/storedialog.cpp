#include "storedialog.h"

#include "money/currency.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

StoreDialog::StoreDialog(const QSqlDatabase &db, Mode mode, const Store &store, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_store(store)
    , m_name(new QLineEdit(store.name, this))
    , m_account(new QLineEdit(store.accountId, this))
    , m_currency(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Add ? tr("Add store") : tr("Rename store"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("As it appears in the seller center"));
    m_account->setMaxLength(64);
    m_account->setPlaceholderText(tr("e.g. cn1521873042"));
    m_currency->addItems(Currency::commonCodes());
    m_currency->setCurrentText(store.currency);
    QStringList zones;
    const auto ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (id.contains('/'))
            zones << QString::fromUtf8(id);
    }
    m_timeZone->addItems(zones);
    m_timeZone->setEditable(true);
    m_timeZone->setCurrentText(store.timeZone);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(p);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Account id:"), m_account);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Time zone:"), m_timeZone);
    const bool rename = mode == Mode::Rename;
    m_account->setEnabled(!rename);
    m_currency->setEnabled(!rename);
    m_timeZone->setEnabled(!rename);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(rename ? tr("Rename") : tr("Add store"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StoreDialog::reject);
    connect(m_name, &QLineEdit::textChanged, m_error, [this] { m_error->setVisible(false); });
    resize(440, sizeHint().height());
}

Store StoreDialog::collect() const
{
    Store s = m_store;
    s.name = m_name->text().trimmed();
    s.accountId = m_account->text().trimmed();
    s.currency = m_currency->currentText();
    s.timeZone = m_timeZone->currentText().trimmed();
    return s;
}

void StoreDialog::accept()
{
    StoreRepository repo(m_db);
    QString error;
    const Store s = collect();
    if (m_mode == Mode::Add) {
        const auto id = repo.add(s, &error);
        if (id)
            m_store.id = *id;
    } else {
        repo.rename(m_store.id, s.name, &error);
    }
    if (!error.isEmpty()) {
        // Keep the dialog and what was typed; say what to fix.
        m_error->setText(error);
        m_error->setVisible(true);
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sd::ui
