// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginedownload.h"

#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/engine/engineerror.h"
#include "streampipe.h"

#include <QTimer>

namespace Dockwright::Core {

using namespace Qt::StringLiterals;

EngineDownload::EngineDownload(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<ImageError>();
}

EngineDownload::~EngineDownload()
{
    if (m_stop)
        m_stop->store(true);
    abortCall();
}

ImageError EngineDownload::engineError(const EngineError &e, const QString &name)
{
    if (e.kind == EngineError::Kind::Cancelled)
        return ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), name);
    return ImageError::make(ImageError::Kind::Engine,
        e.engineMessage.isEmpty() ? e.message : e.message + u" ("_s + e.engineMessage + u')', name);
}

void EngineDownload::abortCall()
{
    if (EngineCall *call = m_call.data()) {
        m_call = nullptr;
        call->disconnect(this);
        call->abort(); // closing the connection ends the export on the engine too
    }
    if (m_pipe)
        m_pipe->finish(ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), m_options.name));
}

void EngineDownload::start(const EngineRequest &request, Consumer consumer, const Options &options)
{
    if (m_running) {
        if (m_stop)
            m_stop->store(true);
        abortCall();
        m_consumer.discard();
    }
    const quint64 generation = ++m_generation;
    m_running = true;
    m_cancelled = false;
    m_options = options;
    m_callError = {};
    m_received = 0;
    m_stop = std::make_shared<std::atomic_bool>(false);
    if (!m_client || m_client->state() != EngineClient::State::Connected) {
        m_pipe.reset();
        // Reported on the next turn, so that callers connect first.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                onConsumerDone(
                    ImageError::make(ImageError::Kind::Engine, tr("Not connected to an engine."), m_options.name));
        });
        return;
    }
    auto pipe = std::make_shared<StreamPipe>(options.pipeCapacity, m_stop.get());
    m_pipe = pipe;
    m_consumer.start(
        [this, pipe, consumer = std::move(consumer)](const JobControl &control) {
            // The consumer drained what paused the download: resume it (on the client's thread).
            pipe->setDrained([this, control] {
                control.post([this] {
                    if (m_call)
                        m_call->setPaused(false);
                });
            });
            const ImageError error = consumer(*pipe, control);
            pipe->abandon(); // a consumer that stops early releases the download
            return error;
        },
        [this](const ImageError &error) { onConsumerDone(error); });

    EngineRequest streamed = request;
    streamed.delivery = EngineRequest::Delivery::Raw;
    streamed.timeoutMs = options.idleTimeoutMs;
    m_call = m_client->send(streamed);
    connect(m_call, &EngineCall::data, this, [this, generation](const QByteArray &chunk) {
        if (generation != m_generation || !m_call)
            return;
        m_received += chunk.size();
        switch (m_pipe->offer(chunk)) {
        case StreamPipe::Offer::Taken:
            break;
        case StreamPipe::Offer::Full:
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
            m_callError = engineError(call->error(), m_options.name);
        m_pipe->finish(m_callError);
    });
}

void EngineDownload::onConsumerDone(const ImageError &error)
{
    abortCall(); // a consumer that stopped early (found its file, failed) ends the download
    ImageError result = error;
    // A consumer that completed before it saw the cancel did its work: that is the truth to report.
    if (m_cancelled && error)
        result = ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled"), m_options.name);
    else if (error && m_callError && m_callError.kind != ImageError::Kind::Cancelled)
        result = m_callError; // a download that failed explains more than "stream ended early"
    ++m_generation;
    m_running = false;
    m_pipe.reset();
    Q_EMIT finished(result);
}

void EngineDownload::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_stop)
        m_stop->store(true);
    m_consumer.cancel();
    if (!m_pipe)
        return; // the not-connected answer is already queued
    abortCall(); // the consumer sees the stop flag and the finished pipe, and returns
}

} // namespace Dockwright::Core
