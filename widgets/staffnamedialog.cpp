#include "staffnamedialog.h"

#include "core/staffname.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

StaffNameDialog::StaffNameDialog(QWidget *parent) : QDialog(parent), m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Your name"));
    setObjectName(u"staffNameDialog"_s);
    m_name->setObjectName(u"staffName"_s);
    m_name->setMaxLength(80);
    const QString saved = StaffName::saved();
    m_name->setText(saved.isEmpty() ? StaffName::systemUser() : saved);
    m_name->selectAll();

    auto *intro = new QLabel(tr("Your team sees this name beside your work: on dispute, chargeback "
                                "and claim timelines, in the audit log and in the import "
                                "history. It is kept on this computer for your system account."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_name, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        StaffName::save(name());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString StaffNameDialog::name() const
{
    return m_name->text().simplified();
}

bool StaffNameDialog::askOnce(QWidget *parent)
{
    if (!StaffName::saved().isEmpty())
        return false;
    StaffNameDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        StaffName::save(StaffName::systemUser()); // not asked again; File › Your Name… changes it
    return true;
}

} // namespace sd::ui
