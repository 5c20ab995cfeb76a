// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageanalysisjob.h"

#include "core/engine/engineclient.h"
#include "engineimagestream.h"
#include "wasteanalysis.h"

#include <QElapsedTimer>
#include <memory>

namespace Dockwright::Core {

ImageAnalysisJob::ImageAnalysisJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LayeredImagePtr>();
    qRegisterMetaType<WasteReport>();
    qRegisterMetaType<ImageError>();
}

ImageAnalysisJob::~ImageAnalysisJob() = default;

void ImageAnalysisJob::setEngineClient(EngineClient *client)
{
    m_client = client;
}

bool ImageAnalysisJob::isRunning() const
{
    return m_jobs.isRunning() || (m_stream && m_stream->isRunning());
}

void ImageAnalysisJob::cancel()
{
    m_jobs.cancel();
    if (m_stream)
        m_stream->cancel();
}

ImageArchiveReader::Progress ImageAnalysisJob::progressReporter(quint64 id)
{
    // Called on the reader's thread; at most ~20 progress signals a second reach ours.
    QPointer<ImageAnalysisJob> self(this);
    auto throttle = std::make_shared<QElapsedTimer>();
    throttle->start();
    return [self, id, throttle](qint64 done, qint64 total) {
        if (throttle->elapsed() < 50 && done < total)
            return;
        throttle->restart();
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, done, total] {
                if (self && self->m_requestId == id)
                    Q_EMIT self->progress(id, done, total);
            },
            Qt::QueuedConnection);
    };
}

quint64 ImageAnalysisJob::start(const ImageSource &source, const ImageLoader::Options &givenOptions)
{
    const quint64 id = ++m_requestId;
    m_jobs.discard();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater(); // its download is aborted, its reader told to stop
        m_stream = nullptr;
    }
    ImageLoader::Options options = givenOptions;
    options.progress = progressReporter(id);

    if (!source.isLocal() && m_client) {
        m_stream = new EngineImageStream(m_client, this);
        connect(m_stream, &EngineImageStream::finished, this,
            [this, id](const LayeredImagePtr &image, const ImageError &error) {
                if (!image) {
                    Outcome outcome;
                    outcome.error = error;
                    outcome.cancelled = error.kind == ImageError::Kind::Cancelled;
                    deliver(id, outcome);
                    return;
                }
                m_jobs.start(
                    [image](const JobControl &control) {
                        Outcome outcome;
                        outcome.image = image;
                        outcome.waste = WasteAnalysis::analyse(*image, 100);
                        outcome.cancelled = control.isCancelled();
                        return outcome;
                    },
                    [this, id](const Outcome &outcome) { deliver(id, outcome); });
            });
        EngineImageStream::Options streamOptions;
        streamOptions.selector = options.selector;
        streamOptions.limits = options.limits;
        streamOptions.progress = options.progress;
        m_stream->start(source.location, streamOptions);
        return id;
    }
    m_jobs.start(
        [source, options](const JobControl &control) {
            ImageLoader::Options jobOptions = options;
            jobOptions.cancel = control.stopFlag();
            Outcome outcome;
            outcome.image = ImageLoader::load(source, jobOptions, &outcome.error);
            if (outcome.image && !control.isCancelled())
                outcome.waste = WasteAnalysis::analyse(*outcome.image, 100);
            outcome.cancelled = control.isCancelled();
            return outcome;
        },
        [this, id](const Outcome &outcome) { deliver(id, outcome); });
    return id;
}

void ImageAnalysisJob::deliver(quint64 id, const Outcome &outcome)
{
    if (id != m_requestId)
        return;
    if (outcome.cancelled)
        Q_EMIT failed(id, ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled")));
    else if (outcome.image)
        Q_EMIT analysed(id, outcome.image, outcome.waste);
    else
        Q_EMIT failed(id, outcome.error);
    Q_EMIT finished(id);
}

} // namespace Dockwright::Core
