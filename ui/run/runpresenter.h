// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containercontroller.h"
#include "containerstats.h"
#include "core/run/checkup.h"
#include "core/run/dockerruncommand.h"
#include "core/run/hardening.h"
#include "core/run/imageruninfo.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <optional>

namespace Dockwright::Ui {

// Turns the run area's values into the texts and rich text its views show: the score line, warnings,
// a check's explanation, the image hint, the container's state with what its exit code means, the
// stats line (also after the container stopped) and the checkup table. No widgets: the views only set
// what it returns, and tests read it directly.
class RunPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::RunPresenter)
public:
    static QString severityColor(Core::RunWarning::Severity severity, const QPalette &palette);
    static QString colored(const QString &text, Core::RunWarning::Severity severity, const QPalette &palette);
    // The style sheet of a line edit whose text is not usable (red border).
    static QString invalidFieldStyle(const QPalette &palette);

    static QString scoreText(const Core::Hardening::Report &report);
    static QString warningsHtml(const Core::Hardening::Report &report, const QPalette &palette);
    static QString explanationHtml(const Core::Hardening::Item &item, const QPalette &palette);
    // The first error of a report (the engine would refuse the run), or an empty string.
    static QString firstError(const Core::Hardening::Report &report);

    static QString imageHintHtml(const Core::ImageRunInfo &info);
    // The note beside the user field: an unknown user or root; empty when the user is fine.
    static QString userWarningHtml(const Core::RunProfile &profile, const Core::ImageRunInfo *image,
        const Core::Hardening::Report &report, const QPalette &palette);
    // What a pasted command did: the error, or the flags left out and other notes.
    static QString pasteMessageHtml(const Core::DockerRunCommand::ParseResult &parsed, const QPalette &palette);

    // "<b>web</b> (1a2b3c4d5e6f): Exited, exit code 143 — stopped by SIGTERM …".
    static QString stateHtml(const ContainerController::State &state, const QPalette &palette);
    static QString statsText(const ContainerStats &stats);
    // After the container stopped: the last sample seen while it ran, or just "Not running".
    static QString stoppedStatsText(const std::optional<ContainerStats> &last);
    static QString checkupHtml(const Core::Checkup::Result &result, const QPalette &palette);
};

} // namespace Dockwright::Ui
