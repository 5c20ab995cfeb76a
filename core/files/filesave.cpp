// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesave.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Dockwright::Core {

QString saveFile(const QString &path, const QByteArray &bytes)
{
    const auto failed = [&path](const QSaveFile &file) {
        return QCoreApplication::translate("Dockwright::Core::FileSave", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    if (file.write(bytes) != bytes.size()) {
        const QString error = failed(file);
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return failed(file);
    return {};
}

} // namespace Dockwright::Core
