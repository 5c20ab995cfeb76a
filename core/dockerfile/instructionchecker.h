// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilesyntax.h"

#include <QCoreApplication>
#include <optional>

namespace Dockwright::Core {

// BuildKit's instruction layer (instructions/parse.go, bflag.go) over a low-level parse: unknown
// instructions, arity, known flags and their values, RUN --mount, HEALTHCHECK options, FROM stage names.
// Appends errors to the result and assigns each instruction its stage index.
class InstructionChecker final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::InstructionChecker)

public:
    static void check(DockerfileParseResult &result);

    // Go's time.ParseDuration, in nanoseconds; nullopt when invalid.
    static std::optional<qint64> parseGoDuration(QStringView text);
    // `^[a-z][a-z0-9-_.]*$` after lowercasing.
    static bool isValidStageName(QStringView name);
};

} // namespace Dockwright::Core
