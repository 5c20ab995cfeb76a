// SPDX-License-Identifier: GPL-3.0-or-later
#include "builderror.h"

namespace Dockwright::Core {

QString BuildError::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file + QLatin1Char(':');
        if (line > 0)
            out += QString::number(line) + QLatin1Char(':');
        out += QLatin1Char(' ');
    }
    out += tr("error: %1").arg(message);
    if (!hint.isEmpty())
        out += QLatin1Char('\n') + hint;
    return out;
}

QString BuildError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Input:
        return QStringLiteral("input");
    case Kind::Context:
        return QStringLiteral("context");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Build:
        return QStringLiteral("build");
    case Kind::Engine:
        return QStringLiteral("engine");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Dockwright::Core
