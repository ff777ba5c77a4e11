#pragma once

#include "money/money.h"
#include "rulecatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sd {

struct RuleValue
{
    qint64 id = 0;
    QString key;
    QString value; // canonical text: "50", "10.00", "24", "2026-03-31"
    QString unit;
    QDate effectiveFrom;
    QString source;
    QString origin; // "default" or "user"
    qint64 createdUtc = 0;
    QString createdBy;
};

// Dated platform rules. A lookup takes a date and returns the value in force on
// that date: the row with the latest effective date not after it (the newest row
// wins between two with the same date). Adding a value never changes history.
class RuleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::RuleRepository)
public:
    explicit RuleRepository(const QSqlDatabase &db) : m_db(db) { }

    std::optional<RuleValue> valueAt(const QString &key, const QDate &date) const;
    // Every key's value in force on `date`, in one query.
    QHash<QString, RuleValue> inForce(const QDate &date) const;
    // Newest effective date first.
    QList<RuleValue> history(const QString &key) const;

    std::optional<Rate> rateAt(const QString &key, const QDate &date) const;
    std::optional<Money> moneyAt(const QString &key, const QDate &date) const;
    std::optional<int> countAt(const QString &key, const QDate &date) const; // hours or days
    // The end of a window of days: startUtc + the `key` days in force on the start's
    // date in `zone`. nullopt when the rule is not in force then.
    std::optional<qint64> daysAfter(const QString &key, qint64 startUtc, const QTimeZone &zone) const;
    std::optional<QDate> dateAt(const QString &key, const QDate &date) const;

    // Checks a value for the key's unit and range; returns the canonical text or
    // nullopt with a reason in error.
    static std::optional<QString> normalize(const RuleCatalog::Definition &def,
                                            const QString &text, QString *error);

    // Validates and appends a user value (with an audit entry, in one transaction), and
    // recomputes what depends on the rule (RuleEffects) in the same transaction.
    std::optional<qint64> addValue(const QString &key, const QString &valueText,
                                   const QDate &effectiveFrom, const QString &source,
                                   QString *error);

    // Inserts the shipped defaults (resources/rules/defaults.json) not yet present.
    bool seedDefaults(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
