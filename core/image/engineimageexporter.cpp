// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineimageexporter.h"

#include "streampipe.h"

#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <memory>
#include <thread>

namespace Dockwright::Core {

namespace {
using namespace Qt::StringLiterals;

ImageError engineError(const EngineError &e, const QString &name)
{
    ImageError error = ImageError::make(ImageError::Kind::Engine,
                                        e.engineMessage.isEmpty() ? e.message : e.message + u" ("_s + e.engineMessage + u')',
                                        name);
    return error;
}

// Sends a buffered GET and waits; the call is deleted here.
QJsonDocument fetchJson(EngineClient &client, const QString &path, EngineError *error)
{
    std::unique_ptr<EngineCall> call(client.send(EngineRequest::get(path)));
    call->setAutoDelete(false);
    call->waitForFinished();
    *error = call->error();
    return *error ? QJsonDocument() : call->json();
}
} // namespace

EngineImageExporter::EngineImageExporter(EngineClient &client, const ImageSelector &selector, const ScanLimits &limits,
                                         const std::atomic_bool *cancel)
    : m_client(client)
    , m_selector(selector)
    , m_limits(limits)
    , m_cancel(cancel)
{
}

LayeredImagePtr EngineImageExporter::read(const QString &name, ImageError *error)
{
    const QString base = "/images/"_L1 + name;
    EngineError callError;
    const QJsonObject inspect = fetchJson(m_client, base + "/json"_L1, &callError).object();
    if (callError) {
        *error = engineError(callError, name);
        return {};
    }
    const QJsonArray history = fetchJson(m_client, base + "/history"_L1, &callError).array();
    if (callError) {
        *error = engineError(callError, name);
        return {};
    }
    // Uncompressed layer bytes plus tar headers: close enough as the progress total.
    const qint64 totalHint = inspect.value("Size"_L1).toInteger();

    StreamPipe pipe(qint64(64) << 20, m_cancel);
    ImageSelector selector = m_selector;
    if (selector.reference.isEmpty() && !name.startsWith("sha256:"_L1))
        selector.reference = name;
    LayeredImagePtr image;
    ImageError readError;
    std::atomic_bool readerDone{false};
    ImageArchiveReader reader(selector, m_limits, m_cancel);
    reader.setProgress(m_progress);
    std::thread worker([&] {
        image = reader.readStream([&pipe](const char **data) { return pipe.pull(data); }, totalHint, name, &readError,
                                  [&pipe] { return pipe.error(); });
        pipe.abandon(); // a reader that stops early releases the writer
        readerDone = true;
    });

    EngineRequest request = EngineRequest::stream(base + "/get"_L1, {}, EngineRequest::Delivery::Raw);
    request.timeoutMs = 120000; // idle limit: the engine may think a while before the first byte
    EngineCall *call = m_client.send(request);
    call->setAutoDelete(false);
    std::unique_ptr<EngineCall> owner(call);
    QEventLoop loop;
    QObject::connect(call, &EngineCall::data, call, [&](const QByteArray &chunk) {
        if (!pipe.push(chunk))
            call->abort();
    });
    QObject::connect(call, &EngineCall::finished, &loop, [&] {
        pipe.finish(call->error() ? engineError(call->error(), name) : ImageError());
        loop.quit();
    });
    QTimer poll; // a cancelled or failed reader must stop the download too
    QObject::connect(&poll, &QTimer::timeout, call, [&] {
        if (readerDone || (m_cancel && m_cancel->load()))
            call->abort();
    });
    poll.start(100);
    if (!call->isFinished())
        loop.exec();
    worker.join();

    if (!image) {
        *error = readError.kind == ImageError::Kind::Cancelled || !call->error() ? readError
                                                                                 : engineError(call->error(), name);
        return {};
    }
    auto result = std::const_pointer_cast<LayeredImage>(image);
    result->source = name;
    // The history API lines up with config.history reversed; fill layers the config left bare.
    for (ImageLayer &layer : result->layers) {
        if (!layer.createdBy.isEmpty() || layer.historyIndex < 0)
            continue;
        const qsizetype apiIndex = history.size() - 1 - layer.historyIndex;
        if (apiIndex >= 0 && apiIndex < history.size())
            layer.createdBy = history.at(apiIndex).toObject().value("CreatedBy"_L1).toString();
    }
    if (result->reference.isEmpty())
        result->reference = inspect.value("RepoTags"_L1).toArray().at(0).toString();
    return result;
}

} // namespace Dockwright::Core
