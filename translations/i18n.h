#pragma once

#include <QString>
#include <QStringList>

namespace sd::i18n {

// Languages the interface ships in: "en" and "zh_CN".
QStringList available();
// "zh_CN" when the system prefers Chinese, else "en".
QString systemLanguage();
// Installs SellerDesk's and Qt's own translations for language (replacing any
// installed before) and sets the default QLocale. Returns false if not available.
bool apply(const QString &language);
QString current();

} // namespace sd::i18n
