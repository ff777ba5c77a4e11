#include "rulerepository.h"

#include "rules/ruleeffects.h"

#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr auto Columns = "id, key, value, unit, effective_from, source, origin, created_utc, "
                         "created_by";

RuleValue readRow(const QSqlQuery &q)
{
    RuleValue r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.value = q.value(2).toString();
    r.unit = q.value(3).toString();
    r.effectiveFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.source = q.value(5).toString();
    r.origin = q.value(6).toString();
    r.createdUtc = q.value(7).toLongLong();
    r.createdBy = q.value(8).toString();
    return r;
}

} // namespace

std::optional<RuleValue> RuleRepository::valueAt(const QString &key, const QDate &date) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // sql-safe: the column list is a constant of this file.
    q.prepare(u"SELECT %1 FROM rules WHERE key = ? AND effective_from <= ? "
              "ORDER BY effective_from DESC, id DESC LIMIT 1"_s.arg(QLatin1StringView(Columns)));
    q.addBindValue(key);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QHash<QString, RuleValue> RuleRepository::inForce(const QDate &date) const
{
    QHash<QString, RuleValue> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // sql-safe: the column list is a constant of this file.
    q.prepare(u"SELECT %1 FROM rules WHERE effective_from <= ? "
              "ORDER BY key, effective_from DESC, id DESC"_s.arg(QLatin1StringView(Columns)));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return out;
    while (q.next()) {
        RuleValue v = readRow(q);
        if (!out.contains(v.key))
            out.insert(v.key, std::move(v));
    }
    return out;
}

