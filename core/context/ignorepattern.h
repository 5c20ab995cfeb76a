// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace Dockwright::Core {

// One compiled exclude pattern with moby/patternmatcher's semantics: `*` and `?` never cross `/`,
// `**` spans segments, `[...]` classes with `^` negation, `\` escapes, a leading `!` marks an exception.
// Paths and patterns are UTF-8 bytes relative to the context root with `/` separators.
class IgnorePattern final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::IgnorePattern)
public:
    enum class MatchType { Invalid, Exact, Prefix, Suffix, Regexp };

    // Builds a pattern from one exclude-list entry exactly as patternmatcher.New does (trim, filepath.Clean,
    // split off '!', validate like filepath.Match, compile). Returns an invalid pattern and sets *error
    // (Go's wording) when docker would refuse it.
    static IgnorePattern fromEntry(const QByteArray &entry, QString *error);

    // Go's filepath.Clean for '/'-separated paths.
    static QByteArray cleanPath(const QByteArray &path);

    bool isValid() const { return m_type != MatchType::Invalid; }
    bool isException() const { return m_exception; }
    MatchType matchType() const { return m_type; }
    // The cleaned pattern without the '!' (patternmatcher's Pattern.String()).
    const QByteArray &pattern() const { return m_pattern; }
    // The pattern as shown to users: cleaned, with '!' for exceptions.
    QString text() const;
    // fsutil's patternWithoutTrailingGlob: the pattern minus a trailing "/**" or "/*".
    QByteArray withoutTrailingGlob() const;

    // Whether path itself matches (no parent-directory logic; see PatternMatcher).
    bool matches(const QByteArray &path) const;

    // Where the pattern came from, for messages and the context preview. forced marks the exceptions
    // docker/cli appends so the Dockerfile and the ignore file always reach the daemon.
    QString sourceFile;
    int line = 0;
    bool forced = false;

private:
    QByteArray m_pattern;
    QRegularExpression m_regexp;
    MatchType m_type = MatchType::Invalid;
    bool m_exception = false;
};

} // namespace Dockwright::Core
