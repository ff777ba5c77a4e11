#pragma once

// The real sellerdesk-cli binary (SELLERDESK_CLI_PATH, set by tests/CMakeLists.txt) run
// as a process of its own, as a scheduled job or a second terminal would run it.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sdtest {

struct CliProcess
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
};

// `sellerdesk-cli --db DB ARGS...` to its end.
inline CliProcess runCliProcess(const QString &db, const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.start(QStringLiteral(SELLERDESK_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    CliProcess r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(-1);
        r.err = QStringLiteral("sellerdesk-cli did not finish");
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    return r;
}

} // namespace sdtest
