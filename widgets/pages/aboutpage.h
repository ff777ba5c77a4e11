#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace sd::ui {

class AppContext;

// About: what SellerDesk is, which workspace is open and what it holds.
class AboutPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutPage)
public:
    explicit AboutPage(AppContext *context, QWidget *parent = nullptr);

    void refresh();

private:
    AppContext *m_context;
    QLabel *m_workspace;
    QLabel *m_schema;
    QLabel *m_contents;
    QLabel *m_size;
    QLabel *m_backups;
};

} // namespace sd::ui
