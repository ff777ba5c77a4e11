#include "tierimporter.h"

#include "store/auditlog.h"
#include "tier/tierrepository.h"
#include "time/utctime.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

class TierHandler final : public RecordHandler
{
public:
    enum Field { Month, ActualTier, ServiceLevel_, FirstIndicator };

    TierHandler(QList<TierModel::Indicator> indicators, qint64 *keptManual)
        : m_indicators(std::move(indicators)), m_keptManual(keptManual)
    {
    }

    QString kind() const override { return u"tier"_s; }
    QList<ImportField> fields() const override
    {
        QList<ImportField> f = {
                {u"month"_s, {u"月份"_s, u"考核月份"_s, u"assessment month"_s}, true},
                {u"actual_tier"_s, {u"tier"_s, u"商家等级"_s, u"商家分层"_s, u"分层等级"_s}, false},
                {u"service_level"_s, {u"服务等级"_s}, false},
        };
        for (const TierModel::Indicator &i : m_indicators) {
            QStringList aliases;
            for (const QString &a : {i.name.en, i.name.zh}) {
                if (!a.isEmpty())
                    aliases.append(a);
            }
            f.append({i.key, aliases, false});
        }
        return f;
    }
    bool begin(const QSqlDatabase &db, QString *error) override
    {
        m_now = utc::toStore(QDateTime::currentDateTimeUtc());
        // Prepared once for the whole file.
        m_find = QSqlQuery(db);
        m_upsert = QSqlQuery(db);
        m_findActual = QSqlQuery(db);
        m_upsertActual = QSqlQuery(db);
        const bool ok =
                m_find.prepare(u"SELECT value, source FROM tier_indicator_values "
                               "WHERE store_id = ? AND month = ? AND indicator = ?"_s)
                && m_upsert.prepare(u"INSERT INTO tier_indicator_values (store_id, month, indicator, value, "
                                    "currency, source, note, updated_utc, updated_by) VALUES (:store, :month, :key, "
                                    ":value, COALESCE(:cur, ''), 'imported', '', :now, :by) "
                                    "ON CONFLICT (store_id, month, indicator) DO UPDATE SET value = excluded.value, "
                                    "currency = excluded.currency, updated_utc = excluded.updated_utc, "
                                    "updated_by = excluded.updated_by"_s)
                && m_findActual.prepare(u"SELECT tier, service_level FROM tier_actuals WHERE store_id = ? AND month = ?"_s)
                && m_upsertActual.prepare(
                        u"INSERT INTO tier_actuals (store_id, month, tier, service_level, recorded_utc, recorded_by) "
                        "VALUES (:store, :month, :tier, COALESCE(:service, ''), :now, :by) "
                        "ON CONFLICT (store_id, month) DO UPDATE SET tier = excluded.tier, "
                        "service_level = CASE WHEN excluded.service_level = '' THEN service_level "
                        "ELSE excluded.service_level END, recorded_utc = excluded.recorded_utc, "
                        "recorded_by = excluded.recorded_by"_s);
        if (!ok)
            *error = db.lastError().text();
        return ok;
    }
    Outcome write(ImportRecord &r, QString *error) override
    {
        static const QRegularExpression monthRe(
                u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(?:[-/.]\\d{1,2}日?)?$"_s);
        const auto match = monthRe.match(r.text(Month));
        const QDate first = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
        if (!first.isValid()) {
            r.fail(Month, TierImporter::tr("\"%1\" is not a month such as 2026-03").arg(r.text(Month)));
            return Outcome::Rejected;
        }
        const QString month = TierRepository::monthKey(first);
        bool repeat = false;
        if (!m_seen.check(r, month, Month, &repeat))
            return Outcome::Rejected;
        if (repeat)
            return Outcome::Unchanged;

        struct Cell
        {
            QString key;
            qint64 value;
            QString currency;
        };
        QList<Cell> cells;
        for (int i = 0; i < m_indicators.size(); ++i) {
            const int field = FirstIndicator + i;
            const TierModel::Indicator &def = m_indicators.at(i);
            if (!r.has(field) || r.text(field).isEmpty())
                continue;
            if (def.unit == TierModel::Unit::Money) {
                if (const auto v = r.amount(field, r.storeCurrency()))
                    cells.append({def.key, *v, r.storeCurrency().code()});
                continue;
            }
            QString why;
            const auto v = TierModel::parseValue(def.unit, r.text(field), Currency(), &why);
            if (!v)
                r.fail(field, why);
            else
                cells.append({def.key, *v, QString()});
        }
        std::optional<Tier> tier;
        if (r.has(ActualTier) && !r.text(ActualTier).isEmpty()) {
            tier = tiers::fromCode(r.text(ActualTier));
            if (!tier)
                r.fail(ActualTier, TierImporter::tr("\"%1\" is not a tier (S, A, B or C)").arg(r.text(ActualTier)));
        }
        std::optional<ServiceLevel> service;
        if (r.has(ServiceLevel_) && !r.text(ServiceLevel_).isEmpty()) {
            service = tiers::serviceFromCode(r.text(ServiceLevel_));
            if (!service)
                r.fail(ServiceLevel_, TierImporter::tr("\"%1\" is not a service level (excellent, good, qualified or unqualified)")
                                              .arg(r.text(ServiceLevel_)));
            else if (!tier)
                r.fail(ServiceLevel_, TierImporter::tr("a service level is recorded with the tier: the actual_tier cell is empty"));
        }
        if (r.failed())
            return Outcome::Rejected;

        bool inserted = false;
        bool updated = false;
        const QString actor = AuditLog::currentActor();
        for (const Cell &c : std::as_const(cells)) {
            m_find.addBindValue(r.storeId());
            m_find.addBindValue(month);
            m_find.addBindValue(c.key);
            if (!m_find.exec()) {
                *error = m_find.lastError().text();
                return Outcome::Failed;
            }
            const bool exists = m_find.next();
            const bool manual = exists && m_find.value(1).toString() == u"manual"_s;
            const bool same = exists && m_find.value(0).toLongLong() == c.value;
            m_find.finish();
            if (manual) {
                ++*m_keptManual;
                continue;
            }
            if (same)
                continue;
            m_upsert.bindValue(u":store"_s, r.storeId());
            m_upsert.bindValue(u":month"_s, month);
            m_upsert.bindValue(u":key"_s, c.key);
            m_upsert.bindValue(u":value"_s, c.value);
            m_upsert.bindValue(u":cur"_s, c.currency);
            m_upsert.bindValue(u":now"_s, m_now);
            m_upsert.bindValue(u":by"_s, actor);
            if (!m_upsert.exec()) {
                *error = m_upsert.lastError().text();
                return Outcome::Failed;
            }
            (exists ? updated : inserted) = true;
        }
        if (tier) {
            m_findActual.addBindValue(r.storeId());
            m_findActual.addBindValue(month);
            if (!m_findActual.exec()) {
                *error = m_findActual.lastError().text();
                return Outcome::Failed;
            }
            const bool exists = m_findActual.next();
            const QString serviceText = service ? tiers::serviceCode(*service) : QString();
            const bool changed = !exists || m_findActual.value(0).toString() != tiers::code(*tier)
                    || (service && m_findActual.value(1).toString() != serviceText);
            m_findActual.finish();
            if (changed) {
                m_upsertActual.bindValue(u":store"_s, r.storeId());
                m_upsertActual.bindValue(u":month"_s, month);
                m_upsertActual.bindValue(u":tier"_s, tiers::code(*tier));
                m_upsertActual.bindValue(u":service"_s, serviceText);
                m_upsertActual.bindValue(u":now"_s, m_now);
                m_upsertActual.bindValue(u":by"_s, actor);
                if (!m_upsertActual.exec()) {
                    *error = m_upsertActual.lastError().text();
                    return Outcome::Failed;
                }
                (exists ? updated : inserted) = true;
            }
        }
        if (inserted)
            return Outcome::Inserted;
        return updated ? Outcome::Updated : Outcome::Unchanged;
    }

private:
    QSqlQuery m_find;
    QSqlQuery m_upsert;
    QSqlQuery m_findActual;
    QSqlQuery m_upsertActual;
    QList<TierModel::Indicator> m_indicators;
    qint64 *m_keptManual;
    qint64 m_now = 0;
    ImportDuplicateGuard m_seen;
};

} // namespace

QList<TierModel::Indicator> TierImporter::indicators() const
{
    // Every indicator any model version knows, newest version first.
    QList<TierModel::Indicator> out;
    QSet<QString> seen;
    QList<TierModel> models;
    for (const StoredTierModel &s : TierRepository(m_db).models())
        models.append(s.model);
    QString error;
    if (const auto shipped = TierModel::fromJson(TierModel::shippedJson(), u"default-model.json"_s, &error))
        models.append(*shipped);
    for (const TierModel &m : std::as_const(models)) {
        for (const TierModel::Indicator &i : m.indicators) {
            if (!seen.contains(i.key)) {
                seen.insert(i.key);
                out.append(i);
            }
        }
    }
    return out;
}

ImportResult TierImporter::run(const QString &path, const ImportOptions &options)
{
    m_keptManual = 0;
    TierHandler handler(indicators(), &m_keptManual);
    return RecordImporter(m_db).run(path, options, handler);
}

QStringList TierImporter::columns() const
{
    qint64 kept = 0;
    QStringList out;
    for (const ImportField &f : TierHandler(indicators(), &kept).fields())
        out.append(f.key);
    return out;
}

} // namespace sd
