// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "imageloader.h"
#include "layeredimage.h"
#include "wastereport.h"

#include "core/jobs/jobtracker.h"

#include <QObject>

namespace Dockwright::Core {

// Reads and analyses an image as a job (JobTracker), for the GUI: one analysed() (or failed())
// then finished() per start(), progress() in between, all delivered on the thread that owns the job.
// Each start() gets a job id; results of a superseded run are dropped, a cancelled one ends in
// failed(Cancelled). Nothing here waits for the worker.
class ImageAnalysisJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageAnalysisJob)
public:
    explicit ImageAnalysisJob(QObject *parent = nullptr);
    ~ImageAnalysisJob() override; // cancels; the worker ends on its own

    // source: an archive, a layout directory or an image name (see ImageLoader). Returns the job id.
    quint64 start(const QString &source, const ImageLoader::Options &options = {});
    void cancel();
    bool isRunning() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void progress(quint64 jobId, qint64 done, qint64 total);
    void analysed(quint64 jobId, const Dockwright::Core::LayeredImagePtr &image,
                  const Dockwright::Core::WasteReport &waste);
    void failed(quint64 jobId, const Dockwright::Core::ImageError &error);
    void finished(quint64 jobId);

private:
    JobTracker m_jobs{this};
};

} // namespace Dockwright::Core
