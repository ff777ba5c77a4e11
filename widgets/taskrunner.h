#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

// Runs a long job (import, export) on a worker thread with its own workspace
// connection, while a modal progress dialog with Cancel keeps the window alive.
// The job reports progress as (done, total); total 0 means "unknown".
class TaskRunner final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Job = std::function<void(const std::atomic_bool &cancel, const Progress &progress)>;

    static void run(QWidget *parent, Workspace *workspace, const QString &label, const Job &job);
};

} // namespace sd::ui
