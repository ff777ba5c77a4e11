#include "appcontext.h"
#include "backupsdialog.h"
#include "demo/demoseeder.h"
#include "i18n.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "staffnamedialog.h"
#include "store/backupcatalog.h"
#include "store/workspace.h"
#include "store/workspacepaths.h"
#include "stores/storerepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Everything that holds the workspace open, torn down in the order that lets each part
// finish with it: the daily backup's worker, the window and its pages, the context, and
// last the workspace with its connections. A restore needs all of them gone.
struct Session
{
    std::unique_ptr<sd::Workspace> workspace;
    std::unique_ptr<sd::ui::AppContext> context;
    std::unique_ptr<sd::ui::MainWindow> window;
    std::unique_ptr<sd::DailyBackupScheduler> daily;

    void close()
    {
        daily.reset(); // waits for a running backup
        window.reset();
        context.reset();
        workspace.reset();
    }
    ~Session() { close(); }
};

// Runs `work` on a worker thread while a busy dialog keeps the interface alive.
template <typename T, typename Work>
T runBusy(const QString &label, Work work)
{
    QProgressDialog progress(label, QString(), 0, 0);
    progress.setWindowTitle(QApplication::translate("main", "SellerDesk"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(400);
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    loop.exec(); // finished is delivered through the event loop, even when already done
    return watcher.result();
}

struct RestoreOutcome
{
    bool ok = false;
    sd::BackupCatalog::RestoreResult result;
    QString error;
};

RestoreOutcome restoreBackup(const QString &workspace, const QString &backup)
{
    return runBusy<RestoreOutcome>(QApplication::translate("main", "Restoring the backup…"),
                                   [workspace, backup] {
                                       RestoreOutcome o;
                                       o.ok = sd::BackupCatalog(workspace).restore(
                                               backup, &o.result, &o.error);
                                       return o;
                                   });
}

// Tells what the restore did and where the workspace as it was is kept.
void reportRestore(const RestoreOutcome &o)
{
    if (!o.ok) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "SellerDesk"), o.error);
        return;
    }
    QString text = QApplication::translate("main", "The backup %1 was restored.")
                           .arg(QDir::toNativeSeparators(o.result.restored));
    if (!o.result.beforeRestore.isEmpty())
        text += u"\n\n"_s
                + QApplication::translate(
                          "main", "The workspace as it was before is kept as the backup %1.")
                          .arg(QDir::toNativeSeparators(o.result.beforeRestore));
    if (!o.result.damagedAside.isEmpty())
        text += u"\n\n"_s
                + QApplication::translate("main", "The damaged workspace is kept as %1.")
                          .arg(QDir::toNativeSeparators(o.result.damagedAside));
    QMessageBox::information(nullptr, QApplication::translate("main", "SellerDesk"), text);
}

struct NewestBackup
{
    std::optional<sd::BackupEntry> entry;
};

// A workspace that failed its integrity check: offer the newest backup that passes one.
// True when it was restored and can be opened again.
bool offerBackupFor(const QString &path, const QString &error)
{
    const NewestBackup newest = runBusy<NewestBackup>(
            QApplication::translate("main", "Looking for a healthy backup…"),
            [path] { return NewestBackup{sd::BackupCatalog(path).newestHealthy()}; });
    if (!newest.entry) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SellerDesk"),
                              error + u"\n\n"_s
                                      + QApplication::translate("main",
                                                                "No healthy backup was found."));
        return false;
    }
    const QLocale locale;
    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "SellerDesk"),
                    QApplication::translate("main", "The workspace is damaged and was not opened."),
                    QMessageBox::NoButton);
    box.setInformativeText(
            QApplication::translate("main",
                                    "SellerDesk can restore the newest healthy backup, written %1 "
                                    "(%2). The damaged workspace is kept next to it under another "
                                    "name. What was recorded after the backup was written is not "
                                    "in it.")
                    .arg(locale.toString(newest.entry->time.toLocalTime(), QLocale::ShortFormat),
                         locale.formattedDataSize(newest.entry->bytes)));
    box.setDetailedText(error);
    QPushButton *restore = box.addButton(QApplication::translate("main", "Restore Backup"),
                                         QMessageBox::AcceptRole);
    box.addButton(QApplication::translate("main", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const RestoreOutcome o = restoreBackup(path, newest.entry->path);
    reportRestore(o);
    return o.ok;
}

struct Options
{
    QCommandLineOption demo{u"demo"_s,
                            u"Open the demo workspace (created with sample data on first run)."_s};
    QCommandLineOption db{u"db"_s, u"Open the workspace at PATH."_s, u"PATH"_s};
    QCommandLineOption screenshots{u"screenshots"_s,
                                   u"Render every page to DIR/<page>.png and exit."_s, u"DIR"_s};
    QCommandLineOption lang{u"lang"_s, u"Interface language: en or zh_CN."_s, u"LANG"_s};
};

Options describeOptions(QCommandLineParser &parser)
{
    Options o;
    parser.setApplicationDescription(u"SellerDesk: operations console for AliExpress sellers"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.demo, o.db, o.screenshots, o.lang});
    return o;
}

