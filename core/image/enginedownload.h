// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/enginerequest.h"
#include "core/jobs/jobtracker.h"
#include "imageerror.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

namespace Dockwright::Core {

class EngineCall;
class EngineClient;
class StreamPipe;
struct EngineError;

// Streams the body of one engine request (an image export) over a live client into a StreamPipe
// that a consumer reads as a job (JobTracker): reading a file out of the export, writing it to disk.
// The download pauses while the pipe is full, and is aborted when the consumer returns early (it
// found what it wanted), so neither memory nor the client's thread pays for a slow consumer.
// One finished() per start(), on the client's thread; cancel() ends it within 100 ms. Never waits.
class EngineDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineDownload)
public:
    // Runs on a worker: reads the pipe (to its end or not) and returns why it failed, kind None if
    // it did not. A pull() of -1 means the download failed or was cancelled: return pipe.error().
    using Consumer = std::function<ImageError(StreamPipe &pipe, const JobControl &control)>;
    struct Options
    {
        qint64 pipeCapacity = qint64(64) << 20;
        int idleTimeoutMs = 120000; // the engine may think a while before the first byte
        QString name; // the image, for error messages
    };

    explicit EngineDownload(EngineClient *client, QObject *parent = nullptr);
    ~EngineDownload() override; // aborts the download; the consumer stops on its own

    // A newer start() supersedes the running one quietly (no finished() for it).
    void start(const EngineRequest &request, Consumer consumer, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 bytesReceived() const { return m_received; }

    // The engine's error as an image error naming `name` (kind Cancelled for a cancelled call).
    static ImageError engineError(const EngineError &error, const QString &name);

Q_SIGNALS:
    // error: the consumer's, or the download's when that explains more; kind Cancelled after
    // cancel(), unless the consumer had already completed.
    void finished(const Dockwright::Core::ImageError &error);

private:
    void abortCall();
    void onConsumerDone(const ImageError &error);

    QPointer<EngineClient> m_client;
    QPointer<EngineCall> m_call;
    JobTracker m_consumer {this};
    Options m_options;
    std::shared_ptr<StreamPipe> m_pipe;
    std::shared_ptr<std::atomic_bool> m_stop;
    ImageError m_callError;
    qint64 m_received = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Dockwright::Core
