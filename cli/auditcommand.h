// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <optional>

namespace Dockwright::Cli {

// `dockwright-cli audit IMAGE|ARCHIVE`: checks efficiency, wasted bytes and user-wasted share against
// thresholds (flags or --config FILE), exits 1 when a rule fails, and can write --json and --junit
// reports in the same run (docs/cli/audit.md).
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

    // A rule threshold: nullopt = disabled ("", "disabled", "off", "false"). Fractions are 0..1;
    // byte counts accept SI and IEC suffixes ("20MB", "1.5GiB"). Returns false on a bad value.
    static bool parseThreshold(const QString &key, const QString &text, std::optional<double> *value, QString *error);
    // "key: value" lines (the rules: block of a dive CI file also works) or a JSON object; keys in
    // kebab-case, snake_case or dive's camelCase.
    static bool readConfig(const QString &path, QMap<QString, QString> *values, QString *error);
};

} // namespace Dockwright::Cli
