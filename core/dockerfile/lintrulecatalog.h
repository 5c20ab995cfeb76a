// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/lintrule.h"

#include <QCoreApplication>

#include <optional>

namespace Dockwright::Core {

// Every rule the linter knows, in documentation order. Texts are translated on first use.
class LintRuleCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LintRuleCatalog)

public:
    static const QList<LintRule> &rules();
    static const LintRule *find(QStringView id);
    static QString severityName(LintSeverity severity); // "error", "warning", "info"
    static std::optional<LintSeverity> parseSeverity(QStringView name);
};

} // namespace Dockwright::Core
