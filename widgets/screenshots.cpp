#include "screenshots.h"

#include "mainwindow.h"
#include "backupsdialog.h"
#include "pageregistry.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

// Lets a page finish what it defers to the event loop (layouts, previews, timers of
// 0 ms) before it is grabbed, as a person looking at it would see it.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int renderScreenshots(MainWindow &window, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QApplication::translate("sd::ui::Screenshots", "cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(dir));
        return -1;
    }
    window.resize(1280, 800);
    window.show();
    const auto &pages = PageRegistry::pages();
    int written = 0;
    for (int i = 0; i < pages.size(); ++i) {
        window.showPage(i);
        settle();
        const QString file = QDir(dir).filePath(pages[i].id + u".png"_s);
        if (!window.grab().save(file)) {
            *error = QApplication::translate("sd::ui::Screenshots", "cannot write %1")
                             .arg(QDir::toNativeSeparators(file));
            return -1;
        }
        ++written;
        // A page taller than the window is also shown scrolled to its end.
        QWidget *page = window.page(i);
        auto *scroll = page ? page->findChild<QScrollArea *>() : nullptr;
        if (scroll && scroll->verticalScrollBar()->maximum() > 0) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            settle();
            const QString end = QDir(dir).filePath(pages[i].id + u"-end.png"_s);
            if (!window.grab().save(end)) {
                *error = QApplication::translate("sd::ui::Screenshots", "cannot write %1")
                                 .arg(QDir::toNativeSeparators(end));
                return -1;
            }
            scroll->verticalScrollBar()->setValue(0);
            ++written;
        }
        // A page with tabs is also shown on each further tab.
        auto *tabs = page ? page->findChild<QTabWidget *>() : nullptr;
        for (int t = 1; tabs && t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            settle();
            const QString file = QDir(dir).filePath(pages[i].id + u"-tab%1.png"_s.arg(t + 1));
            if (!window.grab().save(file)) {
                *error = QApplication::translate("sd::ui::Screenshots", "cannot write %1")
                                 .arg(QDir::toNativeSeparators(file));
                return -1;
            }
            ++written;
        }
        if (tabs)
            tabs->setCurrentIndex(0);
    }

    // The dialogs of the File menu that hold settings, as they open.
    const std::pair<QString, std::function<QDialog *()>> dialogs[] = {
        {u"dialog-backups"_s, [&window] { return new BackupsDialog(window.context(), &window); }},
        {u"dialog-settings"_s, [&window] { return new SettingsDialog(window.context(), &window); }},
    };
    for (const auto &[name, create] : dialogs) {
        std::unique_ptr<QDialog> dialog(create());
        dialog->show();
        settle();
        const QString file = QDir(dir).filePath(name + u".png"_s);
        if (!dialog->grab().save(file)) {
            *error = QApplication::translate("sd::ui::Screenshots", "cannot write %1")
                             .arg(QDir::toNativeSeparators(file));
            return -1;
        }
        ++written;
    }
    return written;
}

} // namespace sd::ui
