#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace sd::ui {

class AppContext;

// The one place pages are registered: each feature adds its page here, and the
// main window, the shortcuts (Ctrl+1...9) and --screenshots follow this list.
struct PageInfo
{
    QString id; // file name for screenshots, settings key
    const char *title; // translated in context "sd::ui::PageRegistry"
    QString iconPath;
    std::function<QWidget *(AppContext *, QWidget *)> create;
};

class PageRegistry final
{
public:
    static const QList<PageInfo> &pages();
    static QString title(const PageInfo &page);
};

} // namespace sd::ui
