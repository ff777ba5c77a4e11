#include "cli/cliapp.h"
#include "i18n.h"
#include "reports/reportrenderer.h"
#include "store/workspacepaths.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The command, past the global options: "report" draws PDFs with Qt Charts, which
// needs a QApplication; every other command runs without a GUI.
QString commandOf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--db"_s) {
            ++i;
            continue;
        }
        if (!a.startsWith(u"--"_s))
            return a;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (commandOf(argc, argv) == u"report"_s) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A scheduled job has no display: draw offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    sd::paths::setApplicationIdentity();
    sd::i18n::apply(sd::i18n::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    sd::CliApp cli(out, err);
    cli.setPdfRenderer([](const sd::ReportDocument &doc, const QString &path, QPageSize::PageSizeId size,
                          QString *error) { return sd::ReportRenderer::writePdf(doc, path, size, QLocale(), error); });
    return cli.run(args);
}
