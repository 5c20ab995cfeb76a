// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilesyntax.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Dockwright::Core {

// Parses Dockerfile text the way BuildKit's frontend does (directives, continuations, heredocs, exec/shell
// form, flags), then runs the instruction-layer checks (arity, known flags, flag values, RUN --mount).
// Unlike BuildKit it keeps going after most errors so an editor sees every problem at once.
class DockerfileParser final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::DockerfileParser)

public:
    static DockerfileParseResult parse(QStringView text);
    // Decodes UTF-8 (invalid sequences become U+FFFD, as Go strings print them).
    static DockerfileParseResult parse(const QByteArray &utf8);

    static InstructionKind kindOf(QStringView lowercaseName);
    // The canonical upper-case spelling ("COPY") of a kind.
    static QString keywordOf(InstructionKind kind);
};

} // namespace Dockwright::Core
