// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace Dockwright::Core {

// The one way Dockwright runs work off the GUI thread (the shape of hotspot's JobTracker).
//
// A JobTracker belongs to one owner object (its context) and runs at most one current job:
//   - start(job, setData) gives the job an id and a JobControl, runs job(control) on the shared pool
//     and hands its return value to setData on the context's thread, but only if the job is still
//     the current one then (not superseded by a newer start(), not discarded, context alive);
//   - isRunning() is true from start() until that result has been delivered or the job was dropped;
//   - cancel() raises the job's stop flag and keeps it current, so its (cancelled) answer still
//     arrives; discard() also drops it. Neither waits: nothing here blocks the caller's thread.
// A job polls control.isCancelled() (or hands control.stopFlag() to a core API that polls it) often
// enough to stop within 100 ms. The tracker's destructor discards; a job then finishes on its own.
class JobControl
{
public:
    JobControl() = default; // a control that is never cancelled (for synchronous callers)

    bool isCancelled() const { return m_stop && m_stop->load(std::memory_order_relaxed); }
    // For core APIs that poll an atomic flag (ImageLoader, ContextWalker, LayerTreeSnapshot...).
    const std::atomic_bool *stopFlag() const { return m_stop.get(); }
    quint64 jobId() const { return m_id; }
    // Runs f() on the context's thread if this job is still current then: progress, partial results.
    template<typename F>
    void post(F &&f) const;

private:
    friend class JobTracker;
    struct Shared
    {
        std::atomic<quint64> current {0};
    };
    JobControl(
        QPointer<QObject> context, std::shared_ptr<Shared> shared, std::shared_ptr<std::atomic_bool> stop, quint64 id)
        : m_context(std::move(context))
        , m_shared(std::move(shared))
        , m_stop(std::move(stop))
        , m_id(id)
    { }
    bool isCurrent() const { return m_shared && m_shared->current.load() == m_id; }

    QPointer<QObject> m_context;
    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<std::atomic_bool> m_stop;
    quint64 m_id = 0;
};

class JobTracker final
{
    Q_DISABLE_COPY_MOVE(JobTracker)
public:
    explicit JobTracker(QObject *context)
        : m_context(context)
        , m_shared(std::make_shared<JobControl::Shared>())
    { }
    ~JobTracker() { discard(); }

    bool isRunning() const { return m_running; }
    quint64 currentJobId() const { return m_shared->current.load(); }
    // True while the current job has been asked to stop and its answer has not arrived yet.
    bool isCancelling() const { return m_running && m_stop && m_stop->load(); }

    // job: R(const JobControl &); setData: void(R) (or void() when R is void). Returns the job id.
    // `on` is the pool the job runs on: pool(), or serialPool() for work that must keep its order.
    template<typename Job, typename SetData>
    quint64 start(Job &&job, SetData &&setData, QThreadPool *on = pool());

    void cancel()
    {
        if (m_stop)
            m_stop->store(true);
    }
    void discard()
    {
        cancel();
        m_shared->current.fetch_add(1);
        m_running = false;
    }

    // The pool every tracker runs on: more threads than cores, because some jobs wait on IO.
    static QThreadPool *pool();
    // A pool of one thread: its jobs run one after another in the order they were started. The
    // editor's opens, saves, autosaves and recovery clean-ups go here so they reach the disk in order.
    static QThreadPool *serialPool();
    // Work nobody waits an answer for (removing a recovery copy), after the serial jobs before it.
    template<typename F>
    static void runDetached(F &&work)
    {
        serialPool()->start(std::forward<F>(work));
    }

private:
    QPointer<QObject> m_context;
    std::shared_ptr<JobControl::Shared> m_shared;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_running = false;
};

template<typename F>
void JobControl::post(F &&f) const
{
    if (!m_context || !isCurrent())
        return;
    QMetaObject::invokeMethod(
        m_context.data(),
        [context = m_context, shared = m_shared, id = m_id, f = std::forward<F>(f)]() mutable {
            if (context && shared->current.load() == id)
                f();
        },
        Qt::QueuedConnection);
}

template<typename Job, typename SetData>
quint64 JobTracker::start(Job &&job, SetData &&setData, QThreadPool *on)
{
    cancel(); // the superseded job stops early; its result is dropped by the id check
    const quint64 id = m_shared->current.fetch_add(1) + 1;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    const JobControl control(m_context, m_shared, m_stop, id);
    // The tracker may be gone when the result arrives; the delivery checks the context and the id,
    // and clears the running flag through a pointer that lives as long as the context does.
    auto deliver = [this, control, setData = std::forward<SetData>(setData)](auto &&...result) mutable {
        if (!control.m_context || !control.isCurrent())
            return;
        m_running = false;
        setData(std::forward<decltype(result)>(result)...);
    };
    on->start([control, job = std::forward<Job>(job), deliver = std::move(deliver)]() mutable {
        using Result = std::invoke_result_t<Job &, const JobControl &>;
        if constexpr (std::is_void_v<Result>) {
            job(control);
            control.post([deliver = std::move(deliver)]() mutable { deliver(); });
        } else {
            Result result = job(control);
            control.post(
                [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(std::move(result)); });
        }
    });
    return id;
}

} // namespace Dockwright::Core
