// SPDX-License-Identifier: GPL-3.0-or-later
#include "builderror.h"

#include <QRegularExpression>

namespace Dockwright::Core {

namespace {

enum class PullProblem { None, Offline, Unknown, Denied };

struct PullFailure
{
    PullProblem problem = PullProblem::None;
    QString image; // as the user would write it in FROM (docker.io/library/ left out)
    QString host; // the registry that did not answer
};

QString firstCapture(const QString &text, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString userFacingImage(QString image)
{
    for (const QLatin1String prefix : {QLatin1String("docker.io/library/"), QLatin1String("docker.io/"),
             QLatin1String("index.docker.io/library/"), QLatin1String("library/")}) {
        if (image.startsWith(prefix)) {
            image.remove(0, prefix.size());
            break;
        }
    }
    return image;
}

// Recognises the ways BuildKit (current and Engine 20.10's), the classic builder and Podman say that a
// base image could not be pulled, and why.
PullFailure classifyPull(const QString &text, const QString &step)
{
    using RE = QRegularExpression;
    static const RE pullContext(QStringLiteral("failed to resolve source metadata for|failed to do request: Head|"
                                               "pull access denied|manifest for \\S+ not found|initializing source "
                                               "docker://|pinging container registry|error pulling image|"
                                               "failed to fetch anonymous token|failed to authorize|"
                                               "Get \"?https?://[^\\s\"]+/v2/\"?:"),
        RE::CaseInsensitiveOption);
    if (!pullContext.match(text).hasMatch())
        return {};
    PullFailure f;
    static const RE metadata(QStringLiteral("failed to resolve source metadata for ([^\\s@]+(?:@sha256:[0-9a-f]+)?):"));
    static const RE podman(QStringLiteral("initializing source docker://(\\S+?):\\s"));
    static const RE denied(QStringLiteral("pull access denied for ([^,\\s]+)"));
    static const RE manifest(QStringLiteral("manifest for (\\S+) not found"));
    static const RE manifestUrl(QStringLiteral("/v2/(\\S+)/manifests/([^\\s\"/]+)"));
    for (const RE *re : {&metadata, &podman, &denied, &manifest}) {
        f.image = firstCapture(text, *re);
        if (!f.image.isEmpty())
            break;
    }
    if (f.image.isEmpty()) {
        if (const QRegularExpressionMatch m = manifestUrl.match(text); m.hasMatch())
            f.image = m.captured(1) + u':' + m.captured(2);
    }
    // The classic builder names no image in its error, only in the step ("FROM python:3.13-slim");
    // BuildKit's step is "[internal] load metadata for docker.io/library/python:3.13-slim".
    static const RE fromStep(
        QStringLiteral("^(?:FROM|from)\\s+(?:--platform=\\S+\\s+)?(\\S+)|load metadata for (\\S+)"));
    if (f.image.isEmpty()) {
        if (const QRegularExpressionMatch m = fromStep.match(step); m.hasMatch())
            f.image = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    }
    f.image = userFacingImage(f.image);

    static const RE lookup(QStringLiteral("lookup ([^\\s:]+)"));
    static const RE url(QStringLiteral("https?://([^/\\s\"]+)"));
    f.host = firstCapture(text, lookup);
    if (f.host.isEmpty())
        f.host = firstCapture(text, url);

    static const RE offline(QStringLiteral("no such host|server misbehaving|network is unreachable|i/o timeout|"
                                           "connection refused|no route to host|TLS handshake timeout|temporary "
                                           "failure in name resolution|connection reset|dial tcp|dial udp"),
        RE::CaseInsensitiveOption);
    static const RE unknown(QStringLiteral("repository does not exist|manifest unknown|name unknown|not found|"
                                           "insufficient_scope"),
        RE::CaseInsensitiveOption);
    static const RE refused(
        QStringLiteral("unauthorized|authentication required|access denied|forbidden"), RE::CaseInsensitiveOption);
    if (offline.match(text).hasMatch())
        f.problem = PullProblem::Offline;
    else if (unknown.match(text).hasMatch())
        f.problem = PullProblem::Unknown;
    else if (refused.match(text).hasMatch())
        f.problem = PullProblem::Denied;
    return f;
}

// The COPY/ADD source the builder did not find in the context, as BuildKit ("failed to calculate
// checksum of ref ...: \"/busybox\": not found"), the classic builder ("file not found in build context
// or excluded by .dockerignore: stat busybox: file does not exist") and Podman ("copier: stat:
// \"/busybox\": no such file or directory") put it; empty for anything else.
QString missingContextSource(const QString &text)
{
    using RE = QRegularExpression;
    static const RE buildKit(
        QStringLiteral("failed to (?:compute cache key|calculate checksum of ref)[^\"]*\"/?([^\"]*)\": not found"));
    static const RE classic(QStringLiteral("not found in build context or excluded by \\.dockerignore: stat ([^:]+):"));
    static const RE podman(
        QStringLiteral("checking on sources under .*copier: stat: \"/?([^\"]*)\": no such file or directory"));
    for (const RE *re : {&buildKit, &classic, &podman}) {
        if (const QRegularExpressionMatch m = re->match(text); m.hasMatch())
            return m.captured(1).isEmpty() ? QStringLiteral(".") : m.captured(1);
    }
    return {};
}

} // namespace

bool BuildError::explain()
{
    if (kind != Kind::Build && kind != Kind::Engine)
        return false;
    if (const QString source = missingContextSource(message); !source.isEmpty()) {
        details = message;
        message = tr("\"%1\" is not in the build context, so the COPY or ADD that names it failed.").arg(source);
        hint = tr("Create it in the context folder or correct the path (it is relative to the context folder, not "
                  "to the Dockerfile), and check that .dockerignore does not leave it out. The editor marks such "
                  "sources before a build (CopySourceMissing).");
        return true;
    }
    const PullFailure pull = classifyPull(message, step);
    if (pull.problem == PullProblem::None)
        return false;
    const QString image = pull.image.isEmpty() ? tr("of this build") : pull.image;
    const QString pullName = pull.image.isEmpty() ? tr("IMAGE") : pull.image;
    details = message;
    switch (pull.problem) {
    case PullProblem::None:
        break;
    case PullProblem::Offline:
        message = pull.host.isEmpty()
            ? tr("The base image %1 could not be pulled: no registry could be reached from the engine.").arg(image)
            : tr("The base image %1 could not be pulled: no registry could be reached from the engine (%2 did "
                 "not answer).")
                  .arg(image, pull.host);
        hint = tr("Images the engine already has are used without a registry. Pull this one once while online "
                  "(docker pull %1), or load it from an archive made with docker save (docker load -i FILE.tar); "
                  "then build again.")
                   .arg(pullName);
        break;
    case PullProblem::Unknown:
        message
            = tr("The base image %1 could not be pulled: the registry has no image with that name and tag.").arg(image);
        hint = tr("Check the FROM line for a typo and that the tag exists. An image you only have as an archive "
                  "can be loaded with docker load -i FILE.tar; one from a private registry needs docker login "
                  "first.");
        break;
    case PullProblem::Denied:
        message = tr("The base image %1 could not be pulled: the registry refused access.").arg(image);
        hint = tr("Log in to the registry (docker login) and build again, or load the image from an archive "
                  "(docker load -i FILE.tar).");
        break;
    }
    return true;
}

QString BuildError::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file + QLatin1Char(':');
        if (line > 0)
            out += QString::number(line) + QLatin1Char(':');
        out += QLatin1Char(' ');
    }
    out += tr("error: %1").arg(message);
    if (!hint.isEmpty())
        out += QLatin1Char('\n') + hint;
    return out;
}

QString BuildError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Input:
        return QStringLiteral("input");
    case Kind::Context:
        return QStringLiteral("context");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Build:
        return QStringLiteral("build");
    case Kind::Engine:
        return QStringLiteral("engine");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Dockwright::Core
