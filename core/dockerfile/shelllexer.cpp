// SPDX-License-Identifier: GPL-3.0-or-later
#include "shelllexer.h"

#include <QCoreApplication>
#include <vector>

namespace Dockwright::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ShellLexer)
};

constexpr char16_t Eof = 0xFFFF; // a non-character: never part of real text here

bool isSpace(QChar ch)
{
    return ch.isSpace();
}

// Splits expanded text into words the way BuildKit's wordsStruct does: characters that came from quotes or
// escapes are "raw" and never split.
struct Words
{
    QString word;
    QStringList words;
    bool inWord = false;

    void addChar(QChar ch)
    {
        if (isSpace(ch)) {
            if (inWord && !word.isEmpty()) {
                words.append(word);
                word.clear();
                inWord = false;
            }
        } else {
            addRawChar(ch);
        }
    }
    void addRawChar(QChar ch)
    {
        word.append(ch);
        inWord = true;
    }
    void addString(const QString &s)
    {
        for (QChar ch : s)
            addChar(ch);
    }
    void addRawString(const QString &s)
    {
        word.append(s);
        inWord = true;
    }
    QStringList finish()
    {
        if (!word.isEmpty()) {
            words.append(word);
            word.clear();
            inWord = false;
        }
        return words;
    }
};

enum class TokenType { Star, Any, Literal };
struct Token
{
    TokenType type;
    QChar ch;
};

std::vector<Token> tokenizePattern(QStringView pattern)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t(pattern.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern[i];
        if (ch == u'\\' && i + 1 < pattern.size()) {
            tokens.push_back({TokenType::Literal, pattern[++i]});
        } else if (ch == u'*') {
            if (tokens.empty() || tokens.back().type != TokenType::Star)
                tokens.push_back({TokenType::Star, ch});
        } else if (ch == u'?') {
            tokens.push_back({TokenType::Any, ch});
        } else {
            tokens.push_back({TokenType::Literal, ch});
        }
    }
    return tokens;
}

// All end positions e (start <= e <= text.size()) such that text[start, e) matches the tokens. O(n * m).
std::vector<char> matchEnds(const std::vector<Token> &tokens, QStringView text, qsizetype start)
{
    const qsizetype n = text.size();
    std::vector<char> reach(size_t(n + 1), 0);
    reach[size_t(start)] = 1;
    std::vector<char> next(size_t(n + 1), 0);
    for (const Token &token : tokens) {
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        if (token.type == TokenType::Star) {
            bool seen = false;
            for (qsizetype i = start; i <= n; ++i) {
                seen = seen || reach[size_t(i)];
                next[size_t(i)] = seen ? 1 : 0;
                any = any || seen;
            }
        } else {
            for (qsizetype i = start; i < n; ++i) {
                if (!reach[size_t(i)])
                    continue;
                if (token.type == TokenType::Any || text[i] == token.ch) {
                    next[size_t(i + 1)] = 1;
                    any = true;
                }
            }
        }
        reach.swap(next);
        if (!any)
            break;
    }
    return reach;
}

std::vector<Token> reversed(std::vector<Token> tokens)
{
    std::reverse(tokens.begin(), tokens.end());
    return tokens;
}

QString trimPrefix(QStringView pattern, const QString &value, bool greedy)
{
    const auto ends = matchEnds(tokenizePattern(pattern), value, 0);
    qsizetype best = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (ends[size_t(i)]) {
            best = i;
            if (!greedy)
                break;
        }
    }
    return best < 0 ? value : value.mid(best);
}

QString trimSuffix(QStringView pattern, const QString &value, bool greedy)
{
    QString rev = value;
    std::reverse(rev.begin(), rev.end());
    const auto ends = matchEnds(reversed(tokenizePattern(pattern)), rev, 0);
    qsizetype best = -1;
    for (qsizetype i = 0; i <= rev.size(); ++i) {
        if (ends[size_t(i)]) {
            best = i;
            if (!greedy)
                break;
        }
    }
    return best < 0 ? value : value.left(value.size() - best);
}

QString replaceMatches(QStringView pattern, const QString &value, const QString &replacement, bool all)
{
    const auto tokens = tokenizePattern(pattern);
    QString out;
    qsizetype pos = 0;
    bool replaced = false;
    while (pos <= value.size()) {
        if (replaced && !all) {
            out.append(QStringView(value).mid(pos));
            return out;
        }
        const auto ends = matchEnds(tokens, value, pos);
        qsizetype end = -1;
        for (qsizetype i = value.size(); i >= pos; --i) {
            if (ends[size_t(i)]) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (pos < value.size())
                out.append(value[pos]);
            ++pos;
            continue;
        }
        out.append(replacement);
        replaced = true;
        if (end == pos) {
            if (pos < value.size())
                out.append(value[pos]);
            ++pos;
        } else {
            pos = end;
        }
    }
    return out;
}

