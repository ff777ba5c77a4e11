#include "settingsdialog.h"

#include "appcontext.h"
#include "files/workspacesettings.h"
#include "privacy/personaldata.h"
#include "store/workspace.h"
#include "taskrunner.h"
#include "time/utctime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

constexpr qint64 MiB = 1024 * 1024;

QSpinBox *spinBox(int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_fileMb(spinBox(1, 64 * 1024, tr(" MB")))
    , m_fields(spinBox(16, 16384, QString()))
    , m_unpackedMb(spinBox(1, 64 * 1024, tr(" MB")))
    , m_evidenceMb(spinBox(1, 500, tr(" MB")))
    , m_retention(spinBox(1, 240, tr(" months")))
    , m_pending(new QLabel)
    , m_purge(new QPushButton(tr("&Erase Older Personal Data…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
    , m_recount(new QTimer(this))
{
    setWindowTitle(tr("Workspace Settings"));
    setMinimumWidth(480);

    auto *imports = new QGroupBox(tr("Imports"));
    auto *importForm = new QFormLayout(imports);
    importForm->addRow(tr("Largest file:"), m_fileMb);
    importForm->addRow(tr("Most fields in one row:"), m_fields);
    importForm->addRow(tr("Largest Excel sheet, unpacked:"), m_unpackedMb);
    auto *importNote = new QLabel(tr("A file over a limit is refused before it is read, with a "
                                     "message naming the limit. The unpacked size stops "
                                     "\"zip bombs\": small workbooks that unpack to gigabytes."));
    importNote->setWordWrap(true);
    importForm->addRow(importNote);

    auto *evidence = new QGroupBox(tr("Evidence and photos"));
    auto *evidenceForm = new QFormLayout(evidence);
    evidenceForm->addRow(tr("Largest file:"), m_evidenceMb);

    auto *privacy = new QGroupBox(tr("Buyers' personal data"));
    auto *privacyForm = new QFormLayout(privacy);
    privacyForm->addRow(tr("Keep names and logins for:"), m_retention);
    m_pending->setWordWrap(true);
    privacyForm->addRow(m_pending);
    privacyForm->addRow(QString(), m_purge);

    m_recount->setSingleShot(true);
    m_recount->setInterval(250);
    connect(m_recount, &QTimer::timeout, this, &SettingsDialog::countPending);
    connect(m_retention, &QSpinBox::valueChanged, m_recount, qOverload<>(&QTimer::start));
    connect(m_purge, &QPushButton::clicked, this, &SettingsDialog::purge);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(imports);
    layout->addWidget(evidence);
    layout->addWidget(privacy);
    layout->addStretch();
    layout->addWidget(m_buttons);

    load();
    if (m_context->workspace()->isReadOnly()) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_purge->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->setToolTip(
                tr("The workspace is open read-only: nothing can be changed."));
    }
    countPending();
}

void SettingsDialog::load()
{
    const WorkspaceSettings s(m_context->db());
    m_fileMb->setValue(int(s.importMaxFileBytes() / MiB));
    m_fields->setValue(s.importMaxFields());
    m_unpackedMb->setValue(int(s.importMaxUnpackedBytes() / MiB));
    m_evidenceMb->setValue(int(s.attachmentMaxBytes() / MiB));
    const QSignalBlocker block(m_retention);
    m_retention->setValue(s.retentionMonths());
}

bool SettingsDialog::save()
{
    using S = WorkspaceSettings;
    WorkspaceSettings settings(m_context->db());
    const std::pair<QString, qint64> values[] = {
        {S::ImportMaxFileBytes, qint64(m_fileMb->value()) * MiB},
        {S::ImportMaxFields, m_fields->value()},
        {S::ImportMaxUnpackedBytes, qint64(m_unpackedMb->value()) * MiB},
        {S::AttachmentMaxBytes, qint64(m_evidenceMb->value()) * MiB},
        {S::RetentionMonths, m_retention->value()},
    };
    for (const auto &[key, value] : values) {
        const QString text = QString::number(value);
        if (settings.value(key) == text)
            continue;
        QString error;
        if (!settings.setValue(key, text, &error)) {
            // The dialog stays open with what was typed.
            QMessageBox::warning(this, tr("Settings not saved"),
                                 tr("The settings could not be saved: %1").arg(error));
            return false;
        }
    }
    return true;
}

void SettingsDialog::countPending()
{
    const qint64 cutoff = PersonalData::cutoffUtc(QDate::currentDate(), m_retention->value());
    QString error;
    const auto counts = PersonalData(m_context->db()).pending(cutoff, &error);
    const QLocale locale;
    const QString day = utc::fromStore(cutoff).date().toString(Qt::ISODate);
    if (!counts)
        m_pending->setText(tr("Cannot count the records: %1").arg(error));
    else if (counts->total() == 0)
        m_pending->setText(tr("No record from before %1 holds buyers' personal data.").arg(day));
    else
        m_pending->setText(tr("From before %1: %2 orders, %3 disputes, %4 damage claims and %5 "
                              "replies still hold buyers' names or logins.")
                                   .arg(day, locale.toString(counts->orders),
                                        locale.toString(counts->disputes),
                                        locale.toString(counts->claims),
                                        locale.toString(counts->replies)));
    m_purge->setEnabled(counts && counts->total() > 0 && !m_context->workspace()->isReadOnly());
}

void SettingsDialog::purge()
{
    const qint64 cutoff = PersonalData::cutoffUtc(QDate::currentDate(), m_retention->value());
    QString error;
    const auto counts = PersonalData(m_context->db()).pending(cutoff, &error);
    if (!counts || counts->total() == 0) {
        countPending();
        return;
    }
    const QLocale locale;
    const QString day = locale.toString(utc::fromStore(cutoff).date(), QLocale::LongFormat);
    QMessageBox confirm(QMessageBox::Warning, tr("Erase personal data"),
                        tr("Erase the buyers' names and logins from %1 orders, %2 disputes and "
                           "%3 damage claims from before %4, and the text of %5 replies sent to "
                           "those buyers?")
                                .arg(locale.toString(counts->orders), locale.toString(counts->disputes),
                                     locale.toString(counts->claims), day,
                                     locale.toString(counts->replies)),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("Amounts, statuses, products and countries stay, so reports "
                                  "still add up. This cannot be undone. Backups written before "
                                  "now still hold the data: daily ones roll over within the "
                                  "days kept; delete older manual and before-update backups "
                                  "from the backup folder if they must go too."));
    QPushButton *erase = confirm.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != erase)
        return;

    std::optional<PersonalData::Counts> erased;
    Workspace *workspace = m_context->workspace();
    TaskRunner::run(this, workspace, tr("Erasing personal data…"),
                    [&](const std::atomic_bool &, const TaskRunner::Progress &) {
                        erased = PersonalData(workspace->connection()).purge(cutoff, &error);
                    });
    if (!erased) {
        QMessageBox::warning(this, tr("Nothing erased"),
                             tr("The personal data could not be erased, and nothing was "
                                "changed: %1")
                                     .arg(error));
    } else {
        QMessageBox::information(this, tr("Personal data erased"),
                                 tr("Erased from %1 orders, %2 disputes, %3 damage claims and "
                                    "%4 replies.")
                                         .arg(locale.toString(erased->orders),
                                              locale.toString(erased->disputes),
                                              locale.toString(erased->claims),
                                              locale.toString(erased->replies)));
        m_context->notifyOrdersChanged();
        m_context->notifyClaimsChanged();
        m_context->notifyCasesChanged();
    }
    countPending();
}

} // namespace sd::ui
