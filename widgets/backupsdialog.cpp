#include "backupsdialog.h"

#include "appcontext.h"
#include "files/workspacesettings.h"
#include "store/backupcatalog.h"
#include "store/privatefiles.h"
#include "store/workspace.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

BackupsDialog::RestoreHandler &restoreHandler()
{
    static BackupsDialog::RestoreHandler handler;
    return handler;
}

enum Column { WhenColumn, KindColumn, SizeColumn, VersionColumn };
constexpr int PathRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole + 1;

} // namespace

void BackupsDialog::setRestoreHandler(RestoreHandler handler)
{
    restoreHandler() = std::move(handler);
}

BackupsDialog::BackupsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_backUpNow(new QPushButton(tr("Back Up &Now"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_keep(new QSpinBox(this))
    , m_keepTimer(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
    , m_folderWatcher(new QFileSystemWatcher(this))
    , m_manual(new QFutureWatcher<ManualResult>(this))
{
    setWindowTitle(tr("Backups"));
    resize(720, 440);
    const BackupCatalog catalog(m_context->workspace()->path());
    privatefiles::makeDir(catalog.backupDir());

    auto *intro = new QLabel(
            tr("A daily backup is written when SellerDesk opens the workspace and each day while "
               "it stays open. Backups are also written before an update of the workspace and "
               "before a restore; only the oldest daily backups are ever removed."),
            this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Written"), tr("Kind"), tr("Size"), tr("Version")});
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BackupsDialog::restoreSelected);

    m_backUpNow->setObjectName(u"backUpNow"_s);
    m_restore->setObjectName(u"restore"_s);
    auto *openFolder = new QPushButton(tr("Open &Folder"), this);
    openFolder->setObjectName(u"openFolder"_s);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(openFolder, &QPushButton::clicked, this, [dir = catalog.backupDir()] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });

    m_keep->setObjectName(u"keepDaily"_s);
    m_keep->setRange(1, 365);
    m_keep->setValue(WorkspaceSettings(m_context->db()).backupsKeepDaily());
    auto *keepLabel = new QLabel(tr("Daily backups &kept:"), this);
    keepLabel->setBuddy(m_keep);
    // Written once the value settles, not on every step of the arrows.
    m_keepTimer->setSingleShot(true);
    m_keepTimer->setInterval(600);
    connect(m_keep, &QSpinBox::valueChanged, m_keepTimer, qOverload<>(&QTimer::start));
    connect(m_keepTimer, &QTimer::timeout, this, &BackupsDialog::saveKeptCount);

    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(catalog.backupDir())));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_restore);
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    buttons->addWidget(keepLabel);
    buttons->addWidget(m_keep);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    // The folder changes under us: the daily backup, sellerdesk-cli, a file deleted by hand.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &BackupsDialog::reload);
    m_folderWatcher->addPath(catalog.backupDir());
    connect(m_folderWatcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));

    connect(m_manual, &QFutureWatcher<ManualResult>::finished, this, [this] {
        const ManualResult r = m_manual->result();
        reload();
        if (!r.ok) {
            m_status->setText(tr("The backup failed: %1").arg(r.error));
            QMessageBox::warning(this, tr("Back Up Now"), r.error);
        } else {
            m_status->setText(tr("Backup written to %1").arg(QDir::toNativeSeparators(r.path)));
            for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
                if (m_list->topLevelItem(i)->data(WhenColumn, PathRole).toString() == r.path)
                    m_list->setCurrentItem(m_list->topLevelItem(i));
            }
        }
        updateButtons();
    });

    reload();
}

BackupsDialog::~BackupsDialog()
{
    m_manual->waitForFinished();
    if (m_keepTimer->isActive())
        saveKeptCount();
}

void BackupsDialog::done(int result)
{
    if (m_keepTimer->isActive())
        saveKeptCount();
    QDialog::done(result);
}

