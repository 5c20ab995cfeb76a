// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagefixture.h"

#include "core/image/imagearchivereader.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QStringList>

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

// One line per row, indented two spaces per level: the given columns joined by " | ".
inline void printTree(const QAbstractItemModel &model, const QModelIndex &parent, const QList<int> &columns,
                      int depth, QStringList &out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column : columns)
            cells << model.index(row, column, parent).data().toString();
        out << QString(depth * 2, QLatin1Char(' ')) + cells.join(QLatin1String(" | "));
        printTree(model, model.index(row, 0, parent), columns, depth + 1, out);
    }
}

inline QStringList printTree(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList out;
    printTree(model, {}, columns, 0, out);
    return out;
}

} // namespace Dockwright::Test
