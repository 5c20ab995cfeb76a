// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/image/imagearchivereader.h"
#include "imagefixture.h"
#include "modelprinter.h" // printTree, printRows: the layer tests compare printed models

#include <QFile>
#include <QString>

namespace Dockwright::Test {

// Writes a fixture as a Docker 25 style archive and returns its path ("" on failure).
inline QString writeArchive(const ImageFixture &fixture, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(fixture.archive(ImageFixture::Layout::DockerOci));
    return path;
}

inline Core::LayeredImagePtr readImage(const QString &path)
{
    Core::ImageError error;
    return Core::ImageArchiveReader().read(path, &error);
}

} // namespace Dockwright::Test
