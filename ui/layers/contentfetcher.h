// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imageerror.h"
#include "core/image/layeredimage.h"
#include "core/jobs/jobtracker.h"

#include <QObject>

namespace Dockwright::Ui {

// Reads one path's text from one or more layers (LayerContentReader) as a job (JobTracker). A new
// fetch() cancels the previous one; only the newest job's result is delivered. Never waits.
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

    quint64 fetch(const Core::LayeredImagePtr &image, const QList<int> &layers, const QByteArray &path);
    bool isBusy() const { return m_jobs.isRunning(); }

Q_SIGNALS:
    void fetched(quint64 jobId, const Dockwright::Ui::ContentFetcher::Result &result);

private:
    Core::JobTracker m_jobs {this};
};

} // namespace Dockwright::Ui
