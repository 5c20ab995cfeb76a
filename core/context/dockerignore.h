// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contexterror.h"
#include "ignorepattern.h"

#include <QList>
#include <optional>

namespace Dockwright::Core {

// Reads .dockerignore files the way moby/patternmatcher's ignorefile.ReadAll does (BOM, `#` comments in
// column 1, trimming, filepath.Clean, one leading `/` dropped), then compiles them like patternmatcher.New.
class DockerIgnore final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::DockerIgnore)
public:
    // The compiled patterns in file order; nullopt with *error naming fileName and the line on a bad pattern.
    static std::optional<QList<IgnorePattern>> parse(
        const QByteArray &content, const QString &fileName, ContextError *error);
    // The exclude-list entries ReadAll returns (cleaned, '!' kept), with their 1-based line numbers.
    static QList<std::pair<QByteArray, int>> readEntries(const QByteArray &content, QString *error);

    // The ignore file a build of dockerfile (context-relative, '/') uses, as BuildKit picks it:
    // "<dockerfile>.dockerignore" when it exists, else ".dockerignore" at the root; empty if neither.
    static QByteArray locate(const QString &contextRoot, const QByteArray &dockerfile);
};

} // namespace Dockwright::Core
