// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/jobtracker.h"
#include "imageerror.h"
#include "imageloader.h"
#include "imagesource.h"
#include "layeredimage.h"
#include "wastereport.h"

#include <QObject>
#include <QPointer>

namespace Dockwright::Core {

class EngineClient;
class EngineImageStream;

// Reads and analyses an image for the GUI: one analysed() (or failed()) then finished() per start(),
// progress() in between, all delivered on the thread that owns the job. Files are read as a job
// (JobTracker); an engine image streams over the live client given to setEngineClient()
// (EngineImageStream), and its waste analysis runs as a job too. Each start() gets a request id;
// results of a superseded run are dropped, a cancelled one ends in failed(Cancelled). Nothing here
// waits for a worker.
class ImageAnalysisJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageAnalysisJob)
public:
    explicit ImageAnalysisJob(QObject *parent = nullptr);
    ~ImageAnalysisJob() override; // cancels; the worker ends on its own

    // The connection engine images are read over. Without one (tests of local files), an engine
    // image is read over a client of the job's own, as the CLI does.
    void setEngineClient(EngineClient *client);

    quint64 start(const ImageSource &source, const ImageLoader::Options &options = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(quint64 jobId, qint64 done, qint64 total);
    void analysed(
        quint64 jobId, const Dockwright::Core::LayeredImagePtr &image, const Dockwright::Core::WasteReport &waste);
    void failed(quint64 jobId, const Dockwright::Core::ImageError &error);
    void finished(quint64 jobId);

private:
    struct Outcome
    {
        LayeredImagePtr image;
        WasteReport waste;
        ImageError error;
        bool cancelled = false;
    };
    void deliver(quint64 id, const Outcome &outcome);
    ImageArchiveReader::Progress progressReporter(quint64 id);

    QPointer<EngineClient> m_client;
    EngineImageStream *m_stream = nullptr;
    JobTracker m_jobs {this};
    quint64 m_requestId = 0;
};

} // namespace Dockwright::Core
