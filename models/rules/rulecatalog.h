#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sd {

// What SellerDesk knows about each rule key: its meaning, unit and sane range.
// The numbers themselves are never here: they are dated rows in the store,
// seeded from resources/rules/defaults.json and edited by users.
class RuleCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(sd::RuleCatalog)
public:
    enum class Unit { Percent, Money, Hours, Days, Count, Date };

    struct Definition
    {
        QString key;
        Unit unit = Unit::Percent;
        QString currency; // Money only
        qint64 min = 0; // Percent: millionths; Money: minor units; Hours/Days/Count: count
        qint64 max = 0;
        const char *title = nullptr; // translated with RuleCatalog::tr
        const char *description = nullptr;
    };

    static const QList<Definition> &all();
    static const Definition *find(QStringView key);

    static QString title(const Definition &d);
    static QString description(const Definition &d);
    // Stored unit name: "percent", "USD", "hours", "days", "date".
    static QString unitName(const Definition &d);
    // "50 %", "USD 10.00", "24 h", "5 days", "2026-03-31" for a stored value.
    static QString displayValue(const Definition &d, const QString &value);
};

} // namespace sd
