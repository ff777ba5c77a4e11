#pragma once

#include <QDialog>

class QLineEdit;

namespace sd::ui {

// File › Your Name…: the name this person's work is recorded under (case timelines, the
// audit log, imports), kept on this computer for this system user. Asked once, on the
// first start, prefilled with the system user name.
class StaffNameDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit StaffNameDialog(QWidget *parent = nullptr);
    QString name() const;

    // Asks when no name was given yet; cancelled, the system user name is kept and the
    // question is not asked again. True when it asked.
    static bool askOnce(QWidget *parent);

private:
    QLineEdit *m_name;
};

} // namespace sd::ui
