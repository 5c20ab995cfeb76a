// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <atomic>

namespace Dockwright::Core {

// Where an image comes from, for the BUILD_DATE / VCS_REF / VCS_URL build args and the OCI labels:
// the commit and remote of the git checkout holding the context, and the time of the build.
struct GitProvenance
{
    QString revision; // full `git rev-parse HEAD`; empty outside a checkout or without git
    QString remoteUrl; // `git remote get-url origin` (else the first remote); empty when none
    QDateTime created; // now, UTC: what the guide passes as BUILD_DATE ($(date -u ...))
    // The commit time of HEAD, UTC; invalid outside a checkout. The default
    // org.opencontainers.image.created label uses it (SOURCE_DATE_EPOCH's convention): a "now" label
    // would give every build a new image ID, even a fully cached one, where docker build keeps it.
    QDateTime committed;

    QString shortRevision() const { return revision.left(7); }
    // RFC 3339 in UTC with a Z, as org.opencontainers.image.created wants.
    QString createdText() const;
    QString committedText() const;

    // Runs git (QProcess, up to five runs of 3 s at most) in contextDir: blocking, so from a job or the
    // CLI, never the GUI thread. A raised cancel flag ends it within 50 ms (revision and remote empty).
    static GitProvenance collect(const QString &contextDir, const std::atomic_bool *cancel = nullptr);
};

} // namespace Dockwright::Core
