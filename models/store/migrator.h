#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sd {

// The schema's history: ordered, append-only steps in resources/migrations
// (NNNN_name.sql, first line "-- what it does"). The version a workspace is at
// lives in PRAGMA user_version; step N takes it from N-1 to N in one transaction.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(sd::Migrator)
public:
    struct Step
    {
        int version = 0;
        QString description;
        QString sql;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    static int currentVersion(const QSqlDatabase &db);
    // Applies steps currentVersion+1 .. target, each in its own transaction.
    // Stops at the first failing step, leaving the workspace at the previous version.
    static bool migrate(const QSqlDatabase &db, int targetVersion, QString *error);
};

} // namespace sd
