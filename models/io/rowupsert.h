#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace sd {

// Writes one imported record by its natural key: inserted when new, updated when one
// of the given columns differs, otherwise left alone. Only the columns the file has
// are given, so what staff recorded by hand (an appeal, an outcome) survives a
// re-import of a file that does not carry it. Inside the caller's transaction.
class RowUpsert final
{
public:
    using Columns = QList<std::pair<QString, QVariant>>;
    enum class Result { Inserted, Updated, Unchanged, Failed };

    // `table` and the column names are SellerDesk's own identifiers, never user text;
    // every value is bound. `insertOnly` columns are written for a new row only (defaults).
    static Result write(const QSqlDatabase &db, const QString &table, const Columns &key,
                        const Columns &values, qint64 *id, QStringList *changed, QString *error,
                        const Columns &insertOnly = {});
};

} // namespace sd
