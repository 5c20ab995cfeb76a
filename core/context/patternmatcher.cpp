// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternmatcher.h"

namespace Dockwright::Core {

PatternMatcher::PatternMatcher(QList<IgnorePattern> patterns)
{
    for (const IgnorePattern &p : patterns)
        append(p);
}

void PatternMatcher::append(const IgnorePattern &pattern)
{
    m_patterns.append(pattern);
    if (pattern.isException()) {
        m_hasExceptions = true;
        static constexpr QByteArrayView globChars("*[]?^\\");
        const QByteArray stem = pattern.withoutTrailingGlob();
        for (char c : globChars) {
            if (stem.contains(c))
                m_onlyPrefixExceptions = false;
        }
    }
}

PatternMatcher::Result PatternMatcher::match(
    const QByteArray &path, const ParentState *parent, ParentState *state) const
{
    const bool haveParent = parent && !parent->empty();
    Result result;
    if (state)
        state->assign(size_t(m_patterns.size()), false);
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const IgnorePattern &pattern = m_patterns[i];
        bool match = haveParent && (*parent)[size_t(i)];
        if (!match) {
            // A pattern can only flip the current state: skip exceptions while included, and
            // exclusions while excluded.
            if (pattern.isException() != result.excluded)
                continue;
            match = pattern.matches(path);
            if (!match && !haveParent) {
                // No parent information: check each ancestor like MatchesOrParentMatches.
                for (qsizetype slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    if (pattern.matches(path.first(slash))) {
                        match = true;
                        break;
                    }
                }
            }
        }
        if (state)
            (*state)[size_t(i)] = match;
        if (match) {
            result.excluded = !pattern.isException();
            result.pattern = int(i);
        }
    }
    return result;
}

PatternMatcher::Result PatternMatcher::matchPath(const QByteArray &path) const
{
    ParentState parent;
    ParentState state;
    Result result;
    qsizetype from = 0;
    for (;;) {
        const qsizetype slash = path.indexOf('/', from);
        const QByteArray prefix = slash < 0 ? path : path.first(slash);
        result = match(prefix, from == 0 ? nullptr : &parent, &state);
        if (slash < 0)
            return result;
        parent.swap(state);
        from = slash + 1;
    }
}

bool PatternMatcher::mustDescendExcluded(const QByteArray &dir) const
{
    if (!m_hasExceptions)
        return false;
    if (!m_onlyPrefixExceptions)
        return true;
    const QByteArray dirSlash = dir + '/';
    for (const IgnorePattern &p : m_patterns) {
        if (p.isException() && QByteArray(p.withoutTrailingGlob() + '/').startsWith(dirSlash))
            return true;
    }
    return false;
}

} // namespace Dockwright::Core
