// SPDX-License-Identifier: GPL-3.0-or-later
#include "contexterror.h"

namespace Dockwright::Core {

QString ContextError::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return file + u':' + QString::number(line) + QLatin1String(": ") + message;
    return file + QLatin1String(": ") + message;
}

} // namespace Dockwright::Core
