// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineimagestream.h"

#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "streampipe.h"

#include <QTimer>

namespace Dockwright::Core {

namespace {
using namespace Qt::StringLiterals;

ImageError cancelledError(const QString &name)
{
    return ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), name);
}

ImageError engineError(const EngineError &e, const QString &name)
{
    if (e.kind == EngineError::Kind::Cancelled)
        return cancelledError(name);
    return ImageError::make(ImageError::Kind::Engine,
        e.engineMessage.isEmpty() ? e.message : e.message + u" ("_s + e.engineMessage + u')', name);
}
} // namespace

EngineImageStream::EngineImageStream(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_engineDeadline.setSingleShot(true);
    connect(&m_engineDeadline, &QTimer::timeout, this, [this] {
        stopWaitingForEngine();
        const EngineError why = m_client ? m_client->lastError() : EngineError();
        finish({},
            ImageError::make(ImageError::Kind::Engine,
                why ? tr("Not connected to an engine: %1").arg(why.toString()) : tr("Not connected to an engine."),
                m_name));
    });
    qRegisterMetaType<LayeredImagePtr>();
    qRegisterMetaType<ImageError>();
}

EngineImageStream::~EngineImageStream()
{
    if (m_stop)
        m_stop->store(true);
    abortCall();
}

void EngineImageStream::abortCall()
{
    if (EngineCall *call = m_call.data()) {
        m_call = nullptr;
        call->disconnect(this);
        call->abort(); // closing the connection ends the export on the engine too
    }
    if (m_pipe)
        m_pipe->finish(cancelledError(m_name));
}

void EngineImageStream::start(const QString &name, const Options &options)
{
    if (m_running) {
        m_cancelled = true; // the old read ends quietly: no finished() for it
        stopWaitingForEngine();
        if (m_stop)
            m_stop->store(true);
        abortCall();
        m_reader.discard();
    }
    const quint64 generation = ++m_generation;
    m_running = true;
    m_pauses = 0;
    m_cancelled = false;
    m_name = name;
    m_options = options;
    m_inspect = {};
    m_history = {};
    m_pipe.reset();
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_callError = {};
    if (!m_client) {
        // Reported on the next turn, so that callers connect first.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish({}, ImageError::make(ImageError::Kind::Engine, tr("Not connected to an engine."), m_name));
        });
        return;
    }
    if (m_client->state() != EngineClient::State::Connected) {
        // Still connecting (the window opened an image given on the command line, or the engine is
        // being reconnected): wait for it as long as the CLI would, then say why not.
        m_connectedWait = connect(m_client, &EngineClient::connected, this, [this] {
            stopWaitingForEngine();
            if (!m_cancelled)
                requestInspect();
        });
        m_engineDeadline.start(ConnectWaitMs);
        return;
    }
    requestInspect();
}

void EngineImageStream::stopWaitingForEngine()
{
    QObject::disconnect(m_connectedWait);
    m_engineDeadline.stop();
}

void EngineImageStream::requestInspect()
{
    ask(EngineApi::inspectImage(m_name), [this](EngineCall *inspect) {
        m_inspect = inspect->jsonObject();
        ask(EngineApi::imageHistory(m_name), [this](EngineCall *history) {
            m_history = history->json().array();
            startExport();
        });
    });
}

void EngineImageStream::ask(const EngineRequest &request, const std::function<void(EngineCall *)> &then)
{
    const quint64 generation = m_generation;
    m_call = m_client->send(request);
    connect(m_call, &EngineCall::finished, this, [this, generation, then, call = m_call.data()] {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        if (m_cancelled)
            finish({}, cancelledError(m_name));
        else if (call->error())
            finish({}, engineError(call->error(), m_name));
        else
            then(call);
    });
}

