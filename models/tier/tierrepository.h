#pragma once

#include "tier/tiermodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

// A tier model version as stored.
struct StoredTierModel
{
    qint64 id = 0;
    TierModel model;
    QString origin; // "default" or "user"
    qint64 createdUtc = 0;
    QString createdBy;
};

// An indicator value that wins over the computed one.
struct StoredIndicatorValue
{
    QString key;
    qint64 value = 0;
    QString currency;
    QString source; // "manual" or "imported"
    QString note;
    qint64 updatedUtc = 0;
    QString updatedBy;
};

struct TierActual
{
    QString month; // "YYYY-MM"
    Tier tier = Tier::C;
    std::optional<ServiceLevel> serviceLevel;
    QString note;
    qint64 recordedUtc = 0;
    QString recordedBy;
};

// The tier tables: assessment models by effective month, stored indicator values
// and the tiers the platform published. Every change is audited in its transaction.
class TierRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::TierRepository)
public:
    explicit TierRepository(const QSqlDatabase &db) : m_db(db) { }

    static QString monthKey(const QDate &date); // "2026-11"
    static std::optional<QDate> monthFromKey(const QString &key); // the first day

    // The model in force in `month`: the newest version whose effective month is not
    // after it; the shipped default when the workspace has none that early.
    StoredTierModel modelFor(const QString &month) const;
    // Every version, newest effective month first.
    QList<StoredTierModel> models() const;
    // The version in force in `month` among `versions` (as models() lists them): for
    // callers that grade many months with one read of the versions.
    static StoredTierModel inForce(const QList<StoredTierModel> &versions, const QString &month);
    // Validates the JSON (the same checks as a file) and adds it as a new version;
    // nothing changes when it is refused. Returns the new version's id.
    std::optional<qint64> addModel(const QByteArray &json, const QString &fileName, QString *error);
    // Adds the shipped default once, effective from its own month.
    bool seedDefault(QString *error);

    QHash<QString, StoredIndicatorValue> values(qint64 storeId, const QString &month) const;
    // A hand-entered value (source "manual"); replaces an imported one.
    bool setValue(qint64 storeId, const QString &month, const QString &key, qint64 value,
                  const QString &currency, const QString &note, QString *error);
    // Back to the computed value.
    bool clearValue(qint64 storeId, const QString &month, const QString &key, QString *error);

    std::optional<TierActual> actual(qint64 storeId, const QString &month) const;
    // By month, for the months in [first, last].
    QHash<QString, TierActual> actuals(qint64 storeId, const QString &first, const QString &last) const;
    bool recordActual(qint64 storeId, const QString &month, Tier tier,
                      std::optional<ServiceLevel> serviceLevel, const QString &note, QString *error);
    bool clearActual(qint64 storeId, const QString &month, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
