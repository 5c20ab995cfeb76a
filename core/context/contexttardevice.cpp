// SPDX-License-Identifier: GPL-3.0-or-later
#include "contexttardevice.h"

#include "contextpacker.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <cstring>

namespace Dockwright::Core {

namespace {
constexpr qsizetype ChunkSize = 256 * 1024;
constexpr qint64 ProgressIntervalMs = 100;
} // namespace

ContextTarDevice::ContextTarDevice(const QString &root, const QList<ContextEntry> &entries, QObject *parent)
    : QIODevice(parent)
    , m_root(root)
    , m_entries(entries)
{ }

ContextTarDevice::~ContextTarDevice()
{
    stopWorker();
}

qint64 ContextTarDevice::tarSize()
{
    if (m_tarSize < 0) {
        ContextPacker packer(m_root, m_entries);
        packer.setMemoryFiles(m_memoryFiles);
        m_tarSize = packer.tarSize();
    }
    return m_tarSize;
}

void ContextTarDevice::cancel()
{
    m_cancel.store(true);
    QMutexLocker lock(&m_mutex);
    m_spaceAvailable.wakeAll();
}

ContextError ContextTarDevice::packError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool ContextTarDevice::isPackingFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_done;
}

bool ContextTarDevice::open(OpenMode mode)
{
    if (m_thread || (mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    if (!QIODevice::open(mode | Unbuffered))
        return false;
    m_thread = QThread::create([this]() { produce(); });
    m_thread->setObjectName(QStringLiteral("dockwright-context-tar"));
    m_thread->start();
    return true;
}

void ContextTarDevice::close()
{
    stopWorker();
    QIODevice::close();
}

void ContextTarDevice::stopWorker()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

qint64 ContextTarDevice::bytesAvailable() const
{
    QMutexLocker lock(&m_mutex);
    return m_buffered + QIODevice::bytesAvailable();
}

bool ContextTarDevice::atEnd() const
{
    QMutexLocker lock(&m_mutex);
    return m_done && m_buffered == 0;
}

bool ContextTarDevice::waitForReadyRead(int msecs)
{
    QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    QMutexLocker lock(&m_mutex);
    while (m_buffered == 0 && !m_done) {
        if (!m_dataAvailable.wait(&m_mutex, deadline))
            return false;
    }
    return m_buffered > 0;
}

qint64 ContextTarDevice::readData(char *data, qint64 maxSize)
{
    QMutexLocker lock(&m_mutex);
    if (m_buffered == 0) {
        if (!m_done)
            return 0;
        if (m_error)
            setErrorString(m_error.toString());
        return -1;
    }
    qint64 copied = 0;
    while (copied < maxSize && !m_chunks.empty()) {
        const QByteArray &head = m_chunks.front();
        const qint64 n = qMin<qint64>(maxSize - copied, head.size() - m_headOffset);
        std::memcpy(data + copied, head.constData() + m_headOffset, size_t(n));
        copied += n;
        m_headOffset += n;
        if (m_headOffset == head.size()) {
            m_chunks.pop_front();
            m_headOffset = 0;
        }
    }
    m_buffered -= copied;
    m_spaceAvailable.wakeAll();
    return copied;
}

qint64 ContextTarDevice::writeData(const char *, qint64)
{
    return -1;
}

void ContextTarDevice::notifyReadable()
{
    // One queued readyRead at a time; the reader drains everything available when it runs.
    if (m_notifyPending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_notifyPending.store(false);
            Q_EMIT readyRead();
        },
        Qt::QueuedConnection);
}

bool ContextTarDevice::push(QByteArray chunk)
{
    {
        QMutexLocker lock(&m_mutex);
        while (m_buffered >= m_limit && !m_cancel.load())
            m_spaceAvailable.wait(&m_mutex);
        if (m_cancel.load())
            return false;
        m_buffered += chunk.size();
        m_chunks.push_back(std::move(chunk));
        m_dataAvailable.wakeAll();
    }
    notifyReadable();
    return true;
}

void ContextTarDevice::produce()
{
    ContextPacker packer(m_root, m_entries);
    packer.setMemoryFiles(m_memoryFiles);
    packer.setCancelFlag(&m_cancel);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    packer.setProgressCallback([this, &sinceProgress](const ContextPacker::Progress &p) {
        const bool last = p.filesDone == p.filesTotal;
        if (!last && sinceProgress.elapsed() < ProgressIntervalMs)
            return;
        sinceProgress.restart();
        QMetaObject::invokeMethod(
            this, [this, p]() { Q_EMIT progress(p.filesDone, p.filesTotal, p.bytesDone, p.bytesTotal); },
            Qt::QueuedConnection);
    });

    QByteArray pending;
    pending.reserve(ChunkSize);
    const ContextPacker::Sink sink = [this, &pending](const char *data, qsizetype size) {
        while (size > 0) {
            const qsizetype n = qMin(size, ChunkSize - pending.size());
            pending.append(data, n);
            data += n;
            size -= n;
            if (pending.size() == ChunkSize) {
                if (!push(std::exchange(pending, QByteArray())))
                    return false;
                pending.reserve(ChunkSize);
            }
        }
        return true;
    };
    ContextError error = packer.pack(sink);
    if (!error && !pending.isEmpty() && !push(std::move(pending)))
        error = ContextError::cancelled();
    if (error && m_cancel.load())
        error = ContextError::cancelled();
    {
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_error = error;
        m_dataAvailable.wakeAll();
    }
    QMetaObject::invokeMethod(
        this,
        [this, error]() {
            if (error)
                Q_EMIT failed(error);
            else
                Q_EMIT packingFinished();
            Q_EMIT readyRead();
            Q_EMIT readChannelFinished();
        },
        Qt::QueuedConnection);
}

} // namespace Dockwright::Core
