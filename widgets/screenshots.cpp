#include "screenshots.h"

#include "mainwindow.h"
#include "backupsdialog.h"
#include "pageregistry.h"
#include "settingsdialog.h"
#include "appcontext.h"
#include "claims/claimrepository.h"
#include "pages/claimspage.h"
#include "pages/importdialog.h"
#include "pages/replyeditor.h"
#include "replies/replydrafter.h"
#include "replies/templaterepository.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
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

bool grabTo(QWidget &widget, const QString &dir, const QString &name, QString *error)
{
    const QString file = QDir(dir).filePath(name + u".png"_s);
    if (widget.grab().save(file))
        return true;
    *error = QApplication::translate("sd::ui::Screenshots", "cannot write %1").arg(QDir::toNativeSeparators(file));
    return false;
}

// The Claims page with the reply drafted for an undecided claim that has photos
// (claims-draft-before) and for a claim settled with a full refund
// (claims-draft-after), of the same buyer language when the workspace has one; each in
// the buyer's language and, when that is not English, in English too (…-en). Returns
// the number of files written, -1 on failure.
int renderClaimDrafts(MainWindow &window, const QString &dir, QString *error)
{
    const auto &pages = PageRegistry::pages();
    int index = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages[i].id == u"claims"_s)
            index = i;
    }
    if (index < 0)
        return 0;
    window.showPage(index);
    auto *page = window.findChild<ClaimsPage *>();
    auto *table = page ? page->findChild<QTableView *>() : nullptr;
    if (!page || !table)
        return 0;
    ClaimFilter all;
    all.view = ClaimFilter::View::All;
    page->applyFilter(all);
    QAbstractItemModel *model = table->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    const ClaimRepository claims(window.context()->db());
    const TemplateRepository templates(window.context()->db());
    auto replyLanguage = [&](const Claim &c) {
        const auto t = templates.current(ReplyDrafter::suggestTemplate(c, claims.photos(c.id).size()));
        return t ? ReplyDrafter::suggestLanguage(c, *t).section(u'_', 0, 0) : QString();
    };
    QList<qint64> ids; // oldest first, whatever order the list shows
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ClaimsTableModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    std::optional<Claim> before;
    QList<Claim> refunded;
    for (qint64 id : std::as_const(ids)) {
        const auto c = claims.byId(id);
        if (!c)
            continue;
        if (!before && c->resolution.isEmpty() && !claims.photos(c->id).isEmpty())
            before = c;
        if (c->resolution == u"full_refund"_s)
            refunded.append(*c);
    }
    if (!before || refunded.isEmpty())
        return 0;
    Claim after = refunded.first();
    for (const Claim &c : std::as_const(refunded)) {
        if (replyLanguage(c) == replyLanguage(*before)) {
            after = c;
            break;
        }
    }
    int written = 0;
    for (const auto &[claim, name] : {std::pair{*before, u"claims-draft-before"_s}, std::pair{after, u"claims-draft-after"_s}}) {
        page->applyFilter(all, claim.id);
        ReplyEditor *editor = page->replyEditor();
        if (ReplyDrafter(window.context()->db()).agentName().isEmpty())
            editor->setSignature(u"Mei"_s);
        settle();
        if (!grabTo(window, dir, name, error))
            return -1;
        ++written;
        if (replyLanguage(claim) != u"en"_s && editor->setLanguage(u"en"_s)) {
            settle();
            if (!grabTo(window, dir, name + u"-en"_s, error))
                return -1;
            ++written;
        }
    }
    return written;
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

    // The Claims page drafting a reply before and after a decision.
    const int claimShots = renderClaimDrafts(window, dir, error);
    if (claimShots < 0)
        return -1;
    written += claimShots;

    // The dialogs of the File menu, as they open.
    const std::pair<QString, std::function<QDialog *()>> dialogs[] = {
        {u"dialog-backups"_s, [&window] { return new BackupsDialog(window.context(), &window); }},
        {u"dialog-settings"_s, [&window] { return new SettingsDialog(window.context(), &window); }},
        {u"dialog-import"_s, [&window] { return new ImportDialog(window.context(), &window); }},
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
