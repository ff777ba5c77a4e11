#include "appcontext.h"
#include "demo/demoseeder.h"
#include "i18n.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "store/workspace.h"
#include "store/workspacepaths.h"
#include "stores/storerepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sd::paths::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"SellerDesk: operations console for AliExpress sellers"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
            u"demo"_s, u"Open the demo workspace (created with sample data on first run)."_s);
    const QCommandLineOption dbOption(u"db"_s, u"Open the workspace at PATH."_s, u"PATH"_s);
    const QCommandLineOption shotsOption(
            u"screenshots"_s, u"Render every page to DIR/<page>.png and exit."_s, u"DIR"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: en or zh_CN."_s,
                                        u"LANG"_s);
    parser.addOptions({demoOption, dbOption, shotsOption, langOption});
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

    sd::Workspace workspace(path);
    QString error;
    if (!workspace.open(&error))
        return report(error);
    if (demo && sd::StoreRepository(workspace.connection()).all().isEmpty()
        && !sd::DemoSeeder(workspace.connection()).seed(QDate::currentDate(), &error))
        return report(error);

    sd::ui::AppContext context(&workspace, demo);
    sd::ui::MainWindow window(&context);
    if (headless) {
        const int pages = sd::ui::renderScreenshots(window, parser.value(shotsOption), &error);
        if (pages < 0)
            return report(error);
        qInfo("%d pages written to %s", pages,
              qUtf8Printable(QDir::toNativeSeparators(parser.value(shotsOption))));
        return 0;
    }
    window.show();
    return app.exec();
}
