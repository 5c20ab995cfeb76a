// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfetcher.h"

#include "core/engine/engineapi.h"
#include "core/engine/engineclient.h"
#include "core/image/enginedownload.h"
#include "core/image/layercontentreader.h"
#include "core/image/streampipe.h"

#include <memory>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

ContentFetcher::ContentFetcher(QObject *parent)
    : QObject(parent)
{ }

ContentFetcher::~ContentFetcher() = default;

void ContentFetcher::setEngineClient(EngineClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    delete m_download; // aborts a read over the old client
    m_download = nullptr;
}

bool ContentFetcher::isBusy() const
{
    return m_jobs.isRunning() || (m_download && m_download->isRunning());
}

void ContentFetcher::cancel()
{
    m_jobs.cancel();
    if (m_download)
        m_download->cancel();
}

quint64 ContentFetcher::fetch(const LayeredImagePtr &image, const QList<int> &layers, const QByteArray &path)
{
    const quint64 id = ++m_lastId;
    if (!image->fromEngine) {
        if (m_download && m_download->isRunning())
            m_download->cancel(); // its answer carries an old id and is dropped
        m_jobs.start(
            [image, layers, path](const JobControl &control) {
                Result result;
                for (int layer : layers) {
                    ImageError error;
                    result.texts.append(LayerContentReader::readText(
                        *image, layer, path, &error, LayerContentReader::DefaultCap, control.stopFlag()));
                    result.errors.append(error);
                }
                return result;
            },
            [this, id](const Result &result) { Q_EMIT fetched(id, result); });
        return id;
    }

    m_jobs.discard();
    if (!m_download)
        m_download = new EngineDownload(m_client, this);
    // The consumer fills this on the worker; finished() hands it over on this thread.
    auto result = std::make_shared<Result>();
    m_download->disconnect(this);
    connect(m_download, &EngineDownload::finished, this,
        [this, id, result, count = layers.size()](const ImageError &error) {
            if (error || result->texts.size() != count) {
                // The whole read failed (engine, cancel): every layer says so.
                result->texts = QList<QByteArray>(count);
                result->errors = QList<ImageError>(count, error);
            }
            Q_EMIT fetched(id, *result);
        });
    EngineDownload::Options options;
    options.name = image->source;
    m_download->start(
        EngineApi::exportImage(image->source),
        [image, layers, path, result](StreamPipe &pipe, const JobControl &control) {
            LayerContentReader::StreamResult read = LayerContentReader::readTextsFromStream(
                *image, layers, path, [&pipe](const char **data) { return pipe.pull(data); },
                [&pipe] { return pipe.error(); }, LayerContentReader::DefaultCap, control.stopFlag());
            result->texts = std::move(read.texts);
            result->errors = std::move(read.errors);
            return ImageError();
        },
        options);
    return id;
}

} // namespace Dockwright::Ui
