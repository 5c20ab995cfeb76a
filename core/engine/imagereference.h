// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dockwright::Core {

// Image references in the forms engines report them. Docker answers with the familiar form the user
// typed ("busybox:latest", "me/app:1"); Podman's compatible API with the fully qualified one
// ("docker.io/library/busybox:latest", "docker.io/me/app:1"). Both name the same image, so references
// are compared in normalized form, the way docker's reference.ParseNormalizedNamed reads them.
namespace ImageReference {

// A name[:tag] as written, cut at the tag: the tag is what follows the last colon after the last slash
// (a colon before a slash is a registry port). "localhost:5000/app:1" -> {"localhost:5000/app", "1"};
// "app" -> {"app", ""} (no tag). A digest ("@sha256:...") is not looked at: split the name before it.
struct NameAndTag
{
    QString repository;
    QString tag; // empty when the reference has none
};
NameAndTag split(const QString &reference);

// "busybox" -> "docker.io/library/busybox:latest"; "me/app:1" -> "docker.io/me/app:1";
// "localhost:5000/x" -> "localhost:5000/x:latest"; a digest reference keeps its digest and gets no tag.
// An image id ("sha256:...") or an empty string is returned unchanged.
QString normalized(const QString &reference);
// The short form docker prints: "docker.io/library/busybox:latest" -> "busybox:latest".
QString familiar(const QString &reference);
// True when both name the same repository and tag (or digest).
bool same(const QString &a, const QString &b);

} // namespace ImageReference

} // namespace Dockwright::Core
