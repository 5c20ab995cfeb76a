// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageerror.h"

#include <QStringList>

namespace Dockwright::Core {

QString ImageError::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!entry.isEmpty())
        parts << entry;
    if (!field.isEmpty())
        parts << (line > 0 ? tr("%1 (line %2)").arg(field).arg(line) : field);
    else if (line > 0)
        parts << tr("line %1").arg(line);
    parts << message;
    return parts.join(QLatin1String(": "));
}

ImageError ImageError::make(Kind kind, const QString &message, const QString &file, const QString &entry)
{
    ImageError error;
    error.kind = kind;
    error.message = message;
    error.file = file;
    error.entry = entry;
    return error;
}

} // namespace Dockwright::Core