void BackupsDialog::reload()
{
    const QString selected = selectedPath();
    const QList<BackupEntry> backups = BackupCatalog(m_context->workspace()->path()).list();
    const QLocale locale;
    m_list->clear();
    for (const BackupEntry &e : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, locale.toString(e.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(KindColumn, BackupCatalog::kindName(e.kind));
        item->setText(SizeColumn, locale.formattedDataSize(e.bytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (e.schemaVersion < 0)
            item->setText(VersionColumn, tr("unreadable"));
        else if (e.schemaVersion > Workspace::latestSchemaVersion())
            item->setText(VersionColumn, tr("%1 (newer)").arg(e.schemaVersion));
        else
            item->setText(VersionColumn, QString::number(e.schemaVersion));
        item->setData(WhenColumn, PathRole, e.path);
        item->setData(WhenColumn, VersionRole, e.schemaVersion);
        for (int c = WhenColumn; c <= VersionColumn; ++c)
            item->setToolTip(c, QDir::toNativeSeparators(e.path));
        if (e.path == selected)
            m_list->setCurrentItem(item);
    }
    for (int c = KindColumn; c <= VersionColumn; ++c)
        m_list->resizeColumnToContents(c);
    // The folder may have been created or replaced since: watch it again.
    const QString dir = BackupCatalog(m_context->workspace()->path()).backupDir();
    if (!m_folderWatcher->directories().contains(dir))
        m_folderWatcher->addPath(dir);
    updateButtons();
}

QString BackupsDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(WhenColumn, PathRole).toString() : QString();
}

void BackupsDialog::updateButtons()
{
    const bool busy = m_manual->isRunning();
    const bool readOnly = m_context->workspace()->isReadOnly();
    m_backUpNow->setEnabled(!busy && !readOnly);
    m_keep->setEnabled(!readOnly);
    const QTreeWidgetItem *item = m_list->currentItem();
    const int version =
            item && item->isSelected() ? item->data(WhenColumn, VersionRole).toInt() : -1;
    const bool restorable = version >= 1 && version <= Workspace::latestSchemaVersion();
    m_restore->setEnabled(!busy && restorable && restoreHandler());
    m_restore->setToolTip(restoreHandler()
                                  ? QString()
                                  : tr("Restoring is available in the SellerDesk window."));
}

void BackupsDialog::backUpNow()
{
    if (m_manual->isRunning())
        return;
    m_status->setText(tr("Backing up…"));
    Workspace *ws = m_context->workspace();
    m_manual->setFuture(QtConcurrent::run([ws] {
        ManualResult r;
        r.ok = BackupCatalog(ws->path()).writeManual(*ws, &r.path, &r.error);
        ws->releaseConnection(); // this pool thread's connection
        return r;
    }));
    updateButtons();
}

void BackupsDialog::restoreSelected()
{
    if (!m_restore->isEnabled())
        return;
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString path = selectedPath();
    if (!item || path.isEmpty())
        return;
    const QString when = item->text(WhenColumn);
    const QString question = tr("Restore the backup written %1?").arg(when);
    const QString details =
            tr("SellerDesk will close this window and the workspace, check the backup, save the "
               "workspace as it is now as a before-restore backup, put the backup in its place "
               "and open it again.\n\nWhat was recorded after %1 will then only be in the "
               "before-restore backup, which you can restore in turn.")
                    .arg(when);
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(question, details);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Restore backup"), question, QMessageBox::Cancel,
                        this);
        box.setInformativeText(details);
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        confirmed = box.clickedButton() == restore;
    }
    if (!confirmed)
        return;
    saveKeptCount();
    accept();
    // Copied: the handler may replace itself.
    const RestoreHandler handler = restoreHandler();
    handler(path);
}

void BackupsDialog::saveKeptCount()
{
    m_keepTimer->stop();
    WorkspaceSettings settings(m_context->db());
    if (settings.backupsKeepDaily() == m_keep->value())
        return;
    QString error;
    if (!settings.setValue(WorkspaceSettings::BackupsKeepDaily, QString::number(m_keep->value()),
                           &error))
        QMessageBox::warning(this, tr("Backups"),
                             tr("The number of daily backups kept was not saved: %1").arg(error));
}

} // namespace sd::ui
