// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shell script of a RUN instruction, cut into simple commands the way sh would see them, with every word
// mapped back to its place in the Dockerfile. The RUN rules of the linter read commands from here, so a
// finding is about a command (not a text match inside a comment, a quoted string or another word) and points
// at the word that causes it.

#include "core/dockerfile/dockerfilesyntax.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

struct ShellWord
{
    QString text; // after quote and escape removal; variables are not expanded
    qsizetype start = 0; // offsets into RunScript::text, end exclusive, quotes included
    qsizetype end = 0;
};

struct ShellCommand
{
    QList<ShellWord> words; // leading assignments and wrappers (env, exec, time, then, ...) removed
    QStringList heredocs; // its here-document operators ("<<EOF", "<<-'END'" as "<<-END"), not in words
    bool pipedInto = false; // stdin comes from `|`
    bool pipesOut = false; // stdout goes to `|`
    bool inSubshell = false; // inside ( ... )

    QStringList texts() const;
    QString word(qsizetype i) const { return i >= 0 && i < words.size() ? words[i].text : QString(); }
    // The program's file name without its directory ("/usr/bin/apt-get" -> "apt-get").
    QString program() const;
};

class RunScript final
{
public:
    // Splits a POSIX shell script: commands end at ; & && || | newlines and parentheses; quotes, escapes,
    // line continuations, comments, `case` patterns (`x|y)` is not a pipe) and the bodies of here-documents
    // inside the script are understood.
    static QList<ShellCommand> split(QStringView script);

    // The scripts the shell runs for one RUN: the shell-form text (or `sh -c` text of the exec form) and every
    // heredoc that is the shell's own input (`RUN <<EOF`, `RUN bash <<EOF`; not `RUN python3 <<EOF`).
    static QList<RunScript> fromInstruction(const DockerfileInstruction &ins);

    QString text;
    bool shell = true; // false for an exec-form command that no shell reads (the text is its words)
    QList<ShellCommand> commands;
    // Where a range of text is in the Dockerfile; the instruction's keyword when the text could not be mapped
    // (an exec-form string with JSON escapes, a continuation the parser joined differently).
    SourceRange rangeOf(qsizetype start, qsizetype end) const;
    SourceRange rangeOf(const ShellWord &word) const { return rangeOf(word.start, word.end); }

private:
    struct Segment
    {
        qsizetype offset = 0; // first character of text in this segment
        int line = 0;
        int column = 0; // of that character
    };
    QList<Segment> m_segments; // contiguous runs of text on one source line, by offset; empty: not mapped
    SourceRange m_fallback;
};

} // namespace Dockwright::Core
