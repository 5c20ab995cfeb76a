// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/lintrule.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace Dockwright::Core {

// Per-project lint settings from `.dockwright.json`, found next to the Dockerfile or in a parent folder:
//   {"lint": {"rules": {"RootUser": "off", "BaseImageNotPinnedByDigest": "warning"}}}
// loadFor() adds the nearest `.hadolint.yaml` (HadolintConfig) beneath those rules.
// The file names rules by their codes (lintRuleCode()); fromJson() reports names that are no rule's code.
class LintConfig final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LintConfig)

public:
    static constexpr QLatin1StringView FileName {".dockwright.json"};

    // Severity after the override; nullopt when the rule is switched off.
    std::optional<LintSeverity> severityFor(LintRuleId rule, LintSeverity defaultSeverity) const;
    void setRule(LintRuleId rule, std::optional<LintSeverity> severity) { m_overrides.insert(rule, severity); }
    bool hasRule(LintRuleId rule) const { return m_overrides.contains(rule); }
    void addError(const QString &error) { m_errors.append(error); }

    QString path() const { return m_path; }
    QStringList errors() const { return m_errors; } // unreadable file, bad JSON, unknown rule or severity

    static LintConfig fromJson(const QByteArray &json, const QString &path = {});
    // The nearest .dockwright.json in dockerfilePath's folder or its parents; empty if none.
    static QString locate(const QString &dockerfilePath);
    static LintConfig loadFor(const QString &dockerfilePath);

private:
    QHash<LintRuleId, std::optional<LintSeverity>> m_overrides;
    QString m_path;
    QStringList m_errors;
};

} // namespace Dockwright::Core
