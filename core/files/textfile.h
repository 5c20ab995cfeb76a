// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Dockwright::Core {

// Reading and writing the editor's files. Writes go through QSaveFile: a crash or a full disk
// leaves the old file intact, never a half-written one.
class TextFile final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::TextFile)
public:
    // UTF-8 text of `path`, or nullopt with `error` set.
    static std::optional<QString> read(const QString &path, QString *error = nullptr);
    static bool write(const QString &path, const QString &text, QString *error = nullptr);
    static bool writeBytes(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};

} // namespace Dockwright::Core