void EngineImageStream::startExport()
{
    const quint64 generation = m_generation;
    auto pipe = std::make_shared<StreamPipe>(m_options.pipeCapacity, m_stop.get());
    m_pipe = pipe;
    ImageSelector selector = m_options.selector;
    if (selector.reference.isEmpty() && !m_name.startsWith("sha256:"_L1))
        selector.reference = m_name;
    // Uncompressed layer bytes plus tar headers: close enough as the progress total.
    const qint64 totalHint = m_inspect.value("Size"_L1).toInteger();
    m_reader.start(
        [this, pipe, stop = m_stop, selector, limits = m_options.limits, progress = m_options.progress, totalHint,
            name = m_name](const JobControl &control) {
            // The reader drained what paused the download: resume it (on the client's thread).
            pipe->setDrained([this, control] {
                control.post([this] {
                    if (m_call)
                        m_call->setPaused(false);
                });
            });
            ImageArchiveReader reader(selector, limits, stop.get());
            reader.setProgress(progress);
            ReadOutcome outcome;
            outcome.image = reader.readStream([&pipe](const char **data) { return pipe->pull(data); }, totalHint, name,
                &outcome.error, [&pipe] { return pipe->error(); });
            pipe->abandon(); // a reader that stops early releases the download
            return outcome;
        },
        [this](const ReadOutcome &outcome) { onReaderDone(outcome); });

    EngineRequest request = EngineApi::exportImage(m_name);
    request.timeoutMs = 120000; // idle limit: the engine may think a while before the first byte
    m_call = m_client->send(request);
    connect(m_call, &EngineCall::data, this, [this, generation](const QByteArray &chunk) {
        if (generation != m_generation || !m_call)
            return;
        switch (m_pipe->offer(chunk)) {
        case StreamPipe::Offer::Taken:
            break;
        case StreamPipe::Offer::Full:
            ++m_pauses;
            m_call->setPaused(true);
            break;
        case StreamPipe::Offer::Abandoned:
            abortCall();
            break;
        }
    });
    connect(m_call, &EngineCall::finished, this, [this, generation, call = m_call.data()] {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        if (call->error())
            m_callError = engineError(call->error(), m_name);
        m_pipe->finish(m_callError);
    });
}

void EngineImageStream::onReaderDone(const ReadOutcome &outcome)
{
    abortCall(); // a reader that stopped early (bad archive, limits) ends the download
    if (m_cancelled) {
        finish({}, cancelledError(m_name));
        return;
    }
    if (!outcome.image) {
        // A download that failed explains more than the reader's "stream ended early".
        finish({}, m_callError && outcome.error.kind != ImageError::Kind::Cancelled ? m_callError : outcome.error);
        return;
    }
    // The reader made this image and nobody else holds it yet: complete it in place.
    auto result = std::const_pointer_cast<LayeredImage>(outcome.image);
    complete(*result, m_name, m_inspect, m_history);
    finish(result, {});
}

void EngineImageStream::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_stop)
        m_stop->store(true);
    m_reader.cancel();
    if (m_engineDeadline.isActive()) {
        stopWaitingForEngine();
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                finish({}, cancelledError(m_name));
        });
        return;
    }
    if (m_call && !m_pipe) {
        m_call->abort(); // inspect or history: its finished handler reports Cancelled
        return;
    }
    abortCall(); // the reader sees the stop flag and the finished pipe, and answers Cancelled
}

void EngineImageStream::finish(const LayeredImagePtr &image, const ImageError &error)
{
    ++m_generation;
    stopWaitingForEngine();
    m_running = false;
    m_pipe.reset();
    Q_EMIT finished(image, error);
}

void EngineImageStream::complete(
    LayeredImage &image, const QString &name, const QJsonObject &inspect, const QJsonArray &history)
{
    image.source = name;
    image.fromEngine = true;
    // The history API lines up with config.history reversed; fill layers the config left bare.
    for (ImageLayer &layer : image.layers) {
        if (!layer.createdBy.isEmpty() || layer.historyIndex < 0)
            continue;
        const qsizetype apiIndex = history.size() - 1 - layer.historyIndex;
        if (apiIndex >= 0 && apiIndex < history.size())
            layer.createdBy = history.at(apiIndex).toObject().value("CreatedBy"_L1).toString();
    }
    if (image.reference.isEmpty())
        image.reference = inspect.value("RepoTags"_L1).toArray().at(0).toString();
}

} // namespace Dockwright::Core
