// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesource.h"

#include <QFileInfo>

namespace Dockwright::Core {

ImageSource ImageSource::fromArgument(const QString &argument)
{
    const QFileInfo info(argument);
    if (info.isDir())
        return layoutDirectory(argument);
    if (info.exists())
        return archive(argument);
    return engineImage(argument);
}

} // namespace Dockwright::Core
