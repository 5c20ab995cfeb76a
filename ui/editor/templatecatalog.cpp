// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecatalog.h"

#include "textfile.h"

#include <QFile>
#include <QFileInfo>

namespace Dockwright::Ui {

namespace {
QString resource(const QString &id, const QString &name)
{
    QFile file(QStringLiteral(":/dockwright/templates/%1/%2").arg(id, name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

QList<TemplateCatalog::Template> TemplateCatalog::templates()
{
    return {
        {QStringLiteral("python"), tr("Python application (multi-stage)"),
            tr("Installs dependencies from uv.lock with a cache mount in a builder stage, then runs in a slim "
               "image as a non-root user, with build arguments and OCI labels.")},
        {QStringLiteral("minimal"), tr("Minimal (FROM scratch + busybox)"),
            tr("An empty base image plus a static busybox; builds without network access.")},
    };
}

QString TemplateCatalog::dockerfileText(const QString &id)
{
    return resource(id, QStringLiteral("Dockerfile"));
}

QString TemplateCatalog::dockerignoreText(const QString &id)
{
    return resource(id, QStringLiteral("dockerignore"));
}

QString TemplateCatalog::dockerignorePathFor(const QString &dockerfilePath)
{
    return QFileInfo(dockerfilePath).absolutePath() + QStringLiteral("/.dockerignore");
}

bool TemplateCatalog::write(const QString &id, const QString &dockerfilePath, bool replaceDockerignore, QString *error)
{
    const QString dockerfile = dockerfileText(id);
    if (dockerfile.isEmpty()) {
        if (error)
            *error = tr("There is no template named %1.").arg(id);
        return false;
    }
    if (!TextFile::write(dockerfilePath, dockerfile, error))
        return false;
    const QString ignorePath = dockerignorePathFor(dockerfilePath);
    if (QFileInfo::exists(ignorePath) && !replaceDockerignore)
        return true;
    return TextFile::write(ignorePath, dockerignoreText(id), error);
}

} // namespace Dockwright::Ui
