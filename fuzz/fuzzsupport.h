#pragma once

// What every libFuzzer target here needs around fuzzharness.h: a QCoreApplication, Qt's
// messages kept quiet (SDFUZZ_QT_MESSAGES=1 shows them), a scratch folder, and an abort
// when the harness reports a broken invariant, so that libFuzzer keeps the input.

#include "fuzzharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace sdfuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const bool show = qEnvironmentVariableIntValue("SDFUZZ_QT_MESSAGES") == 1;
    if (show || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    if (type == QtFatalMsg)
        std::abort();
}

inline void initQt(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    // libFuzzer's argc and argv live as long as the process, as QCoreApplication wants.
    static QCoreApplication app(*argc, *argv);
}

// A folder for the target's files, in memory when /dev/shm is there; removed at exit.
inline QString scratchDir()
{
    static QTemporaryDir dir(QDir(u"/dev/shm"_s).exists()
                                     ? u"/dev/shm/sellerdesk-fuzz-XXXXXX"_s
                                     : QDir::tempPath() + u"/sellerdesk-fuzz-XXXXXX"_s);
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder: %s\n", qUtf8Printable(dir.errorString()));
        std::abort();
    }
    return dir.path();
}

inline int finish(const Outcome &o)
{
    if (!o.violation.isEmpty()) {
        std::fprintf(stderr, "sellerdesk fuzz: invariant broken at fuzzharness.h %s\n(message: %s)\n",
                     qUtf8Printable(o.violation), qUtf8Printable(o.error));
        std::abort();
    }
    return 0;
}

} // namespace sdfuzz
