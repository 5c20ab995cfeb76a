// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contextentry.h"
#include "contexterror.h"
#include "contextpacker.h"

#include <QIODevice>
#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <deque>

class QThread;

namespace Dockwright::Core {

// The build context as a sequential QIODevice for an HTTP request body (EngineRequest::bodyDevice).
// open() starts a worker thread that runs ContextPacker into a bounded buffer; reads drain it and the
// worker blocks while it is full, so the whole context is never held in memory. readyRead() and
// readChannelFinished() are emitted in the device's thread. tarSize() gives the exact length for a
// Content-Length header.
class ContextTarDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextTarDevice)
public:
    static constexpr qint64 DefaultBufferLimit = 4 * 1024 * 1024;

    ContextTarDevice(const QString &root, const QList<ContextEntry> &entries, QObject *parent = nullptr);
    ~ContextTarDevice() override;

    // Before open() and tarSize(): files sent from memory (ContextPacker::setMemoryFiles).
    void setMemoryFiles(const QList<ContextPacker::MemoryFile> &files) { m_memoryFiles = files; }
    // Before open(): the most packed bytes held before the worker waits for the reader.
    void setBufferLimit(qint64 bytes) { m_limit = qMax<qint64>(bytes, 64 * 1024); }
    // Exact archive length (a dry run over headers; computed once, in the calling thread).
    qint64 tarSize();

    // Stops the worker at the next file or chunk; the device then reports a Cancelled error.
    void cancel();
    // Set once packing failed or was cancelled (the device then reads as -1).
    ContextError packError() const;
    bool isPackingFinished() const;

    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    void close() override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // Blocks until data, the end or an error (CLI and tests; never in the GUI thread).
    bool waitForReadyRead(int msecs) override;

Q_SIGNALS:
    void progress(qint64 filesDone, qint64 filesTotal, qint64 bytesDone, qint64 bytesTotal);
    void failed(const Dockwright::Core::ContextError &error);
    void packingFinished(); // the whole archive was produced (some may still be buffered)

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void produce();
    bool push(QByteArray chunk);
    void notifyReadable();
    void stopWorker();

    QString m_root;
    QList<ContextEntry> m_entries;
    QList<ContextPacker::MemoryFile> m_memoryFiles;
    qint64 m_limit = DefaultBufferLimit;
    qint64 m_tarSize = -1;
    QThread *m_thread = nullptr;

    mutable QMutex m_mutex;
    QWaitCondition m_spaceAvailable;
    QWaitCondition m_dataAvailable;
    std::deque<QByteArray> m_chunks; // guarded by m_mutex
    qsizetype m_headOffset = 0; // consumed bytes of m_chunks.front()
    qint64 m_buffered = 0;
    bool m_done = false;
    ContextError m_error;

    std::atomic_bool m_cancel {false};
    std::atomic_bool m_notifyPending {false};
};

} // namespace Dockwright::Core
