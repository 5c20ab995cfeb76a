// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clicommand.h"
#include "core/dockerfile/lintrule.h"

#include <QJsonObject>

namespace Dockwright::Cli {

// `dockwright-cli lint FILE [--format text|json|sarif] [--explain]` and `lint --list-rules`
// (docs/cli/lint.md). Exit 1 when an error-severity diagnostic is found.
class LintCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::LintCommand)

public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

    // SARIF 2.1.0 log for one file; every catalog rule is listed in tool.driver.rules.
    static QJsonObject toSarif(const QString &file, const QList<Core::LintDiagnostic> &diagnostics);
    // docs/lint-rules.md is generated from this.
    static QString rulesMarkdown();
};

} // namespace Dockwright::Cli
