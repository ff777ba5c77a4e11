#pragma once

#include "io/recordimporter.h"
#include "tier/tiermodel.h"

#include <QCoreApplication>

namespace sd {

// Imports monthly tier indicators (CSV/XLSX, one row per store and month, one
// column per indicator) with the rules every import follows (RecordImporter): all
// or nothing, FILE:LINE:COLUMN for every bad cell, importing the same file twice
// changes nothing. An imported value replaces an earlier imported one and wins
// over the computed value; a value entered by hand is kept. Optional columns
// "actual_tier" and "service_level" record the tier the platform published.
class TierImporter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::TierImporter)
public:
    explicit TierImporter(const QSqlDatabase &db) : m_db(db) { }
    ImportResult run(const QString &path, const ImportOptions &options);
    // The columns the import reads: month, actual_tier, service_level and the indicators
    // of every model version.
    QStringList columns() const;
    // Hand-entered values the last run kept.
    qint64 keptManual() const { return m_keptManual; }

private:
    QList<TierModel::Indicator> indicators() const;
    QSqlDatabase m_db;
    qint64 m_keptManual = 0;
};

} // namespace sd
