// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineimageexporter.h"

#include "engineimagestream.h"

#include <QEventLoop>
#include <QTimer>

namespace Dockwright::Core {

EngineImageExporter::EngineImageExporter(
    EngineClient &client, const ImageSelector &selector, const ScanLimits &limits, const std::atomic_bool *cancel)
    : m_client(client)
    , m_selector(selector)
    , m_limits(limits)
    , m_cancel(cancel)
{ }

LayeredImagePtr EngineImageExporter::read(const QString &name, ImageError *error)
{
    EngineImageStream stream(&m_client);
    EngineImageStream::Options options;
    options.selector = m_selector;
    options.limits = m_limits;
    options.progress = m_progress;
    LayeredImagePtr image;
    QEventLoop loop;
    QObject::connect(
        &stream, &EngineImageStream::finished, &loop, [&](const LayeredImagePtr &read, const ImageError &readError) {
            image = read;
            *error = readError;
            loop.quit();
        });
    QTimer poll; // the caller's cancel flag is a plain atomic: look at it ten times a second
    QObject::connect(&poll, &QTimer::timeout, &stream, [&] {
        if (m_cancel && m_cancel->load())
            stream.cancel();
    });
    poll.start(100);
    stream.start(name, options);
    if (stream.isRunning())
        loop.exec();
    return image;
}

} // namespace Dockwright::Core
