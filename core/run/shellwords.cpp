// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellwords.h"

namespace Dockwright::Core {

namespace {

bool isSafeChar(QChar c)
{
    if (c.unicode() > 127)
        return false;
    return c.isLetterOrNumber() || QStringView(u"_@%+=:,./-").contains(c);
}

// Length of a documentation placeholder "<name>" starting at `from` (a '<'), or 0. A redirection
// ("< file", "<<EOF", "<(cmd)") never has a letter right after '<' and a '>' closing the same word.
qsizetype placeholderLength(const QString &text, qsizetype from)
{
    if (from + 2 >= text.size() || !text.at(from + 1).isLetter())
        return 0;
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('>'))
            return i - from + 1;
        if (!c.isLetterOrNumber() && !QStringView(u"_-.").contains(c))
            return 0;
    }
    return 0;
}

} // namespace

ShellWords::Result ShellWords::split(const QString &text)
{
    Result result;
    QString word;
    bool inWord = false; // distinguishes an empty quoted word ('') from no word
    bool noteExpansion = false;
    bool hasPlaceholder = false;
    const qsizetype n = text.size();
    qsizetype i = 0;

    auto endWord = [&] {
        if (inWord)
            result.words.append(word);
        if (inWord && hasPlaceholder)
            result.placeholders.append(word);
        word.clear();
        inWord = false;
        hasPlaceholder = false;
    };
    auto stopAt = [&](qsizetype pos) {
        const QString rest = text.mid(pos).trimmed();
        if (!rest.isEmpty())
            result.notes.append(tr("Only the first command is used; ignored: %1").arg(rest.left(60)));
    };

    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                i += 2;
                continue;
            }
            if (i + 2 < n && text.at(i + 1) == QLatin1Char('\r') && text.at(i + 2) == QLatin1Char('\n')) {
                i += 3;
                continue;
            }
            if (i + 1 < n)
                word.append(text.at(i + 1));
            inWord = true;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                result.error = tr("Unterminated single quote");
                word.append(text.mid(i + 1));
                endWord();
                return result;
            }
            word.append(text.mid(i + 1, close - i - 1));
            inWord = true;
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inWord = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    const QChar e = text.at(i + 1);
                    if (e == QLatin1Char('\n')) {
                        i += 2;
                        continue;
                    }
                    if (QStringView(u"$`\"\\").contains(e)) {
                        word.append(e);
                        i += 2;
                        continue;
                    }
                }
                if (d == QLatin1Char('$') || d == QLatin1Char('`'))
                    noteExpansion = true;
                word.append(d);
                ++i;
            }
            if (!closed) {
                result.error = tr("Unterminated double quote");
                endWord();
                return result;
            }
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            endWord();
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') && !inWord) {
            const qsizetype eol = text.indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? n : eol;
            continue;
        }
        if (c == QLatin1Char('<')) {
            if (const qsizetype length = placeholderLength(text, i)) {
                word.append(QStringView(text).mid(i, length));
                inWord = true;
                hasPlaceholder = true;
                i += length;
                continue;
            }
        }
        if (c == QLatin1Char('\n') && !inWord && result.words.isEmpty()) {
            ++i; // blank and comment lines before the command (as a shown command starts with a remark)
            continue;
        }
        if (c == QLatin1Char('\n') || QStringView(u";&|<>").contains(c)) {
            endWord();
            stopAt(i + 1);
            break;
        }
        if (c == QLatin1Char('$') || c == QLatin1Char('`'))
            noteExpansion = true;
        word.append(c);
        inWord = true;
        ++i;
    }
    endWord();
    if (noteExpansion)
        result.notes.prepend(
            tr("Shell expansions ($VAR, $(...), `...`) are not performed; they are kept as literal text"));
    return result;
}

QString ShellWords::quote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : word) {
        if (!isSafeChar(c)) {
            safe = false;
            break;
        }
    }
    if (safe)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellWords::join(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted.append(quote(w));
    return quoted.join(QLatin1Char(' '));
}

QStringList ShellWords::stripCommandPrefix(QStringList &words)
{
    QStringList assignments;
    while (!words.isEmpty()) {
        const QString w = words.first();
        if (w == QLatin1String("$") || w == QLatin1String("#")) {
            words.removeFirst();
        } else if (w == QLatin1String("sudo")) {
            words.removeFirst();
            while (!words.isEmpty() && words.first().startsWith(QLatin1Char('-')))
                words.removeFirst();
        } else if (w.contains(QLatin1Char('=')) && w.front().isLetter()) {
            assignments.append(w);
            words.removeFirst();
        } else {
            break;
        }
    }
    return assignments;
}

} // namespace Dockwright::Core
