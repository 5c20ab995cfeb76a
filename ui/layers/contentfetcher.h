// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imageerror.h"
#include "core/image/layeredimage.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Dockwright::Ui {

// Reads one path's text from one or more layers (LayerContentReader) on a worker thread. A new
// fetch() cancels the previous one; only the newest job's result is delivered.
class ContentFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentFetcher)
public:
    struct Result
    {
        QList<QByteArray> texts;            // one per requested layer
        QList<Core::ImageError> errors;     // one per requested layer (kind None when read)
    };

    explicit ContentFetcher(QObject *parent = nullptr);
    ~ContentFetcher() override; // cancels and waits

    quint64 fetch(const Core::LayeredImagePtr &image, const QList<int> &layers, const QByteArray &path);
    bool isBusy() const { return m_thread != nullptr; }

Q_SIGNALS:
    void fetched(quint64 jobId, const Dockwright::Ui::ContentFetcher::Result &result);

private:
    void stop();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_jobId = 0;
};

} // namespace Dockwright::Ui
