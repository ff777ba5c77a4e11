#include "migrator.h"

#include "core/version.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QList<Migrator::Step> loadSteps()
{
    QList<Migrator::Step> steps;
    const QDir dir(u":/migrations"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    static const QRegularExpression name(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    for (const QString &file : files) {
        const auto m = name.match(file);
        Q_ASSERT_X(m.hasMatch(), "Migrator", "migration file name must be NNNN_name.sql");
        QFile f(dir.filePath(file));
        if (!m.hasMatch() || !f.open(QIODevice::ReadOnly))
            continue;
        Migrator::Step step;
        step.version = m.captured(1).toInt();
        step.sql = QString::fromUtf8(f.readAll());
        step.description = sqlscript::description(step.sql);
        steps << step;
    }
    for (qsizetype i = 0; i < steps.size(); ++i)
        Q_ASSERT_X(steps[i].version == i + 1, "Migrator", "migration numbers must be 1..N");
    return steps;
}

} // namespace

const QList<Migrator::Step> &Migrator::steps()
{
    static const QList<Step> s_steps = loadSteps();
    return s_steps;
}

int Migrator::latestVersion()
{
    return int(steps().size());
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Migrator::migrate(const QSqlDatabase &db, int targetVersion, QString *error)
{
    const int from = currentVersion(db);
    if (from < 0) {
        *error = tr("cannot read the schema version");
        return false;
    }
    if (from >= targetVersion)
        return true;
    // Every step in one transaction: a crash or a failure half way leaves the workspace
    // at the version it had, never between two versions.
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tr("cannot start the migration: %1").arg(tx.error());
        return false;
    }
    for (const Step &step : steps()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        const QStringList statements = sqlscript::split(step.sql);
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                *error = tr("migration step %1 (%2) failed: %3")
                                 .arg(step.version)
                                 .arg(step.description, q.lastError().text());
                return false; // tx rolls back
            }
        }
    }
    const int to = qMin(targetVersion, latestVersion());
    QSqlQuery v(db);
    // sql-safe: PRAGMA takes no bound values; the number comes from the file names, not from
    // a user.
    if (!v.exec(u"PRAGMA user_version = %1"_s.arg(to))) {
        *error = v.lastError().text();
        return false;
    }
    if (to >= HistoryVersion) {
        QSqlQuery h(db);
        h.prepare(u"INSERT INTO schema_history (from_version, to_version, app_version, "
                  "migrated_utc) VALUES (?, ?, ?, ?)"_s);
        h.addBindValue(from);
        h.addBindValue(to);
        h.addBindValue(appVersion());
        h.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!h.exec()) {
            *error = tr("cannot record the migration: %1").arg(h.lastError().text());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tr("the migration to version %1 could not be committed: %2")
                         .arg(targetVersion)
                         .arg(tx.error());
        return false;
    }
    return true;
}

Migrator::LastMigration Migrator::lastMigration(const QSqlDatabase &db)
{
    LastMigration last;
    if (currentVersion(db) < HistoryVersion)
        return last;
    QSqlQuery q(db);
    q.prepare(u"SELECT app_version, migrated_utc FROM schema_history ORDER BY id DESC LIMIT 1"_s);
    if (q.exec() && q.next()) {
        last.appVersion = q.value(0).toString();
        last.timeUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    }
    return last;
}

} // namespace sd
