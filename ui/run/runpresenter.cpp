// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpresenter.h"

#include "core/common/bytesize.h"
#include "core/run/exitcode.h"
#include "ui/engine/containersmodel.h"
#include "ui/theme.h"

#include <QLocale>
#include <algorithm>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

QString RunPresenter::severityColor(RunWarning::Severity severity, const QPalette &palette)
{
    switch (severity) {
    case RunWarning::Severity::Error:
        return Theme::cssColor(Theme::Tone::Error, palette);
    case RunWarning::Severity::Warning:
        return Theme::cssColor(Theme::Tone::Warning, palette);
    case RunWarning::Severity::Info:
        break;
    }
    return palette.color(QPalette::WindowText).name();
}

QString RunPresenter::colored(const QString &text, RunWarning::Severity severity, const QPalette &palette)
{
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(severityColor(severity, palette), text.toHtmlEscaped());
}

QString RunPresenter::invalidFieldStyle(const QPalette &palette)
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; }")
        .arg(Theme::cssColor(Theme::Tone::ErrorBorder, palette));
}

QString RunPresenter::scoreText(const Hardening::Report &report)
{
    int applied = 0;
    int applicable = 0;
    for (const Hardening::Item &item : report.items) {
        applied += item.status == Hardening::Status::Applied ? 1 : 0;
        applicable += item.status != Hardening::Status::NotApplicable ? 1 : 0;
    }
    QString text = tr("Score <b>%1</b> · %2 of %3 checks").arg(report.score).arg(applied).arg(applicable);
    if (!report.scoreNote.isEmpty())
        text += QStringLiteral("<br>") + report.scoreNote.toHtmlEscaped();
    return text;
}

QString RunPresenter::warningsHtml(const Hardening::Report &report, const QPalette &palette)
{
    QString warnings;
    for (const RunWarning &w : report.warnings) {
        const QString mark = w.severity == RunWarning::Severity::Error ? tr("Error")
            : w.severity == RunWarning::Severity::Warning              ? tr("Warning")
                                                                       : tr("Note");
        warnings += QStringLiteral("<li><span style='color:%1'><b>%2:</b></span> %3</li>")
                        .arg(severityColor(w.severity, palette), mark, w.message.toHtmlEscaped());
    }
    if (warnings.isEmpty())
        return QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(Theme::cssColor(Theme::Tone::Good, palette), tr("No warnings for this run."));
    return QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(warnings);
}

QString RunPresenter::explanationHtml(const Hardening::Item &item, const QPalette &palette)
{
    QString status;
    switch (item.status) {
    case Hardening::Status::Applied:
        status = QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(Theme::cssColor(Theme::Tone::Good, palette), tr("✔ applied"));
        break;
    case Hardening::Status::Missing:
        status = colored(tr("✘ not applied"), RunWarning::Severity::Warning, palette);
        break;
    case Hardening::Status::NotApplicable:
        status = tr("not needed for this run");
        break;
    }
    QString text
        = QStringLiteral("<p><b>%1</b> — %2<br><code>%3</code></p><p>%4</p><p><b>%5</b> %6</p>")
              .arg(item.title.toHtmlEscaped(), status, item.flags.toHtmlEscaped(), item.explanation.toHtmlEscaped(),
                  tr("What breaks without it:"), item.withoutIt.toHtmlEscaped());
    if (!item.detail.isEmpty())
        text += QStringLiteral("<p><i>%1</i></p>").arg(item.detail.toHtmlEscaped());
    return text;
}

QString RunPresenter::firstError(const Hardening::Report &report)
{
    for (const RunWarning &w : report.warnings) {
        if (w.severity == RunWarning::Severity::Error)
            return w.message;
    }
    return {};
}

QString RunPresenter::imageHintHtml(const ImageRunInfo &info)
{
    QStringList parts;
    parts << (info.user.isEmpty() || Hardening::isRootUser(info.user)
            ? tr("runs as <b>root</b>")
            : tr("runs as %1").arg(info.user.toHtmlEscaped()));
    if (!info.exposedPorts.isEmpty())
        parts << tr("exposes %1").arg(info.exposedPorts.join(QLatin1String(", ")));
    if (!info.healthcheckTest.isEmpty())
        parts << tr("has a healthcheck");
    QString text = tr("Image: %1.").arg(parts.join(QLatin1String(" · ")));
    if (!info.env.isEmpty()) {
        QStringList env;
        for (const QString &e : info.env)
            env << e.section(QLatin1Char('='), 0, 0);
        text += QLatin1Char(' ') + tr("Its environment sets %1.").arg(env.join(QLatin1String(", ")).toHtmlEscaped());
    }
    return QStringLiteral("<small>%1</small>").arg(text);
}

