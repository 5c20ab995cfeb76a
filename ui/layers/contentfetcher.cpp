// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfetcher.h"

#include "core/image/layercontentreader.h"

#include <QPointer>
#include <QThread>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

ContentFetcher::ContentFetcher(QObject *parent)
    : QObject(parent)
{
}

ContentFetcher::~ContentFetcher()
{
    stop();
}

void ContentFetcher::stop()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

quint64 ContentFetcher::fetch(const LayeredImagePtr &image, const QList<int> &layers, const QByteArray &path)
{
    stop(); // a superseded read stops at its next entry, so this wait is short
    const quint64 id = ++m_jobId;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    QPointer<ContentFetcher> self(this);
    m_thread = QThread::create([self, id, image, layers, path, cancel] {
        Result result;
        for (int layer : layers) {
            ImageError error;
            result.texts.append(LayerContentReader::readText(*image, layer, path, &error,
                                                             LayerContentReader::DefaultCap, cancel.get()));
            result.errors.append(error);
        }
        if (!self || cancel->load())
            return;
        QMetaObject::invokeMethod(self.data(), [self, id, result] {
            if (!self || self->m_jobId != id)
                return;
            if (self->m_thread) {
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
            }
            Q_EMIT self->fetched(id, result);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    return id;
}

} // namespace Dockwright::Ui
