// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/enginerequest.h"
#include "core/jobs/jobtracker.h"
#include "imagearchivereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace Dockwright::Core {

class EngineCall;
class EngineClient;
class StreamPipe;

// Reads an image straight from the engine over a live client, without blocking the client's thread:
// GET /images/{name}/json and /history, then /images/{name}/get streamed into ImageArchiveReader,
// which runs as a job (JobTracker) and pulls from a StreamPipe. The download pauses while the pipe
// holds its capacity and resumes when the reader has drained half of it, so neither memory nor the
// caller's thread pays for a slow analysis. Nothing is written to disk.
// One finished() per start(), on the client's thread; cancel() ends it within 100 ms.
class EngineImageStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineImageStream)
public:
    struct Options
    {
        ImageSelector selector;
        ScanLimits limits;
        ImageArchiveReader::Progress progress; // called on the reader's thread
        qint64 pipeCapacity = qint64(64) << 20;
    };
    static constexpr int ConnectWaitMs = 30000; // how long start() waits for a client still connecting

    explicit EngineImageStream(EngineClient *client, QObject *parent = nullptr);
    ~EngineImageStream() override; // aborts the download; the reader stops on its own

    // name: a reference or image ID the engine knows.
    void start(const QString &name, const Options &options);
    void start(const QString &name) { start(name, Options()); }
    void cancel();
    bool isRunning() const { return m_running; }
    int pauses() const { return m_pauses; } // times the download waited for the reader (tests)

Q_SIGNALS:
    // Errors of kind Engine carry the engine's message; a cancelled read ends with kind Cancelled.
    void finished(const Dockwright::Core::LayeredImagePtr &image, const Dockwright::Core::ImageError &error);

private:
    struct ReadOutcome
    {
        LayeredImagePtr image;
        ImageError error;
    };
    void requestInspect();
    void stopWaitingForEngine();
    // Sends a buffered request; then() runs with its answer unless it failed or we were cancelled.
    void ask(const EngineRequest &request, const std::function<void(EngineCall *)> &then);
    void startExport();
    void onReaderDone(const ReadOutcome &outcome);
    // The image as the export stream gave it, completed from the inspect and history answers: layers
    // the config left without created_by take it from /history, and an untagged read gets the
    // first RepoTag as reference.
    static void complete(
        LayeredImage &image, const QString &name, const QJsonObject &inspect, const QJsonArray &history);

    void finish(const LayeredImagePtr &image, const ImageError &error);
    void abortCall();

    QPointer<EngineClient> m_client;
    QPointer<EngineCall> m_call;
    JobTracker m_reader {this};
    QString m_name;
    Options m_options;
    QJsonObject m_inspect;
    QJsonArray m_history;
    std::shared_ptr<StreamPipe> m_pipe;
    std::shared_ptr<std::atomic_bool> m_stop;
    ImageError m_callError; // why the download ended early, if it did
    bool m_running = false;
    bool m_cancelled = false;
    int m_pauses = 0;
    QTimer m_engineDeadline; // runs while start() waits for the client to connect
    QMetaObject::Connection m_connectedWait;
    quint64 m_generation = 0; // a start() or cancel() makes older callbacks stale
};

} // namespace Dockwright::Core