class Worker
{
public:
    Worker(QStringView input, const QHash<QString, QString> &env, QChar escape, bool rawQuotes, bool rawEscapes,
        bool skipUnset, ShellExpansion &result)
        : m_in(input)
        , m_env(env)
        , m_escape(escape)
        , m_rawQuotes(rawQuotes)
        , m_rawEscapes(rawEscapes)
        , m_skipUnset(skipUnset)
        , m_result(result)
    { }

    // Returns false on error (m_error set).
    bool process(QString &out, QStringList *words) { return processStopOn(Eof, m_rawEscapes, out, words); }
    QString error() const { return m_error; }

private:
    QChar peek() const { return m_pos < m_in.size() ? m_in[m_pos] : QChar(Eof); }
    QChar next() { return m_pos < m_in.size() ? m_in[m_pos++] : QChar(Eof); }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool lookup(const QString &name, QString &value)
    {
        if (!m_result.usedNames.contains(name))
            m_result.usedNames.append(name);
        const auto it = m_env.constFind(name);
        if (it == m_env.constEnd()) {
            if (!m_result.unsetNames.contains(name))
                m_result.unsetNames.append(name);
            value.clear();
            return false;
        }
        value = it.value();
        return true;
    }

    bool processStopOn(QChar stop, bool rawEscapes, QString &result, QStringList *wordsOut)
    {
        Words words;
        while (peek() != QChar(Eof)) {
            if (++m_steps > 4'000'000)
                return fail(Text::tr("expression too complex"));
            const QChar ch = peek();
            if (stop != QChar(Eof) && ch == stop) {
                next();
                if (wordsOut)
                    *wordsOut = words.finish();
                return true;
            }
            if (ch == u'\'' || ch == u'"' || ch == u'$') {
                QString tmp;
                const bool ok = ch == u'\'' ? processSingleQuote(tmp)
                    : ch == u'"'            ? processDoubleQuote(tmp)
                                            : processDollar(tmp);
                if (!ok)
                    return false;
                result.append(tmp);
                if (ch == u'$')
                    words.addString(tmp);
                else
                    words.addRawString(tmp);
                continue;
            }
            QChar c = next();
            if (c == m_escape) {
                if (rawEscapes) {
                    words.addRawChar(c);
                    result.append(c);
                }
                c = next();
                if (c == QChar(Eof))
                    break;
                words.addRawChar(c);
            } else {
                words.addChar(c);
            }
            result.append(c);
        }
        if (stop != QChar(Eof))
            return fail(Text::tr("unexpected end of statement while looking for matching %1").arg(stop));
        if (wordsOut)
            *wordsOut = words.finish();
        return true;
    }

    bool processSingleQuote(QString &out)
    {
        QChar ch = next();
        if (m_rawQuotes)
            out.append(ch);
        for (;;) {
            ch = next();
            if (ch == QChar(Eof))
                return fail(Text::tr("unexpected end of statement while looking for matching single-quote"));
            if (ch == u'\'') {
                if (m_rawQuotes)
                    out.append(ch);
                return true;
            }
            out.append(ch);
        }
    }

    bool processDoubleQuote(QString &out)
    {
        QChar ch = next();
        if (m_rawQuotes)
            out.append(ch);
        for (;;) {
            const QChar p = peek();
            if (p == QChar(Eof))
                return fail(Text::tr("unexpected end of statement while looking for matching double-quote"));
            if (p == u'"') {
                ch = next();
                if (m_rawQuotes)
                    out.append(ch);
                return true;
            }
            if (p == u'$') {
                QString value;
                if (!processDollar(value))
                    return false;
                out.append(value);
                continue;
            }
            ch = next();
            if (ch == m_escape) {
                const QChar after = peek();
                if (after == QChar(Eof))
                    continue;
                if (after == u'"' || after == u'$' || after == m_escape) {
                    if (m_rawEscapes)
                        out.append(ch);
                    ch = next();
                }
            }
            out.append(ch);
        }
    }

    static bool isSpecialParam(QChar ch)
    {
        switch (ch.unicode()) {
        case u'@':
        case u'*':
        case u'#':
        case u'?':
        case u'-':
        case u'$':
        case u'!':
        case u'0':
            return true;
        default:
            return false;
        }
    }

    QString processName()
    {
        QString name;
        while (peek() != QChar(Eof)) {
            QChar ch = peek();
            if (name.isEmpty() && ch.isDigit()) {
                while (peek() != QChar(Eof) && peek().isDigit())
                    name.append(next());
                return name;
            }
            if (name.isEmpty() && isSpecialParam(ch))
                return QString(next());
            if (!ch.isLetter() && !ch.isDigit() && ch != u'_')
                break;
            name.append(next());
        }
        return name;
    }

