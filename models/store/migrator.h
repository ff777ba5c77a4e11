#pragma once

#include <QCoreApplication>
#include <QDateTime>
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

    // The step that added schema_history: from it on, every migration is recorded there
    // with the version of the SellerDesk that ran it.
    static constexpr int HistoryVersion = 11;

    static int currentVersion(const QSqlDatabase &db);
    // Applies steps currentVersion+1 .. target in one transaction, recording the run in
    // schema_history; a failing step leaves the workspace at the version it had.
    static bool migrate(const QSqlDatabase &db, int targetVersion, QString *error);

    struct LastMigration
    {
        QString appVersion; // empty: last migrated before SellerDesk recorded it (0.1)
        QDateTime timeUtc;
    };
    // Which SellerDesk last migrated the workspace, and when.
    static LastMigration lastMigration(const QSqlDatabase &db);
};

} // namespace sd
