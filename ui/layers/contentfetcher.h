// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imageerror.h"
#include "core/image/layeredimage.h"
#include "core/jobs/jobtracker.h"

#include <QObject>
#include <QPointer>

namespace Dockwright::Core {
class EngineClient;
class EngineDownload;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

// Reads one path's text from one or more layers as a job (JobTracker): from the image's archive or
// layout directory (LayerContentReader), or, for an engine image, from a fresh export streamed over
// the live client (EngineDownload), stopped as soon as the layers asked for have passed. A new
// fetch() cancels the previous one; only the newest fetch's result is delivered. Never waits.
class ContentFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentFetcher)
public:
    struct Result
    {
        QList<QByteArray> texts; // one per requested layer
        QList<Core::ImageError> errors; // one per requested layer (kind None when read)
    };

    explicit ContentFetcher(QObject *parent = nullptr);
    ~ContentFetcher() override; // cancels; the job's result is dropped

    // The live connection engine images are exported over.
    void setEngineClient(Core::EngineClient *client);
    quint64 fetch(const Core::LayeredImagePtr &image, const QList<int> &layers, const QByteArray &path);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void fetched(quint64 jobId, const Dockwright::Ui::ContentFetcher::Result &result);

private:
    Core::JobTracker m_jobs {this};
    QPointer<Core::EngineClient> m_client;
    Core::EngineDownload *m_download = nullptr;
    quint64 m_lastId = 0;
};

} // namespace Dockwright::Ui
