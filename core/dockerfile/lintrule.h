// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilesyntax.h"
#include "core/dockerfile/lintruleid.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

enum class LintSeverity { Error, Warning, Info };

// One lint rule and its learner-facing explanation. The text is data so the editor can show it next to a
// diagnostic and `lint --list-rules` can generate docs/lint-rules.md from it.
struct LintRule
{
    LintRuleId rule = LintRuleId::SyntaxError;
    QString id; // lintRuleCode(rule): the stable PascalCase code (BuildKit's check name where one exists)
    LintSeverity severity = LintSeverity::Warning;
    QString category; // "buildkit", "best-practice", "security", "performance", "correctness"
    QString hadolint; // the equivalent hadolint code, if any (also honoured by `# hadolint ignore=`)
    QString title; // one line
    QString what; // what the rule detects
    QString why; // why it matters
    QString fix; // how to fix it
    QString before; // a Dockerfile snippet that triggers the rule
    QString after; // the fixed snippet
    QString helpUrl;
};

// One finding with its exact source range.
struct LintDiagnostic
{
    LintRuleId rule = LintRuleId::SyntaxError;
    QString ruleId; // lintRuleCode(rule), the code shown to users; set together with rule
    LintSeverity severity = LintSeverity::Warning;
    QString message;
    SourceRange range;

    friend bool operator==(const LintDiagnostic &, const LintDiagnostic &) = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::LintDiagnostic)
