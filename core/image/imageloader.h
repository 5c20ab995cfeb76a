// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagearchivereader.h"
#include "imagesource.h"

#include <QCoreApplication>

namespace Dockwright::Core {

// What the CLI's IMAGE|ARCHIVE argument means: an existing file or directory is read as an archive
// or layout; anything else is an image name exported from the engine (--host, else DOCKER_HOST and
// the docker CLI's resolution order).
class ImageLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ImageLoader)
public:
    struct Options
    {
        ImageSelector selector;
        QString host; // explicit engine URI or "context:NAME"; empty for the default resolution
        ScanLimits limits;
        const std::atomic_bool *cancel = nullptr;
        ImageArchiveReader::Progress progress;
    };

    static bool isLocal(const QString &source) { return ImageSource::fromArgument(source).isLocal(); }
    // Blocking: an engine image is read over a client of its own (CLI, tests).
    static LayeredImagePtr load(const ImageSource &source, const Options &options, ImageError *error);
    static LayeredImagePtr load(const QString &argument, const Options &options, ImageError *error)
    {
        return load(ImageSource::fromArgument(argument), options, error);
    }
};

} // namespace Dockwright::Core
