// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "imageloader.h"
#include "layeredimage.h"
#include "wastereport.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace Dockwright::Core {

// Reads and analyses an image off the calling thread, for the GUI: one analysed() (or failed())
// then finished() per start(), progress() in between, all delivered on the thread that owns the job.
// Each start() gets a job id; results of a superseded or cancelled run are dropped.
class ImageAnalysisJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageAnalysisJob)
public:
    explicit ImageAnalysisJob(QObject *parent = nullptr);
    ~ImageAnalysisJob() override; // cancels and waits for the worker

    // source: an archive, a layout directory or an image name (see ImageLoader). Returns the job id.
    quint64 start(const QString &source, const ImageLoader::Options &options = {});
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(quint64 jobId, qint64 done, qint64 total);
    void analysed(quint64 jobId, const Dockwright::Core::LayeredImagePtr &image,
                  const Dockwright::Core::WasteReport &waste);
    void failed(quint64 jobId, const Dockwright::Core::ImageError &error);
    void finished(quint64 jobId);

private:
    void stopWorker();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_jobId = 0;
};

} // namespace Dockwright::Core