// --help and --version answer without a display (a package check, a script over SSH): they
// need no more than a QCoreApplication.
bool onlyAsksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version"
            || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        sd::paths::setApplicationIdentity();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }
    QApplication app(argc, argv);
    sd::paths::setApplicationIdentity();

    QCommandLineParser parser;
    const Options options = describeOptions(parser);
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &shotsOption = options.screenshots;
    const QCommandLineOption &langOption = options.lang;
    parser.process(app);

    QSettings settings;
    const QString language = parser.isSet(langOption)
            ? parser.value(langOption)
            : settings.value(u"language"_s, sd::i18n::systemLanguage()).toString();
    if (!sd::i18n::apply(language)) {
        qWarning("SellerDesk: unknown language \"%s\"; use en or zh_CN", qUtf8Printable(language));
        sd::i18n::apply(u"en"_s);
    }

    const bool demo = parser.isSet(demoOption) && !parser.isSet(dbOption);
    const QString path = parser.isSet(dbOption)
            ? parser.value(dbOption)
            : (demo ? sd::paths::demoWorkspace() : sd::paths::defaultWorkspace());
    const bool headless = parser.isSet(shotsOption);

    auto report = [headless](const QString &message) {
        if (headless)
            qCritical("error: %s", qUtf8Printable(message));
        else
            QMessageBox::critical(nullptr, QApplication::translate("main", "SellerDesk"), message);
        return 1;
    };

    if (headless) {
        sd::Workspace workspace(path);
        QString error;
        if (!workspace.open(&error))
            return report(error);
        if (demo && sd::StoreRepository(workspace.connection()).all().isEmpty()
            && !sd::DemoSeeder(workspace.connection()).seed(QDate::currentDate(), &error))
            return report(error);
        sd::ui::AppContext context(&workspace, demo);
        sd::ui::MainWindow window(&context);
        const int pages = sd::ui::renderScreenshots(window, parser.value(shotsOption), &error);
        if (pages < 0)
            return report(error);
        qInfo("%d pages written to %s", pages,
              qUtf8Printable(QDir::toNativeSeparators(parser.value(shotsOption))));
        return 0;
    }

    // The window can be torn down and built again around a restored workspace: a session
    // is opened here, and again after each restore asked for in File › Backups….
    Session session;
    auto openSession = [&]() -> bool {
        for (;;) {
            auto workspace = std::make_unique<sd::Workspace>(path);
            QString error;
            if (!workspace->open(&error)) {
                const bool damaged =
                        workspace->openFailure() == sd::Workspace::OpenFailure::Damaged;
                workspace.reset(); // every connection closed before a restore
                if (!damaged) {
                    report(error);
                    return false;
                }
                if (!offerBackupFor(path, error))
                    return false;
                continue; // open the restored workspace
            }
            if (demo && sd::StoreRepository(workspace->connection()).all().isEmpty()
                && !sd::DemoSeeder(workspace->connection()).seed(QDate::currentDate(), &error)) {
                report(error);
                return false;
            }
            session.workspace = std::move(workspace);
            session.context = std::make_unique<sd::ui::AppContext>(session.workspace.get(), demo);
            session.window = std::make_unique<sd::ui::MainWindow>(session.context.get());
            session.daily = std::make_unique<sd::DailyBackupScheduler>(session.workspace.get());
            // A failed daily backup stays in the status bar; a written one is not news.
            auto *window = session.window.get();
            QObject::connect(session.daily.get(), &sd::DailyBackupScheduler::finished, window,
                             [window](bool ok, const QString &, bool, const QStringList &,
                                      const QString &why) {
                                 if (!ok)
                                     window->statusBar()->showMessage(
                                             QApplication::translate("main",
                                                                     "The daily backup failed: %1")
                                                     .arg(why));
                             });
            session.window->show();
            // The first start asks who is working, once the window is on screen.
            QTimer::singleShot(0, window, [window] { sd::ui::StaffNameDialog::askOnce(window); });
            // After the first page has loaded; the backup itself runs on a worker thread. A
            // workspace open read-only (a read-only disk) has nowhere to write one.
            if (!session.workspace->isReadOnly())
                session.daily->start(3000);
            return true;
        }
    };

    // File › Backups… › Restore: close everything, restore, reopen with a fresh window.
    std::function<void(const QString &)> restoreAndReopen = [&](const QString &backup) {
        // Only from the main event loop, once the dialog that asked has returned: the window
        // about to be deleted must not be on the stack.
        if (QApplication::activeModalWidget() || QThread::currentThread()->loopLevel() > 1) {
            QTimer::singleShot(50, &app, [&restoreAndReopen, backup] { restoreAndReopen(backup); });
            return;
        }
        // Closing the window must not end the application this time.
        app.setQuitOnLastWindowClosed(false);
        QApplication::setOverrideCursor(Qt::WaitCursor); // a daily backup may be finishing
        session.close();
        QApplication::restoreOverrideCursor();
        reportRestore(restoreBackup(path, backup));
        // Restored or not (then the workspace is unchanged), it is opened again.
        if (!openSession()) {
            QCoreApplication::exit(1);
            return;
        }
        app.setQuitOnLastWindowClosed(true);
    };
    sd::ui::BackupsDialog::setRestoreHandler([&app, &restoreAndReopen](const QString &backup) {
        QTimer::singleShot(0, &app, [&restoreAndReopen, backup] { restoreAndReopen(backup); });
    });

    if (!openSession())
        return 1;
    const int code = app.exec();
    sd::ui::BackupsDialog::setRestoreHandler({});
    session.close();
    return code;
}
