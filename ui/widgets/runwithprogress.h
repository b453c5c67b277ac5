#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

#include "core/common/progress.h"

namespace skl {

// Adapts a QPromise to core's ProgressSink: core reports done/total and learns of Cancel without
// knowing QtConcurrent (STYLE.md "Long work off the GUI thread"). Cancel is a flag of its own,
// not the future's: a cancelled QFuture reports "finished" at once and drops the result, while
// the job is still rolling back, or has just committed.
template <typename T> class PromiseProgress final : public ProgressSink
{
public:
    PromiseProgress(QPromise<T> &promise, std::shared_ptr<const std::atomic_bool> canceled)
        : m_promise(promise)
        , m_canceled(std::move(canceled))
    {
        m_promise.setProgressRange(0, kSteps);
    }
    void report(qint64 done, qint64 total) override
    {
        if (total > 0)
            m_promise.setProgressValue(int(done * kSteps / total));
    }
    bool isCanceled() const override { return m_canceled->load(); }

private:
    static constexpr int kSteps = 1000;
    QPromise<T> &m_promise;
    std::shared_ptr<const std::atomic_bool> m_canceled;
};

// What finished receives when the user pressed Cancel: nothing (the job stopped at its next check
// and rolled back), or the job's own result, for jobs whose result says whether they stopped: a
// Cancel that comes after the commit must not hide rows that were written.
enum class AfterCancel { Drop, Deliver };

// Runs job on a pool thread behind a window-modal progress dialog whose Cancel reaches the job
// (unless the work is not cancellable: then the dialog has no Cancel);
// finished receives the job's result on the GUI thread once the job has ended and the dialog is
// closed (so an error it shows is on top), or nullopt when
// the user cancelled and afterCancel is Drop (core rolled its transaction back). The job opens
// its own connection: threads exchange file paths, never a QSqlDatabase.
template <typename T>
void runWithProgress(QWidget *parent, const QString &label, std::function<T(ProgressSink &)> job,
    std::function<void(const std::optional<T> &)> finished,
    AfterCancel afterCancel = AfterCancel::Drop, bool cancellable = true)
{
    auto *dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    // Work that cannot stop midway (a schema upgrade is one transaction) offers no Cancel that
    // would only hide the dialog.
    if (!cancellable)
        dialog->setCancelButton(nullptr);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    auto *watcher = new QFutureWatcher<T>(dialog);
    auto canceled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(
        watcher, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    // The dialog hides itself on Cancel; the job stops at its next check.
    QObject::connect(dialog, &QProgressDialog::canceled, watcher, [watcher, dialog, canceled] {
        canceled->store(true);
        QObject::disconnect(
            watcher, &QFutureWatcherBase::progressValueChanged, dialog, &QProgressDialog::setValue);
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, dialog,
        [dialog, watcher, finished, canceled, afterCancel] {
            std::optional<T> result;
            if (watcher->future().resultCount() > 0
                && (!canceled->load() || afterCancel == AfterCancel::Deliver))
                result = watcher->future().result();
            // Closed before finished runs: an error box finished opens must be the only modal
            // window, not one behind a progress box at 100 % (issue #12, a frozen window).
            // deleteLater alone would keep it shown through the error box's own event loop, and
            // reset() stops the timer that would show a quick job's dialog after the fact.
            QObject::disconnect(watcher, &QFutureWatcherBase::progressValueChanged, dialog,
                &QProgressDialog::setValue);
            dialog->reset();
            dialog->hide();
            dialog->deleteLater();
            finished(result);
        });
    watcher->setFuture(QtConcurrent::run([job, canceled](QPromise<T> &promise) {
        PromiseProgress<T> sink(promise, canceled);
        promise.addResult(job(sink));
    }));
}

} // namespace skl
