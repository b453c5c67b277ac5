#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QFutureWatcher>
#include <QtConcurrent>

namespace skl {

// What a view shows, loaded off the GUI thread with the newest request winning. One job runs at
// a time, so reloads do not compete for the two cores and the database; a request made while a
// job runs waits, replacing any request that waited before it, and the running job's result is
// then dropped: it would show the older request's figures under the newer request's labels (a
// month's lines under another month). deliver receives every result still wanted, on the GUI
// thread, with the request it answers.
//
// job runs on a pool thread: it may use only its request (file paths and values), never the view
// (STYLE.md "One connection per thread"). The pool is Qt's global one unless the view gives its
// own (which must outlive the loader): a view whose first figures must not queue behind other
// views' long jobs (the dashboard) has threads of its own.
template <typename Request, typename Value> class LatestLoader
{
public:
    using Job = std::function<Value(const Request &)>;
    using Deliver = std::function<void(const Request &, Value)>;

    LatestLoader(Job job, Deliver deliver, QThreadPool *pool = nullptr)
        : m_job(std::move(job))
        , m_deliver(std::move(deliver))
        , m_pool(pool ? pool : QThreadPool::globalInstance())
    {
        QObject::connect(
            &m_watcher, &QFutureWatcherBase::finished, &m_watcher, [this] { jobFinished(); });
    }
    // The running job holds copies only, but the view's database may go with the view.
    ~LatestLoader() { m_watcher.waitForFinished(); }
    LatestLoader(const LatestLoader &) = delete;
    LatestLoader &operator=(const LatestLoader &) = delete;

    void load(Request request)
    {
        ++m_generation;
        if (m_running) {
            m_waiting = std::move(request);
            return;
        }
        start(std::move(request));
    }

    // Forgets the waiting request and the running job's result (the database was closed).
    void discard()
    {
        ++m_generation;
        m_waiting.reset();
    }

    // A job runs, or a request waits for one.
    bool isBusy() const { return m_running.has_value(); }

private:
    void start(Request request)
    {
        m_running = std::move(request);
        m_runningGeneration = m_generation;
        m_watcher.setFuture(QtConcurrent::run(
            m_pool, [job = m_job, request = *m_running] { return job(request); }));
    }

    void jobFinished()
    {
        const Request answered = *std::exchange(m_running, std::nullopt);
        if (m_waiting) {
            start(*std::exchange(m_waiting, std::nullopt));
            return;
        }
        if (m_runningGeneration != m_generation)
            return;
        m_deliver(answered, m_watcher.result());
    }

    Job m_job;
    Deliver m_deliver;
    QThreadPool *m_pool;
    QFutureWatcher<Value> m_watcher;
    std::optional<Request> m_running;
    std::optional<Request> m_waiting;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
};

} // namespace skl
