// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Dockwright::Ui {

// Where an image comes from, for the BUILD_DATE / VCS_REF / VCS_URL build args and the OCI labels:
// the commit and remote of the git checkout holding the context, and the time of the build.
struct GitProvenance
{
    QString revision;  // full `git rev-parse HEAD`; empty outside a checkout or without git
    QString remoteUrl; // `git remote get-url origin` (else the first remote); empty when none
    QDateTime created; // UTC

    QString shortRevision() const { return revision.left(7); }
    // RFC 3339 in UTC with a Z, as org.opencontainers.image.created wants.
    QString createdText() const;

    // Runs git (QProcess, a few seconds at most) in contextDir.
    static GitProvenance collect(const QString &contextDir);
};

} // namespace Dockwright::Ui
