#include "countries.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Case folded, accents dropped, only letters and digits kept: "Côte d’Ivoire" and
// "COTE D'IVOIRE" meet as "cotedivoire", "Korea, Republic of" is "korearepublicof".
QString key(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out.toCaseFolded();
}

struct Table
{
    QHash<QString, QString> codeByKey;
    QHash<QString, QString> chinese; // code -> the name shown
};

bool isTerritoryCode(const QString &code)
{
    // Two letters, and a country or territory: not the European Union, the euro area, the
    // United Nations or Outlying Oceania, which QLocale lists too.
    static const QStringList notCountries{u"EU"_s, u"EZ"_s, u"UN"_s, u"QO"_s};
    return code.size() == 2 && code.at(0).isUpper() && code.at(1).isUpper()
            && !notCountries.contains(code);
}

Table load()
{
    Table t;
    for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
        const auto territory = QLocale::Territory(i);
        const QString code = QLocale::territoryToCode(territory);
        if (!isTerritoryCode(code))
            continue;
        t.codeByKey.insert(key(code), code);
        t.codeByKey.insert(key(QLocale::territoryToString(territory)), code);
    }
    QFile f(u":/countries/countries.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("SellerDesk: the country table is missing from the resources");
    const QJsonArray countries = QJsonDocument::fromJson(f.readAll()).object().value(u"countries"_s).toArray();
    for (const QJsonValue &v : countries) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(u"code"_s).toString();
        const QJsonArray zh = o.value(u"zh"_s).toArray();
        if (!zh.isEmpty())
            t.chinese.insert(code, zh.first().toString());
        t.codeByKey.insert(key(code), code);
        for (const QJsonValue &name : zh)
            t.codeByKey.insert(key(name.toString()), code);
        for (const QJsonValue &name : o.value(u"en"_s).toArray())
            t.codeByKey.insert(key(name.toString()), code);
    }
    return t;
}

const Table &table()
{
    static const Table s_table = load();
    return s_table;
}

} // namespace

std::optional<QString> Countries::codeOf(QStringView name)
{
    const QString k = key(name);
    if (k.isEmpty())
        return QString();
    const auto it = table().codeByKey.constFind(k);
    if (it == table().codeByKey.cend())
        return std::nullopt;
    return *it;
}

QString Countries::displayName(const QString &code)
{
    return displayName(code, QLocale().language());
}

QString Countries::displayName(const QString &code, QLocale::Language language)
{
    if (code.isEmpty())
        return {};
    if (language == QLocale::Chinese) {
        if (const QString zh = table().chinese.value(code); !zh.isEmpty())
            return zh;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory || !isTerritoryCode(code))
        return code;
    return QLocale::territoryToString(territory);
}

QStringList Countries::codesWithChineseNames()
{
    QStringList codes = table().chinese.keys();
    codes.sort();
    return codes;
}

} // namespace sd
