// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// Outcome of one word expansion. `unsetNames` lists the variables that were referenced but not set, which
// the UndefinedVar check reports.
struct ShellExpansion
{
    QString value;
    QStringList words;
    QString error;
    QStringList unsetNames;
    QStringList usedNames;

    bool ok() const { return error.isEmpty(); }
};

// BuildKit's word lexer (frontend/dockerfile/shell): quote removal, escapes and every `${...}` form the
// Dockerfile builder supports. Variables are looked up in a plain map; a missing key means "unset".
class ShellLexer final
{
public:
    explicit ShellLexer(QChar escape = u'\\');

    void setRawQuotes(bool on) { m_rawQuotes = on; }
    void setRawEscapes(bool on) { m_rawEscapes = on; }
    // Leaves references to unset variables as written (heredoc delimiter detection needs this).
    void setSkipUnsetEnv(bool on) { m_skipUnsetEnv = on; }

    // Expands `word` as one word (spaces kept).
    ShellExpansion processWord(QStringView word, const QHash<QString, QString> &env) const;
    // Expands and splits into words on unquoted whitespace, as ProcessWords does.
    ShellExpansion processWords(QStringView text, const QHash<QString, QString> &env) const;

    // Shell glob match used by ${v#p}, ${v%p} and ${v/p/r}: `*`, `?`, and `\x` escapes.
    static bool globMatch(QStringView pattern, QStringView text);

private:
    QChar m_escape;
    bool m_rawQuotes = false;
    bool m_rawEscapes = false;
    bool m_skipUnsetEnv = false;
};

} // namespace Dockwright::Core
