// SPDX-License-Identifier: GPL-3.0-or-later
#include "streampipe.h"

namespace Dockwright::Core {

StreamPipe::StreamPipe(qint64 capacity, const std::atomic_bool *cancel)
    : m_capacity(capacity)
    , m_cancel(cancel)
{ }

bool StreamPipe::push(const QByteArray &chunk)
{
    QMutexLocker lock(&m_mutex);
    while (!m_abandoned && m_queued > 0 && m_queued + chunk.size() > m_capacity)
        m_notFull.wait(&m_mutex, 100);
    if (m_abandoned)
        return false;
    if (chunk.isEmpty())
        return true;
    m_queue.push_back(chunk);
    m_queued += chunk.size();
    m_pushed += chunk.size();
    m_notEmpty.wakeOne();
    return true;
}

StreamPipe::Offer StreamPipe::offer(const QByteArray &chunk)
{
    QMutexLocker lock(&m_mutex);
    if (m_abandoned)
        return Offer::Abandoned;
    if (!chunk.isEmpty()) {
        m_queue.push_back(chunk);
        m_queued += chunk.size();
        m_pushed += chunk.size();
        m_notEmpty.wakeOne();
    }
    if (m_queued < m_capacity)
        return Offer::Taken;
    m_full = true;
    return Offer::Full;
}

void StreamPipe::setDrained(std::function<void()> drained)
{
    QMutexLocker lock(&m_mutex);
    m_drained = std::move(drained);
}

void StreamPipe::finish(const ImageError &error)
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    if (error && !m_error)
        m_error = error;
    m_notEmpty.wakeAll();
}

qint64 StreamPipe::pull(const char **data)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty() && !m_finished) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return -1;
        m_notEmpty.wait(&m_mutex, 100);
    }
    if (m_queue.empty())
        return m_error ? -1 : 0;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_queued -= m_current.size();
    m_notFull.wakeAll();
    *data = m_current.constData();
    const bool drained = m_full && m_queued <= m_capacity / 2;
    if (drained)
        m_full = false;
    const std::function<void()> notify = drained ? m_drained : std::function<void()>();
    lock.unlock();
    if (notify)
        notify();
    return m_current.size();
}

void StreamPipe::abandon()
{
    QMutexLocker lock(&m_mutex);
    m_abandoned = true;
    m_queue.clear();
    m_queued = 0;
    m_notFull.wakeAll();
}

ImageError StreamPipe::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

qint64 StreamPipe::bytesPushed() const
{
    QMutexLocker lock(&m_mutex);
    return m_pushed;
}

} // namespace Dockwright::Core
