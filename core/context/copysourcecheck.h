// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contexterror.h"
#include "core/dockerfile/dockerfilemodel.h"
#include "core/dockerfile/dockerfilesyntax.h"
#include "patternmatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Dockwright::Core {

class BuildContext;

// Whether the sources of COPY and ADD are in the build context as the builder sees it: the file exists,
// a wildcard matches something, and .dockerignore does not leave it out. A build with a missing source
// stops at that step with "not found"; the linter (CopySourceMissing) and the context preview say so
// before the build runs. Reads only the paths named (lstat) and the folders a wildcard walks.
class CopySourceCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::CopySourceCheck)
public:
    enum class Problem {
        None,
        NotFound, // no such file or folder
        Excluded, // exists, but .dockerignore leaves it out
        NoMatch, // a wildcard that matches nothing
        OnlyExcluded, // a wildcard whose matches .dockerignore all leaves out
    };

    struct Finding
    {
        Problem problem = Problem::None;
        int instruction = -1; // index into DockerfileParseResult::instructions
        QString keyword; // "COPY" or "ADD", upper case
        QString source; // as written in the Dockerfile
        QString path; // context-relative after variable expansion and cleaning ("" is the root)
        SourceRange range; // the source word
        QString ignoreFile; // Excluded, OnlyExcluded: the ignore file and the deciding line
        QString pattern;
        int ignoreLine = 0;

        // One sentence for the linter and the preview, naming the source, the context and the pattern.
        QString message(const QString &contextRoot) const;
    };

    // root is the context folder; patterns are the ignore file's own (without docker/cli's forced
    // exceptions for the Dockerfile and the ignore file, which COPY does not see either).
    CopySourceCheck(const QString &root, const QList<IgnorePattern> &patterns);
    static CopySourceCheck forContext(const BuildContext &context);
    // For Dockerfile text that need not be saved: dockerfile (relative to contextDir or absolute) only picks
    // the ignore file, "<dockerfile>.dockerignore" before ".dockerignore" as BuildKit does. Fails on an
    // unreadable context or ignore file, or a pattern docker refuses.
    static std::optional<CopySourceCheck> open(
        const QString &contextDir, const QString &dockerfile, ContextError *error);

    const QString &root() const { return m_root; }

    // One source after variable expansion (context-relative; a leading '/' and '..' stay inside the root).
    Finding checkSource(const QString &source) const;
    // Every COPY and ADD of the Dockerfile, in order; only the problems. COPY --from, ADD URLs, heredoc
    // bodies and sources that reference a variable without a value are skipped.
    QList<Finding> check(const DockerfileParseResult &parse, const DockerfileModel &model) const;

private:
    QString m_root;
    PatternMatcher m_matcher;
};

} // namespace Dockwright::Core
