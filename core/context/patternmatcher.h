// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ignorepattern.h"

#include <QList>
#include <vector>

namespace Dockwright::Core {

// An ordered exclude list evaluated like moby/patternmatcher's MatchesUsingParentResults, the function
// both docker/cli's tar walker and BuildKit's fsutil use: last match wins, a pattern that matched a
// directory matches everything below it, a `!` pattern re-includes.
class PatternMatcher final
{
public:
    // Per-pattern "matched this directory" flags handed from a directory to its children.
    using ParentState = std::vector<bool>;

    struct Result
    {
        bool excluded = false;
        int pattern = -1; // index of the last pattern that matched (decided the result), -1 if none
    };

    PatternMatcher() = default;
    explicit PatternMatcher(QList<IgnorePattern> patterns);

    void append(const IgnorePattern &pattern);
    const QList<IgnorePattern> &patterns() const { return m_patterns; }
    bool isEmpty() const { return m_patterns.isEmpty(); }
    bool hasExceptions() const { return m_hasExceptions; }

    // Matches path given its parent directory's state (nullptr for top-level paths); *state receives
    // this path's state for its children.
    Result match(const QByteArray &path, const ParentState *parent, ParentState *state) const;
    // Matches path by evaluating each of its ancestors first, i.e. exactly what a walker decides.
    Result matchPath(const QByteArray &path) const;

    // fsutil's rule for an excluded directory: the walker must still descend when an exception could
    // apply below it (always when some exception contains a wildcard, else when one starts with dir/).
    bool mustDescendExcluded(const QByteArray &dir) const;

private:
    QList<IgnorePattern> m_patterns;
    bool m_hasExceptions = false;
    bool m_onlyPrefixExceptions = true;
};

} // namespace Dockwright::Core
