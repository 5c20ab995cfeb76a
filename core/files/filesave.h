// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Dockwright::Core {

// Writes bytes to path atomically (QSaveFile: the old file stays whole until the new one is complete).
// Returns an empty string on success, otherwise what went wrong, naming the file. Blocking: run it in a
// JobTracker job, never on the GUI thread.
QString saveFile(const QString &path, const QByteArray &bytes);

} // namespace Dockwright::Core
