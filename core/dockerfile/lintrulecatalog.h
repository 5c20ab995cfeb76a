// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/lintrule.h"

#include <QCoreApplication>
#include <optional>

namespace Dockwright::Core {

// Every rule the linter knows, in documentation order (the order of LintRuleId): rules()[int(id)] is
// rule(id). Texts are translated on first use.
class LintRuleCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LintRuleCatalog)

public:
    static const QList<LintRule> &rules();
    static const LintRule &rule(LintRuleId id);
    // The rule with this code (lintRuleFromCode()), or nullptr: for codes users wrote.
    static const LintRule *find(QStringView code);
    static QString severityName(LintSeverity severity); // "error", "warning", "info"
    static std::optional<LintSeverity> parseSeverity(QStringView name);
};

} // namespace Dockwright::Core
