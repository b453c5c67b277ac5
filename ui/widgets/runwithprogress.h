#pragma once

#include <functional>
#include <optional>

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

#include "core/common/progress.h"

namespace skl {

// Adapts a QPromise to core's ProgressSink: core reports done/total and learns of Cancel without
// knowing QtConcurrent (STYLE.md "Long work off the GUI thread").
template <typename T> class PromiseProgress final : public ProgressSink
{
public:
    explicit PromiseProgress(QPromise<T> &promise)
        : m_promise(promise)
    {
        m_promise.setProgressRange(0, kSteps);
    }
    void report(qint64 done, qint64 total) override
    {
        if (total > 0)
            m_promise.setProgressValue(int(done * kSteps / total));
    }
    bool isCanceled() const override { return m_promise.isCanceled(); }

private:
    static constexpr int kSteps = 1000;
    QPromise<T> &m_promise;
};

// Runs job on a pool thread behind a window-modal progress dialog whose Cancel reaches the job;
// finished receives the job's result on the GUI thread, or nullopt when the user cancelled (a
// cancelled promise keeps no result; core rolled its transaction back). The job opens its own
// connection: threads exchange file paths, never a QSqlDatabase.
template <typename T>
void runWithProgress(QWidget *parent, const QString &label, std::function<T(ProgressSink &)> job,
    std::function<void(const std::optional<T> &)> finished)
{
    auto *dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    auto *watcher = new QFutureWatcher<T>(dialog);
    QObject::connect(dialog, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    QObject::connect(
        watcher, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    QObject::connect(watcher, &QFutureWatcherBase::finished, dialog, [dialog, watcher, finished] {
        std::optional<T> result;
        if (!watcher->future().isCanceled() && watcher->future().resultCount() > 0)
            result = watcher->future().result();
        dialog->deleteLater();
        finished(result);
    });
    watcher->setFuture(QtConcurrent::run([job](QPromise<T> &promise) {
        PromiseProgress<T> sink(promise);
        promise.addResult(job(sink));
    }));
}

} // namespace skl
