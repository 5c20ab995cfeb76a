// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// POSIX shell word splitting and quoting for one pasted command line. Splitting follows sh rules for
// quotes, backslashes and "\"+newline continuations, but performs no expansion: $VAR and $(...) stay
// literal and are reported in notes, and the command ends at an unquoted ; & | < > or newline. An
// unquoted documentation placeholder such as <image> is not read as a redirection: it stays in its
// word, and the word is listed in placeholders, so callers can ask for it to be replaced.
class ShellWords final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ShellWords)
public:
    struct Result
    {
        QStringList words;
        QStringList notes; // translated remarks: expansions not performed, text ignored after ';'
        QString error; // unterminated quote; words are then incomplete
        QStringList placeholders; // whole words holding an unquoted <name>, e.g. "<image>:<tag>"

        bool ok() const { return error.isEmpty(); }
    };

    static Result split(const QString &text);
    // The word as sh reads it back: unchanged when it only has safe characters, else in single quotes
    // with each embedded ' written as '\''.
    static QString quote(const QString &word);
    static QString join(const QStringList &words);
    // Drops what people copy along with a command: prompts ("$", "#"), sudo and its options, and
    // VAR=value prefixes (DOCKER_BUILDKIT=1), which are returned so the caller can say they were ignored.
    static QStringList stripCommandPrefix(QStringList &words);
};

} // namespace Dockwright::Core
