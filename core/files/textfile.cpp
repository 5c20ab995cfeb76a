// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include "core/common/bytesize.h"
#include "filesave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Dockwright::Core {

namespace {
constexpr qint64 MaxSize = 16 * 1024 * 1024; // a Dockerfile; anything bigger is a wrong file
}

std::optional<QString> TextFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > MaxSize) {
        if (error)
            *error = tr("%1 is too large to edit (%2).")
                         .arg(QDir::toNativeSeparators(path), Core::formatBytes(file.size(), QLocale()));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

bool TextFile::write(const QString &path, const QString &text, QString *error)
{
    return writeBytes(path, text.toUtf8(), error);
}

bool TextFile::writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString failure = Core::saveFile(path, bytes);
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace Dockwright::Core
