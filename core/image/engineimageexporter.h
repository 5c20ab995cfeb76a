// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagearchivereader.h"

#include <QCoreApplication>

namespace Dockwright::Core {

class EngineClient;

// Reads an image straight from the engine (EngineImageStream) and waits for it: a local event loop,
// so for the CLI or a worker thread that owns the client, never the GUI thread (which uses
// EngineImageStream itself, on its live client).
class EngineImageExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::EngineImageExporter)
public:
    EngineImageExporter(EngineClient &client, const ImageSelector &selector = {}, const ScanLimits &limits = {},
        const std::atomic_bool *cancel = nullptr);
    void setProgress(ImageArchiveReader::Progress progress) { m_progress = std::move(progress); }

    // name: a reference or image ID the engine knows. Errors of kind Engine carry the engine's message.
    LayeredImagePtr read(const QString &name, ImageError *error);

private:
    EngineClient &m_client;
    ImageSelector m_selector;
    ScanLimits m_limits;
    const std::atomic_bool *m_cancel;
    ImageArchiveReader::Progress m_progress;
};

} // namespace Dockwright::Core