QString RunPresenter::userWarningHtml(
    const RunProfile &profile, const ImageRunInfo *image, const Hardening::Report &report, const QPalette &palette)
{
    const auto unknownUser = std::find_if(report.warnings.cbegin(), report.warnings.cend(),
        [](const RunWarning &w) { return w.code == RunWarningCode::UnknownUser; });
    if (unknownUser != report.warnings.cend())
        return colored(unknownUser->message, unknownUser->severity, palette);
    const auto user = Hardening::effectiveUser(profile, image);
    if (user && Hardening::isRootUser(*user))
        return colored(profile.user.isEmpty() ? tr("The image's USER is root: the process runs as root unless you set "
                                                   "a user here, e.g. 65534:65534.")
                                              : tr("This user is root."),
            RunWarning::Severity::Warning, palette);
    return {};
}

QString RunPresenter::pasteMessageHtml(const DockerRunCommand::ParseResult &parsed, const QPalette &palette)
{
    if (!parsed.ok())
        return colored(parsed.error, RunWarning::Severity::Error, palette);
    QStringList unsupported;
    QStringList others;
    for (const RunWarning &w : parsed.warnings) {
        if (w.code == QLatin1String("unsupported-flag"))
            unsupported << w.field;
        else
            others << w.message;
    }
    QString message;
    if (!unsupported.isEmpty())
        message = colored(tr("Not supported, left out: %1.").arg(unsupported.join(QLatin1String(", "))),
                      RunWarning::Severity::Warning, palette)
            + QLatin1Char(' ');
    if (!others.isEmpty())
        message += others.join(QLatin1Char(' ')).toHtmlEscaped();
    return message.isEmpty() ? tr("Read into the form.") : message;
}

QString RunPresenter::stateHtml(const ContainerController::State &s, const QPalette &palette)
{
    QString text = tr("<b>%1</b> (%2): %3")
                       .arg(s.name.isEmpty() ? tr("container") : s.name.toHtmlEscaped(), s.id.left(12),
                           (s.status == ContainerState::Removed
                                   ? tr("removed")
                                   : ContainersModel::stateText(s.status, ContainerStates::apiName(s.status)))
                               .toHtmlEscaped());
    if (s.status == ContainerState::Exited || s.status == ContainerState::Dead) {
        text += tr(", exit code %1").arg(s.exitCode);
        text += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("Exit code %1: %2.")
                            .arg(s.exitCode)
                            .arg(ExitCode::meaning(s.exitCode, s.oomKilled))
                            .toHtmlEscaped());
    } else if (s.oomKilled) {
        text += tr(", killed for using too much memory");
    }
    if (!s.health.isEmpty())
        text += tr(" · health: %1").arg(s.health);
    if (!s.error.isEmpty())
        text += QStringLiteral(" · ") + colored(s.error, RunWarning::Severity::Error, palette);
    return text;
}

QString RunPresenter::statsText(const ContainerStats &s)
{
    // Numbers in the user's locale: "0,2 %" in German (QString::arg(double) would print "0.2").
    const QLocale locale;
    const QString cpu = s.cpuPercent ? tr("%1 %").arg(locale.toString(*s.cpuPercent, 'f', 1)) : tr("…");
    // A container without --memory reports the host's memory as its limit; that is still a limit.
    return tr("CPU %1 · memory %2 of %3 (%4 %) · %n process(es)", nullptr, int(s.pids))
        .arg(cpu, formatBinaryBytes(s.memoryUsage, locale), formatBinaryBytes(s.memoryLimit, locale),
            locale.toString(s.memoryPercent(), 'f', 1));
}

QString RunPresenter::stoppedStatsText(const std::optional<ContainerStats> &last)
{
    if (!last)
        return tr("Not running.");
    return tr("Not running. Last seen while running: %1").arg(statsText(*last));
}

QString RunPresenter::checkupHtml(const Checkup::Result &result, const QPalette &palette)
{
    if (result.error)
        return QStringLiteral("<p style='color:%1'>%2</p>")
            .arg(severityColor(RunWarning::Severity::Error, palette), result.error.toString().toHtmlEscaped());
    QString html = tr("<p>What the process in %1 really gets:</p>").arg(result.containerId.left(12));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const Checkup::Answer &a : result.answers) {
        const QString mark = !a.ok ? QStringLiteral("?") : a.hardened ? QStringLiteral("✔") : QStringLiteral("✘");
        const QString color = !a.ok ? palette.color(QPalette::WindowText).name()
            : a.hardened            ? Theme::cssColor(Theme::Tone::Good, palette)
                                    : severityColor(RunWarning::Severity::Warning, palette);
        html += QStringLiteral("<tr><td style='color:%1'><b>%2</b></td><td><b>%3</b><br>%4")
                    .arg(color, mark, a.question.toHtmlEscaped(), a.answer.toHtmlEscaped());
        if (!a.output.isEmpty() && a.id != QLatin1String("user"))
            html += QStringLiteral("<pre>%1</pre>").arg(a.output.toHtmlEscaped());
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace Dockwright::Ui
