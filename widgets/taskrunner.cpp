#include "taskrunner.h"

#include "store/workspace.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace sd::ui {

void TaskRunner::run(QWidget *parent, Workspace *workspace, const QString &label, const Job &job)
{
    std::atomic_bool cancel = false;
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel, &dialog] {
        cancel = true;
        dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
    });
    QPointer<QProgressDialog> guard(&dialog);
    const Progress progress = [guard](qint64 done, qint64 total) {
        // Scaled to int: the bar only needs the fraction.
        const int max = total > 0 ? 1000 : 0;
        const int value = total > 0 ? int(qBound<qint64>(qint64(0), done * 1000 / total, qint64(1000))) : 0;
        QMetaObject::invokeMethod(
                guard.data(),
                [guard, max, value] {
                    if (guard) {
                        guard->setMaximum(max);
                        guard->setValue(value);
                    }
                },
                Qt::QueuedConnection);
    };
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        job(cancel, progress);
        workspace->releaseConnection(); // this thread's connection
    }));
    loop.exec();
    dialog.close();
}

} // namespace sd::ui