    bool processDollar(QString &out)
    {
        if (++m_depth > 200)
            return fail(Text::tr("expression too complex"));
        struct DepthGuard
        {
            int &depth;
            ~DepthGuard() { --depth; }
        } guard {m_depth};

        next(); // '$'
        if (peek() != u'{') {
            const QString name = processName();
            if (name.isEmpty()) {
                out = QStringLiteral("$");
                return true;
            }
            QString value;
            const bool found = lookup(name, value);
            out = (!found && m_skipUnset) ? u'$' + name : value;
            return true;
        }
        next(); // '{'
        const QChar first = peek();
        if (first == QChar(Eof))
            return fail(Text::tr("syntax error: missing '}'"));
        if (first == u'{' || first == u'}' || first == u':')
            return fail(Text::tr("syntax error: bad substitution"));
        const QString name = processName();
        QChar ch = next();
        QString chs = ch == QChar(Eof) ? QString() : QString(ch);
        bool nullIsUnset = false;

        if (ch == u'}') {
            QString value;
            const bool set = lookup(name, value);
            out = (!set && m_skipUnset) ? QStringLiteral("${") + name + u'}' : value;
            return true;
        }
        if (ch == u':') {
            nullIsUnset = true;
            ch = next();
            if (ch != QChar(Eof))
                chs += ch;
        }
        if (ch == u'+' || ch == u'-' || ch == u'?' || ch == u'#' || ch == u'%') {
            const bool rawEsc = ch == u'#' || ch == u'%';
            if (nullIsUnset && rawEsc)
                return fail(Text::tr("unsupported modifier (%1) in substitution").arg(chs));
            QString word;
            if (!processStopOn(u'}', rawEsc, word, nullptr)) {
                if (peek() == QChar(Eof))
                    m_error = Text::tr("syntax error: missing '}'");
                return false;
            }
            QString value;
            const bool set = lookup(name, value);
            if (m_skipUnset && !set) {
                out = QStringLiteral("${") + name + chs + word + u'}';
                return true;
            }
            const bool unsetLike = !set || (nullIsUnset && value.isEmpty());
            switch (ch.unicode()) {
            case u'-':
                out = unsetLike ? word : value;
                return true;
            case u'+':
                out = unsetLike ? QString() : word;
                return true;
            case u'?':
                if (!set)
                    return fail(QStringLiteral("%1: %2").arg(
                        name, word.isEmpty() ? Text::tr("is not allowed to be unset") : word));
                if (nullIsUnset && value.isEmpty())
                    return fail(QStringLiteral("%1: %2").arg(
                        name, word.isEmpty() ? Text::tr("is not allowed to be empty") : word));
                out = value;
                return true;
            default: {
                bool greedy = false;
                if (!word.isEmpty() && word.front() == ch) {
                    greedy = true;
                    word.remove(0, 1);
                }
                out = ch == u'%' ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
                return true;
            }
            }
        }
        if (ch == u'/' && !nullIsUnset) {
            const bool all = peek() == u'/';
            if (all)
                next();
            QString pattern;
            if (!processStopOn(u'/', true, pattern, nullptr)) {
                if (peek() == QChar(Eof))
                    m_error = Text::tr("syntax error: missing '/' in ${}");
                return false;
            }
            QString replacement;
            if (!processStopOn(u'}', true, replacement, nullptr)) {
                if (peek() == QChar(Eof))
                    m_error = Text::tr("syntax error: missing '}'");
                return false;
            }
            QString value;
            const bool set = lookup(name, value);
            if (m_skipUnset && !set) {
                out = QStringLiteral("${%1/%2/%3}").arg(name, pattern, replacement);
                return true;
            }
            if (value.size() * qsizetype(pattern.size() + 1) > 50'000'000)
                return fail(Text::tr("expression too complex"));
            out = replaceMatches(pattern, value, replacement, all);
            return true;
        }
        if (ch == QChar(Eof))
            return fail(Text::tr("syntax error: missing '}'"));
        return fail(Text::tr("unsupported modifier (%1) in substitution").arg(chs));
    }

    QStringView m_in;
    qsizetype m_pos = 0;
    const QHash<QString, QString> &m_env;
    QChar m_escape;
    bool m_rawQuotes;
    bool m_rawEscapes;
    bool m_skipUnset;
    ShellExpansion &m_result;
    QString m_error;
    int m_depth = 0;
    qint64 m_steps = 0;
};

} // namespace

ShellLexer::ShellLexer(QChar escape)
    : m_escape(escape)
{ }

ShellExpansion ShellLexer::processWord(QStringView word, const QHash<QString, QString> &env) const
{
    ShellExpansion result;
    Worker worker(word, env, m_escape, m_rawQuotes, m_rawEscapes, m_skipUnsetEnv, result);
    QString out;
    if (!worker.process(out, nullptr)) {
        result.error = worker.error();
        return result;
    }
    result.value = out;
    return result;
}

ShellExpansion ShellLexer::processWords(QStringView text, const QHash<QString, QString> &env) const
{
    ShellExpansion result;
    Worker worker(text, env, m_escape, m_rawQuotes, m_rawEscapes, m_skipUnsetEnv, result);
    QString out;
    QStringList words;
    if (!worker.process(out, &words)) {
        result.error = worker.error();
        return result;
    }
    result.value = out;
    result.words = words;
    return result;
}

bool ShellLexer::globMatch(QStringView pattern, QStringView text)
{
    return matchEnds(tokenizePattern(pattern), text, 0)[size_t(text.size())] != 0;
}

} // namespace Dockwright::Core
