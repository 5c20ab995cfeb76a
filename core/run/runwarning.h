// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// A remark about a run profile or a parsed command, as a value the UI lists next to the field it
// names. Error means the engine will refuse it or the container will fail at start.
struct RunWarning
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString code; // stable id for tests and filtering: "read-only-no-tmp", "unsupported-flag", ...
    QString field; // the profile field or flag it concerns: "user", "--env-file", "ports"
    QString message; // one translated sentence

    static QString severityName(Severity severity); // "info", "warning", "error" (JSON, CLI)
    friend bool operator==(const RunWarning &, const RunWarning &) = default;
};

using RunWarnings = QList<RunWarning>;

// The codes other code reacts to, spelled once (the list of all codes is in docs/hardening.md).
namespace RunWarningCode {
inline constexpr QLatin1StringView UnknownUser {"unknown-user"}; // --user names no account in the image
} // namespace RunWarningCode

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::RunWarning)
