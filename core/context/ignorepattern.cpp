// SPDX-License-Identifier: GPL-3.0-or-later
#include "ignorepattern.h"

namespace Dockwright::Core {

namespace {

// Go's strings.TrimSpace for the ASCII and Latin-1 whitespace a .dockerignore realistically holds.
QByteArray trimSpace(const QByteArray &in)
{
    return QString::fromUtf8(in).trimmed().toUtf8();
}

// The syntax check filepath.Match performs while matching a pattern against ".": every chunk is
// scanned, so malformed classes and a trailing backslash are errors whatever the name.
bool validateChunk(QByteArrayView chunk)
{
    // getEsc: one (possibly escaped) character of a class range; fails on '-', ']' or running out.
    auto getEsc = [](QByteArrayView &c) {
        if (c.isEmpty() || c.front() == '-' || c.front() == ']')
            return false;
        if (c.front() == '\\') {
            c = c.sliced(1);
            if (c.isEmpty())
                return false;
        }
        // One UTF-8 sequence; invalid UTF-8 is a bad pattern like utf8.RuneError with n == 1.
        const uchar lead = uchar(c.front());
        qsizetype n = 1;
        if (lead >= 0xf0)
            n = 4;
        else if (lead >= 0xe0)
            n = 3;
        else if (lead >= 0xc0)
            n = 2;
        else if (lead >= 0x80)
            return false;
        if (n > c.size() || !c.first(n).isValidUtf8())
            return false;
        c = c.sliced(n);
        return !c.isEmpty();
    };
    while (!chunk.isEmpty()) {
        switch (chunk.front()) {
        case '[': {
            chunk = chunk.sliced(1);
            if (!chunk.isEmpty() && chunk.front() == '^')
                chunk = chunk.sliced(1);
            int ranges = 0;
            for (;;) {
                if (!chunk.isEmpty() && chunk.front() == ']' && ranges > 0) {
                    chunk = chunk.sliced(1);
                    break;
                }
                if (!getEsc(chunk))
                    return false;
                if (chunk.front() == '-') {
                    chunk = chunk.sliced(1);
                    if (!getEsc(chunk))
                        return false;
                }
                ++ranges;
            }
            break;
        }
        case '\\':
            chunk = chunk.sliced(1);
            if (chunk.isEmpty())
                return false;
            chunk = chunk.sliced(1);
            break;
        default:
            chunk = chunk.sliced(1);
        }
    }
    return true;
}

bool validateGlob(QByteArrayView pattern)
{
    while (!pattern.isEmpty()) {
        while (!pattern.isEmpty() && pattern.front() == '*')
            pattern = pattern.sliced(1);
        bool inRange = false;
        qsizetype i = 0;
        for (; i < pattern.size(); ++i) {
            const char c = pattern[i];
            if (c == '\\') {
                if (i + 1 < pattern.size())
                    ++i;
            } else if (c == '[') {
                inRange = true;
            } else if (c == ']') {
                inRange = false;
            } else if (c == '*' && !inRange) {
                break;
            }
        }
        if (!validateChunk(pattern.first(i)))
            return false;
        pattern = pattern.sliced(i);
    }
    return true;
}

// Escapes Go's regexp accepts after '\'; PCRE2 gives the same meaning to these except \v (a class in
// PCRE2, the vertical tab in RE2), which compile() maps. Others (backreferences, \e, \N...) are
// compile errors in RE2, so they make the pattern bad here too.
bool re2EscapeOk(QChar c)
{
    if (c.unicode() >= 0x80 || !c.isLetterOrNumber())
        return true;
    return QByteArrayView("afnrtvdDsSwWbBAzpPxQE0").contains(char(c.unicode()));
}

} // namespace

QByteArray IgnorePattern::cleanPath(const QByteArray &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral(".");
    const bool rooted = path.front() == '/';
    const qsizetype n = path.size();
    QByteArray out;
    out.reserve(n);
    qsizetype r = 0;
    qsizetype dotdot = 0;
    if (rooted) {
        out.append('/');
        r = dotdot = 1;
    }
    while (r < n) {
        if (path[r] == '/') {
            ++r;
        } else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
            ++r;
        } else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
            r += 2;
            if (out.size() > dotdot) {
                qsizetype w = out.size() - 1;
                while (w > dotdot && out[w] != '/')
                    --w;
                out.truncate(w);
            } else if (!rooted) {
                if (!out.isEmpty())
                    out.append('/');
                out.append("..");
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.isEmpty()))
                out.append('/');
            for (; r < n && path[r] != '/'; ++r)
                out.append(path[r]);
        }
    }
    if (out.isEmpty())
        out.append('.');
    return out;
}

