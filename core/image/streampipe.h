// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <functional>

namespace Dockwright::Core {

// Hands a byte stream from the thread that receives it (the engine call's data() chunks) to the
// thread that reads it (ImageArchiveReader::readStream). Bounded two ways: push() blocks while
// `capacity` bytes wait (a writer thread of its own); offer() never blocks (the GUI thread) and
// says when the writer should pause its source, and the drained callback (run on the reader's
// thread) says when to resume, once the queue is down to half the capacity.
class StreamPipe final
{
public:
    explicit StreamPipe(qint64 capacity = qint64(64) << 20, const std::atomic_bool *cancel = nullptr);

    // Writer side. push() returns false once the reader gave up (then stop the source).
    bool push(const QByteArray &chunk);
    enum class Offer { Taken, Full, Abandoned }; // Full: taken, but pause the source until drained()
    Offer offer(const QByteArray &chunk);
    void setDrained(std::function<void()> drained); // before the reader starts
    void finish(const ImageError &error = {}); // no more data; an error makes pull() fail

    // Reader side: the ImageArchiveReader::Pull contract (buffer valid until the next call).
    qint64 pull(const char **data);
    void abandon(); // the reader stopped early
    ImageError error() const;
    qint64 bytesPushed() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<QByteArray> m_queue;
    QByteArray m_current;
    qint64 m_capacity;
    qint64 m_queued = 0;
    qint64 m_pushed = 0;
    bool m_finished = false;
    bool m_abandoned = false;
    bool m_full = false; // offer() said Full; drained() is owed
    std::function<void()> m_drained;
    ImageError m_error;
    const std::atomic_bool *m_cancel;
};

} // namespace Dockwright::Core
