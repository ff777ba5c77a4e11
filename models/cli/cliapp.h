#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include "reports/reportexporter.h"

#include <optional>

namespace sd {

struct ImportResult;

// sellerdesk-cli: the models library behind a scriptable interface.
//   sellerdesk-cli [--db PATH] [--json] COMMAND [ARGS]
// Exit codes: 0 success, 1 failure, 2 wrong usage. With --json, exactly one JSON
// object on stdout; errors always also go to stderr as "error: ...".
class CliApp final
{
    Q_DECLARE_TR_FUNCTIONS(sd::CliApp)
public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2 };

    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    // args excludes the program name. today is injectable for tests of --demo.
    int run(const QStringList &args, const QDate &today = QDate::currentDate());

    static QString usage();

    // PDF reports are drawn by the widgets library; without a renderer `report
    // --format pdf` fails with a message.
    void setPdfRenderer(ReportExporter::PdfRenderer renderer) { m_pdfRenderer = std::move(renderer); }
    // Tests: what "now" is for reports (default: the clock).
    void setNowUtc(qint64 nowUtc) { m_nowUtc = nowUtc; }

private:
    int fail(int code, const QString &message);
    int succeed(const QJsonObject &json, const QString &text);

    int cmdInit(const QStringList &args, const QDate &today);
    int cmdCheck(const QStringList &args);
    int cmdBackup(const QStringList &args, const QDate &today); // clibackup.cpp
    int cmdBackups(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int cmdStores(const QStringList &args);
    int cmdStoresAdd(const QStringList &args); // clistores.cpp
    int cmdStoresRename(const QStringList &args);
    int cmdStoresArchive(const QStringList &args, bool archive);
    int cmdRules(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdOrders(const QStringList &args);
    int cmdDisputes(const QStringList &args);
    int cmdLedger(const QStringList &args);
    int cmdTier(const QStringList &args);
    int cmdTierModel(const QStringList &args);
    int cmdClaims(const QStringList &args); // clireplies.cpp
    int cmdReply(const QStringList &args);
    int cmdTemplates(const QStringList &args);
    int cmdCalc(const QStringList &args); // clicalc.cpp
    int cmdCalcBatch(const QStringList &args);
    int cmdReport(const QStringList &args); // clireports.cpp
    int cmdPurge(const QStringList &args, const QDate &today); // cliprivacy.cpp
    int importCases(const QString &what, QStringList args);
    // The "--at ISO8601" of a "due" command (default: now), the only argument it takes;
    // nullopt after reporting wrong usage.
    std::optional<qint64> dueTime(QStringList args, const QString &command);
    // The store an import is for: the one named, the only one, or 0 (named per row);
    // nullopt after reporting an unknown name.
    std::optional<qint64> importStore(const QSqlDatabase &db, const std::optional<QString> &name,
                                      const QString &what);
    int reportImport(const QString &file, const ImportResult &r, bool dryRun, bool skipBad);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_db;
    bool m_json = false;
    ReportExporter::PdfRenderer m_pdfRenderer;
    std::optional<qint64> m_nowUtc;
};

} // namespace sd
