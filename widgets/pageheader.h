#pragma once

#include <QWidget>

class QLabel;

namespace sd::ui {

// The title and one-line purpose at the top of every page.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)
public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace sd::ui
