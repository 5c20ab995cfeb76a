// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// hadolint's configuration file, so a project that lints with hadolint keeps its choices here: `ignored:`
// switches rules off and `override:` changes severities, each naming rules by their DL code. Codes of hadolint
// rules that have no equivalent here are accepted and change nothing.
//
//   ignored: [DL3008, DL3013]
//   override:
//     error: [DL3002]
//     info: [DL3006]

#include "core/dockerfile/lintconfig.h"

#include <QByteArray>
#include <QString>

namespace Dockwright::Core {

class HadolintConfig final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::HadolintConfig)

public:
    // Adds the file's choices to config (rules already set there win: .dockwright.json is more specific);
    // problems (bad YAML, a code that is no hadolint code) go to config's errors, named by path and line.
    static void apply(const QByteArray &yaml, const QString &path, LintConfig &config);
    // The nearest .hadolint.yaml or .hadolint.yml in dockerfilePath's folder or its parents; empty if none.
    static QString locate(const QString &dockerfilePath);
};

} // namespace Dockwright::Core
