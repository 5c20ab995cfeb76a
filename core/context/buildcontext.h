// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contexterror.h"
#include "patternmatcher.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Dockwright::Core {

// A resolved build context: the canonical root directory, the Dockerfile inside it, the ignore file in
// effect and the compiled exclude list, including the exceptions docker/cli appends so an ignored
// Dockerfile and ignore file still reach the daemon.
class BuildContext final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::BuildContext)
public:
    // contextDir may be a symlink (followed, as docker does). dockerfile is relative to the context or
    // absolute; empty means "Dockerfile", falling back to "dockerfile". Errors name the path.
    static std::optional<BuildContext> open(const QString &contextDir, const QString &dockerfile, ContextError *error);
    // For a Dockerfile the folder does not provide (outside the context, as with docker build -f
    // ../Dockerfile, or text from memory): the tar carries it as `dockerfileInTar` (ContextPacker's
    // memory files) and the ignore file is .dockerignore at the root, as docker/cli does then.
    static std::optional<BuildContext> openWithExternalDockerfile(
        const QString &contextDir, const QByteArray &dockerfileInTar, ContextError *error);
    // The Dockerfile's canonical path when it lies outside contextDir (docker allows that: its CLI then
    // sends the file inside the tar under a generated name); empty when it is inside or cannot be
    // found (open() then names the problem). dockerfile as for open().
    static QString outsideDockerfile(const QString &contextDir, const QString &dockerfile);

    const QString &root() const { return m_root; }
    const QByteArray &dockerfile() const { return m_dockerfile; } // relative, '/'-separated
    const QByteArray &ignoreFile() const { return m_ignoreFile; } // relative; empty when none
    const PatternMatcher &matcher() const { return m_matcher; }
    // Number of patterns read from the ignore file (the forced exceptions follow them).
    int userPatternCount() const { return m_userPatterns; }

private:
    static std::optional<BuildContext> openRoot(const QString &contextDir, ContextError *error);
    bool readIgnoreFile(ContextError *error);

    QString m_root;
    QByteArray m_dockerfile;
    QByteArray m_ignoreFile;
    PatternMatcher m_matcher;
    int m_userPatterns = 0;
};

} // namespace Dockwright::Core
