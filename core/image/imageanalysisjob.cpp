// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageanalysisjob.h"

#include "wasteanalysis.h"

#include <QElapsedTimer>
#include <QThread>

namespace Dockwright::Core {

ImageAnalysisJob::ImageAnalysisJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LayeredImagePtr>();
    qRegisterMetaType<WasteReport>();
    qRegisterMetaType<ImageError>();
}

ImageAnalysisJob::~ImageAnalysisJob()
{
    stopWorker();
}

void ImageAnalysisJob::stopWorker()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ImageAnalysisJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

quint64 ImageAnalysisJob::start(const QString &source, const ImageLoader::Options &givenOptions)
{
    stopWorker();
    const quint64 id = ++m_jobId;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    QPointer<ImageAnalysisJob> self(this);
    ImageLoader::Options options = givenOptions;
    options.cancel = cancelFlag.get();
    // At most ~20 progress signals a second reach the owner's thread.
    auto throttle = std::make_shared<QElapsedTimer>();
    throttle->start();
    options.progress = [self, id, throttle](qint64 done, qint64 total) {
        if (throttle->elapsed() < 50 && done < total)
            return;
        throttle->restart();
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, id, done, total] {
                if (self && self->m_jobId == id)
                    Q_EMIT self->progress(id, done, total);
            }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([self, id, source, options, cancelFlag] {
        ImageError error;
        const LayeredImagePtr image = ImageLoader::load(source, options, &error);
        WasteReport waste;
        if (image && !cancelFlag->load())
            waste = WasteAnalysis::analyse(*image, 100);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, id, image, waste, error, cancelFlag] {
            if (!self || self->m_jobId != id)
                return; // superseded by a newer start()
            if (cancelFlag->load())
                Q_EMIT self->failed(id, ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled")));
            else if (image)
                Q_EMIT self->analysed(id, image, waste);
            else
                Q_EMIT self->failed(id, error);
            Q_EMIT self->finished(id);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    return id;
}

} // namespace Dockwright::Core