QList<RuleValue> RuleRepository::history(const QString &key) const
{
    QList<RuleValue> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // sql-safe: the column list is a constant of this file.
    q.prepare(u"SELECT %1 FROM rules WHERE key = ? ORDER BY effective_from DESC, id DESC"_s.arg(
            QLatin1StringView(Columns)));
    q.addBindValue(key);
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

std::optional<Rate> RuleRepository::rateAt(const QString &key, const QDate &date) const
{
    const auto v = valueAt(key, date);
    return v ? Rate::parsePercent(v->value) : std::nullopt;
}

std::optional<Money> RuleRepository::moneyAt(const QString &key, const QDate &date) const
{
    const auto v = valueAt(key, date);
    const auto currency = v ? Currency::fromCode(v->unit) : std::nullopt;
    return currency ? Money::parse(v->value, *currency) : std::nullopt;
}

std::optional<int> RuleRepository::countAt(const QString &key, const QDate &date) const
{
    const auto v = valueAt(key, date);
    bool ok = false;
    const int n = v ? v->value.toInt(&ok) : 0;
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<qint64> RuleRepository::daysAfter(const QString &key, qint64 startUtc,
                                                const QTimeZone &zone) const
{
    const auto days = countAt(key, utc::fromStore(startUtc).toTimeZone(zone).date());
    if (!days)
        return std::nullopt;
    return startUtc + qint64(*days) * 86400;
}

std::optional<QDate> RuleRepository::dateAt(const QString &key, const QDate &date) const
{
    const auto v = valueAt(key, date);
    const QDate d = v ? QDate::fromString(v->value, Qt::ISODate) : QDate();
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<QString> RuleRepository::normalize(const RuleCatalog::Definition &def,
                                                 const QString &text, QString *error)
{
    const QString t = text.trimmed();
    switch (def.unit) {
    case RuleCatalog::Unit::Percent: {
        QString why;
        const auto rate = Rate::parsePercent(t, &why);
        if (!rate) {
            *error = tr("\"%1\" is not a percentage: %2").arg(t, why);
            return std::nullopt;
        }
        if (rate->millionths() < def.min || rate->millionths() > def.max) {
            *error = tr("%1 % is outside the allowed range %2 % to %3 %")
                             .arg(rate->toPercentText(),
                                  Rate::fromMillionths(def.min).toPercentText(),
                                  Rate::fromMillionths(def.max).toPercentText());
            return std::nullopt;
        }
        return rate->toPercentText();
    }
    case RuleCatalog::Unit::Money: {
        QString why;
        const Currency currency = Currency::of(def.currency);
        const auto money = Money::parse(t, currency, u'.', &why);
        if (!money) {
            *error = tr("\"%1\" is not an amount: %2").arg(t, why);
            return std::nullopt;
        }
        if (money->currency() != currency) {
            *error = tr("this rule is in %1, not %2").arg(def.currency, money->currency().code());
            return std::nullopt;
        }
        if (money->minorUnits() < def.min || money->minorUnits() > def.max) {
            *error = tr("%1 is outside the allowed range %2 to %3")
                             .arg(money->toDecimalString(),
                                  Money(def.min, currency).toDecimalString(),
                                  Money(def.max, currency).toDecimalString());
            return std::nullopt;
        }
        return money->toDecimalString();
    }
    case RuleCatalog::Unit::Hours:
    case RuleCatalog::Unit::Days:
    case RuleCatalog::Unit::Count: {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok) {
            *error = tr("\"%1\" is not a whole number").arg(t);
            return std::nullopt;
        }
        if (n < def.min || n > def.max) {
            *error = tr("%1 is outside the allowed range %2 to %3").arg(n).arg(def.min).arg(def.max);
            return std::nullopt;
        }
        return QString::number(n);
    }
    case RuleCatalog::Unit::Date: {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid()) {
            *error = tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(t);
            return std::nullopt;
        }
        return d.toString(Qt::ISODate);
    }
    }
    return std::nullopt;
}

std::optional<qint64> RuleRepository::addValue(const QString &key, const QString &valueText,
                                               const QDate &effectiveFrom, const QString &source,
                                               QString *error)
{
    const RuleCatalog::Definition *def = RuleCatalog::find(key);
    if (!def) {
        *error = tr("there is no rule \"%1\"").arg(key);
        return std::nullopt;
    }
    const auto value = normalize(*def, valueText, error);
    if (!value)
        return std::nullopt;
    if (!effectiveFrom.isValid() || effectiveFrom < QDate(2000, 1, 1)
        || effectiveFrom > QDate(2100, 12, 31)) {
        *error = tr("the effective date must be a date between 2000 and 2100");
        return std::nullopt;
    }
    const QString src = source.simplified();
    if (src.size() < 3) {
        *error = tr("say where the value comes from (an announcement, a page, a person): at "
                    "least 3 characters");
        return std::nullopt;
    }
    if (src.size() > 500) {
        *error = tr("the source note is longer than 500 characters");
        return std::nullopt;
    }

    const auto before = valueAt(key, effectiveFrom);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO rules (key, value, unit, effective_from, source, origin, created_utc, "
              "created_by) VALUES (?, ?, ?, ?, ?, 'user', ?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(*value);
    q.addBindValue(RuleCatalog::unitName(*def));
    q.addBindValue(effectiveFrom.toString(Qt::ISODate));
    q.addBindValue(src);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const QString newText = *value + u" from "_s + effectiveFrom.toString(Qt::ISODate);
    if (!AuditLog(m_db).record(u"rules"_s, key, u"add_value"_s, u"value"_s,
                               before ? QVariant(before->value) : QVariant(), newText,
                               std::nullopt, error))
        return std::nullopt;
    if (!RuleEffects::apply(m_db, key, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return id;
}

bool RuleRepository::seedDefaults(QString *error)
{
    QFile f(u":/rules/defaults.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("the built-in rule defaults are missing");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull()) {
        *error = tr("defaults.json: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonArray rules = doc.object().value(u"rules"_s).toArray();
    // Look before writing: opening a workspace that has them all must not wait for
    // another writer (a long import in sellerdesk-cli, say).
    {
        QSqlQuery have(m_db);
        have.prepare(u"SELECT 1 FROM rules WHERE key = ? AND effective_from = ? AND origin = 'default'"_s);
        bool missing = false;
        for (const QJsonValue &v : rules) {
            have.addBindValue(v.toObject().value(u"key"_s).toString());
            have.addBindValue(v.toObject().value(u"effective_from"_s).toString());
            if (!have.exec() || !have.next()) {
                missing = true;
                break;
            }
        }
        if (!missing)
            return true;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO rules (key, value, unit, effective_from, source, origin, created_utc, "
              "created_by) SELECT ?, ?, ?, ?, ?, 'default', ?, 'SellerDesk' WHERE NOT EXISTS "
              "(SELECT 1 FROM rules WHERE key = ? AND effective_from = ? AND origin = 'default')"_s);
    const qint64 now = utc::toStore(QDateTime::currentDateTimeUtc());
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key"_s).toString();
        const QString date = o.value(u"effective_from"_s).toString();
        q.addBindValue(key);
        q.addBindValue(o.value(u"value"_s).toString());
        q.addBindValue(o.value(u"unit"_s).toString());
        q.addBindValue(date);
        q.addBindValue(o.value(u"source"_s).toString());
        q.addBindValue(now);
        q.addBindValue(key);
        q.addBindValue(date);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace sd
