// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageruninfo.h"
#include "runprofile.h"
#include "runwarning.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Dockwright::Core {

// The runtime hardening checklist as data: each check has a translated explanation and "what can go
// wrong without it", a weight, and a status computed from a RunProfile. The run panel shows the list
// as toggles (setApplied), the score is the weighted share of applicable checks that are applied, and
// warnings() names combinations that the engine refuses or that fail once the container runs.
class Hardening final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::Hardening)
public:
    enum class Check {
        ReadOnlyRoot,
        DropAllCapabilities,
        NoNewPrivileges,
        NonRootUser,
        Init,
        TmpfsWritablePaths,
        CachesInTmp,
        MemoryLimit,
        CpuLimit,
        PidsLimit,
        NetworkNone,
        NotPrivileged,
    };
    enum class Status { Applied, Missing, NotApplicable };

    struct Item
    {
        Check check = Check::ReadOnlyRoot;
        QString id; // stable key for JSON and settings: "read-only", "cap-drop-all", ...
        QString title; // short translated label for the toggle
        QString flags; // the docker run flags it stands for: "--cap-drop=ALL --cap-add=..."
        QString explanation; // one translated paragraph: what it does and why it helps
        QString withoutIt; // translated: what an attacker or a bug can do when it is missing
        int weight = 0;
        Status status = Status::Missing;
        QString detail; // why this status, for this profile (translated, may be empty)
    };

    struct Report
    {
        QList<Item> items;
        int score = 0; // 0..100
        // Why the score is lower than the ticked checks add up to (--privileged); empty otherwise.
        QString scoreNote;
        RunWarnings warnings;
    };

    // --privileged voids the other checks (every capability, all devices, no seccomp/AppArmor), so
    // however many are ticked the score stays at or below this.
    static constexpr int PrivilegedScoreCap = 20;

    // A writable path the production posture gives a tmpfs, and why it fits this image.
    struct WritablePath
    {
        QString path;
        QString size; // "256m"
        QString reason; // translated
    };

    static QList<Check> allChecks();
    // The static description of a check (status left at Missing).
    static Item describe(Check check);
    static QString statusName(Status status); // "applied", "missing", "n/a"

    // image may be null when the image has not been inspected; user checks are then limited.
    static Report evaluate(const RunProfile &profile, const ImageRunInfo *image = nullptr);
    static RunWarnings warnings(const RunProfile &profile, const ImageRunInfo *image = nullptr);

    // Turns one check on or off with the values the production posture uses (512m memory, 1 CPU,
    // 256 pids, /tmp as a 256m tmpfs, user 65534:65534 when no non-root user is set).
    static void setApplied(RunProfile &profile, Check check, bool on);

    // The Python guide's hardened run: --init --read-only --cap-drop=ALL
    // --security-opt=no-new-privileges, /tmp (256m) and each app path (64m) as nosuid,nodev,noexec
    // tmpfs, and HOME/XDG_CACHE_HOME/XDG_CONFIG_HOME under /tmp. Ports, env and --rm are left as they are.
    static void applyProductionPosture(RunProfile &profile, const QStringList &appWritablePaths = {});
    // The same, with the tmpfs paths that fit this image (productionWritablePaths).
    static void applyProductionPosture(RunProfile &profile, const ImageRunInfo *image);
    // The tmpfs mounts the posture adds for an image: always /tmp; the guide's /app/logs only when the
    // image works in /app (its WORKDIR, the guide's layout) and does not declare it a volume. image may
    // be null (not inspected): then only /tmp.
    static QList<WritablePath> productionWritablePaths(const ImageRunInfo *image);
    // One translated sentence for the UI: which tmpfs paths the posture adds for this image and why.
    static QString productionWritablePathsNote(const ImageRunInfo *image);

    // The user the process will run as: the profile's --user, else the image's USER ("" = root);
    // nullopt when neither is known.
    static std::optional<QString> effectiveUser(const RunProfile &profile, const ImageRunInfo *image);
    static bool isRootUser(const QString &user); // "", "root", "0", "0:0", "root:root"
};

} // namespace Dockwright::Core