IgnorePattern IgnorePattern::fromEntry(const QByteArray &entry, QString *error)
{
    IgnorePattern p;
    QByteArray text = trimSpace(entry);
    if (text.isEmpty()) {
        *error = tr("empty pattern");
        return p;
    }
    text = cleanPath(text);
    if (text.front() == '!') {
        if (text.size() == 1) {
            *error = tr("illegal exclusion pattern: \"!\"");
            return p;
        }
        p.m_exception = true;
        text = text.sliced(1);
    }
    p.m_pattern = text;
    if (!validateGlob(text)) {
        *error = tr("syntax error in pattern");
        return p;
    }

    // Translation of patternmatcher's Pattern.compile, targeting PCRE2 instead of RE2.
    const QString pattern = QString::fromUtf8(text);
    QString re;
    MatchType type = MatchType::Exact;
    const qsizetype n = pattern.size();
    qsizetype pos = 0;
    for (int i = 0; pos < n; ++i) {
        const QChar ch = pattern[pos++];
        const auto peek = [&]() { return pos < n ? pattern[pos] : QChar(); };
        if (ch == u'*') {
            if (peek() == u'*') {
                ++pos;
                if (peek() == u'/') // "**/" is treated as "**"
                    ++pos;
                if (pos >= n) {
                    if (type == MatchType::Exact) {
                        type = MatchType::Prefix;
                    } else {
                        re += QLatin1String(".*");
                        type = MatchType::Regexp;
                    }
                } else {
                    re += QLatin1String("(.*/)?");
                    type = MatchType::Regexp;
                }
                if (i == 0)
                    type = MatchType::Suffix;
            } else {
                re += QLatin1String("[^/]*");
                type = MatchType::Regexp;
            }
        } else if (ch == u'?') {
            re += QLatin1String("[^/]");
            type = MatchType::Regexp;
        } else if (QStringView(u".+()|{}$").contains(ch)) {
            re += u'\\';
            re += ch;
        } else if (ch == u'\\') {
            if (pos < n) {
                const QChar next = pattern[pos++];
                if (!re2EscapeOk(next)) {
                    *error = tr("syntax error in pattern");
                    return p;
                }
                re += next == u'v' ? QStringLiteral("\\x0b") : (QStringLiteral("\\") + next);
                type = MatchType::Regexp;
            } else {
                re += QLatin1String("\\\\");
            }
        } else if (ch == u'[' || ch == u']') {
            re += ch;
            type = MatchType::Regexp;
        } else {
            re += ch;
        }
    }
    if (type == MatchType::Regexp) {
        p.m_regexp = QRegularExpression(QRegularExpression::anchoredPattern(re));
        if (!p.m_regexp.isValid()) {
            *error = tr("syntax error in pattern");
            return p;
        }
        p.m_regexp.optimize();
    }
    p.m_type = type;
    return p;
}

QString IgnorePattern::text() const
{
    return (m_exception ? QStringLiteral("!") : QString()) + QString::fromUtf8(m_pattern);
}

QByteArray IgnorePattern::withoutTrailingGlob() const
{
    QByteArray p = m_pattern;
    if (p.endsWith("/**"))
        p.chop(3);
    if (p.endsWith("/*"))
        p.chop(2);
    return p;
}

bool IgnorePattern::matches(const QByteArray &path) const
{
    switch (m_type) {
    case MatchType::Exact:
        return path == m_pattern;
    case MatchType::Prefix:
        return path.startsWith(QByteArrayView(m_pattern).chopped(2));
    case MatchType::Suffix: {
        const QByteArrayView suffix = QByteArrayView(m_pattern).sliced(2);
        if (path.endsWith(suffix))
            return true;
        // "**/foo" matches "foo"
        return !suffix.isEmpty() && suffix.front() == '/' && path == suffix.sliced(1);
    }
    case MatchType::Regexp:
        return m_regexp.matchView(QString::fromUtf8(path)).hasMatch();
    case MatchType::Invalid:
        break;
    }
    return false;
}

} // namespace Dockwright::Core
