#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sd {

// Buyers' personal data kept with old orders: the buyer's name and login on orders
// placed before a cutoff, on the disputes and damage claims of those orders, and the
// replies sent to those buyers (their bodies greet the buyer by name). Purging erases
// them and keeps everything else (amounts, statuses, countries, products) so reports
// over those months still add up.
class PersonalData final
{
    Q_DECLARE_TR_FUNCTIONS(sd::PersonalData)
public:
    struct Counts
    {
        qint64 orders = 0;
        qint64 disputes = 0;
        qint64 claims = 0;
        qint64 replies = 0;
        qint64 total() const { return orders + disputes + claims + replies; }
    };

    explicit PersonalData(const QSqlDatabase &db) : m_db(db) { }

    // The first instant whose orders keep their personal data: midnight UTC at the
    // start of `today` minus `months` months.
    static qint64 cutoffUtc(const QDate &today, int months);

    // What purge(cutoffUtc) would erase: the records that still hold personal data.
    std::optional<Counts> pending(qint64 cutoffUtc, QString *error) const;

    // Erases it in one transaction with one audit entry, then rewrites the search
    // index and folds the write-ahead log into the file, so the erased text is not
    // left in free pages, old index segments or the log (secure_delete is on for the
    // purge). What was erased, or nullopt with *error (nothing changed).
    std::optional<Counts> purge(qint64 cutoffUtc, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
