#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// Countries as orders store them: ISO 3166-1 alpha-2 codes ("ES"), whatever a file says
// ("Spain", "西班牙", "es"). English names are Qt's (every territory QLocale knows); Chinese
// names and the other English spellings exports use ("UK", "Korea", "Russian Federation")
// are data, resources/countries/countries.json.
class Countries final
{
public:
    // The code of a country named by its code (any case), its English name or its Chinese
    // name, with case, spaces, punctuation and accents ignored; nullopt when unknown. Empty
    // or blank text gives an empty code.
    static std::optional<QString> codeOf(QStringView name);
    // The name shown for a code: in the Chinese interface the table's Chinese name, else
    // Qt's English territory name; the code itself when neither knows it (or empty).
    static QString displayName(const QString &code);
    static QString displayName(const QString &code, QLocale::Language language);
    // Every code that has a Chinese name in the table.
    static QStringList codesWithChineseNames();
};

} // namespace sd
