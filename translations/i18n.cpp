#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace sd::i18n {

namespace {

std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
QString s_current = u"en"_s;

} // namespace

QStringList available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &l : ui) {
        if (l.startsWith(u"zh"_s))
            return u"zh_CN"_s;
        if (l.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}

bool apply(const QString &language)
{
    if (!available().contains(language))
        return false;
    if (s_app)
        QCoreApplication::removeTranslator(s_app.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_app.reset();
    s_qt.reset();
    s_current = language;
    // English needs its translation file too, for plural forms ("1 day", "2 days").
    QLocale::setDefault(language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedStates)
                                            : QLocale(language));
    auto app = std::make_unique<QTranslator>();
    if (!app->load(u":/i18n/sellerdesk_"_s + language))
        return false;
    QCoreApplication::installTranslator(app.get());
    s_app = std::move(app);
    if (language == u"en"_s)
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    return true;
}

QString current()
{
    return s_current;
}

} // namespace sd::i18n
