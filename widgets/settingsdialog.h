#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sd::ui {

class AppContext;

// File › Workspace Settings: the settings kept in the workspace (shared by every
// computer and by sellerdesk-cli): import limits, the evidence size limit, and how
// long buyers' personal data is kept, with the purge of what is older.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext *context, QWidget *parent = nullptr);

private:
    void load();
    bool save();
    void countPending();
    void purge();

    AppContext *m_context;
    QSpinBox *m_fileMb;
    QSpinBox *m_fields;
    QSpinBox *m_unpackedMb;
    QSpinBox *m_evidenceMb;
    QSpinBox *m_retention;
    QLabel *m_pending;
    QPushButton *m_purge;
    QDialogButtonBox *m_buttons;
    QTimer *m_recount;
};

} // namespace sd::ui
