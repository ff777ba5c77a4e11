#include "cli/cliapp.h"
#include "i18n.h"
#include "store/workspacepaths.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sd::paths::setApplicationIdentity();
    sd::i18n::apply(sd::i18n::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return sd::CliApp(out, err).run(args);
}
