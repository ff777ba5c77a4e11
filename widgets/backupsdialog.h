#pragma once

#include <QDialog>

#include <functional>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
template <typename T>
class QFutureWatcher;

namespace sd::ui {

class AppContext;

// File › Backups…: the workspace's backups (date, kind, size, schema version), Back Up
// Now, Restore…, how many daily backups are kept, and Open Folder. The list follows the
// backup folder as files come and go (the daily backup, sellerdesk-cli).
//
// A restore needs every connection to the workspace closed, this window's included, so
// the dialog does not restore by itself: after the person confirms it hands the backup to
// the restore handler (main() closes the window and the workspace, restores, reopens).
class BackupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)
public:
    using RestoreHandler = std::function<void(const QString &backupFile)>;
    // Without a handler the dialog offers no restore.
    static void setRestoreHandler(RestoreHandler handler);

    explicit BackupsDialog(AppContext *context, QWidget *parent = nullptr);
    ~BackupsDialog() override;

    void reload();
    // Tests: Restore… asks nothing when the confirmation is answered here.
    void setConfirmation(
            std::function<bool(const QString &question, const QString &details)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    void done(int result) override;

private:
    struct ManualResult
    {
        bool ok = false;
        QString path;
        QString error;
    };

    void backUpNow();
    void restoreSelected();
    void updateButtons();
    void saveKeptCount();
    QString selectedPath() const;

    AppContext *m_context;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_backUpNow;
    QPushButton *m_restore;
    QSpinBox *m_keep;
    QTimer *m_keepTimer;
    QTimer *m_reloadTimer;
    QFileSystemWatcher *m_folderWatcher;
    QFutureWatcher<ManualResult> *m_manual;
    std::function<bool(const QString &, const QString &)> m_confirm;
};

} // namespace sd::ui
