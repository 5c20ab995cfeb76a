// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageanalysisjob.h"

#include "wasteanalysis.h"

#include <QElapsedTimer>

namespace Dockwright::Core {

ImageAnalysisJob::ImageAnalysisJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LayeredImagePtr>();
    qRegisterMetaType<WasteReport>();
    qRegisterMetaType<ImageError>();
}

ImageAnalysisJob::~ImageAnalysisJob() = default;

void ImageAnalysisJob::cancel()
{
    m_jobs.cancel();
}

quint64 ImageAnalysisJob::start(const QString &source, const ImageLoader::Options &givenOptions)
{
    struct Outcome
    {
        LayeredImagePtr image;
        WasteReport waste;
        ImageError error;
        bool cancelled = false;
    };
    return m_jobs.start(
        [this, source, givenOptions](const JobControl &control) {
            ImageLoader::Options options = givenOptions;
            options.cancel = control.stopFlag();
            // At most ~20 progress signals a second reach the owner's thread.
            QElapsedTimer throttle;
            throttle.start();
            options.progress = [this, &control, &throttle](qint64 done, qint64 total) {
                if (throttle.elapsed() < 50 && done < total)
                    return;
                throttle.restart();
                control.post([this, id = control.jobId(), done, total] { Q_EMIT progress(id, done, total); });
            };
            Outcome outcome;
            outcome.image = ImageLoader::load(source, options, &outcome.error);
            if (outcome.image && !control.isCancelled())
                outcome.waste = WasteAnalysis::analyse(*outcome.image, 100);
            outcome.cancelled = control.isCancelled();
            return outcome;
        },
        [this](const Outcome &outcome) {
            const quint64 id = m_jobs.currentJobId();
            if (outcome.cancelled)
                Q_EMIT failed(id, ImageError::make(ImageError::Kind::Cancelled, ImageError::tr("cancelled")));
            else if (outcome.image)
                Q_EMIT analysed(id, outcome.image, outcome.waste);
            else
                Q_EMIT failed(id, outcome.error);
            Q_EMIT finished(id);
        });
}

} // namespace Dockwright::Core
