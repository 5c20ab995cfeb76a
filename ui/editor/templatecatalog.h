// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dockwright::Ui {

// Starter Dockerfiles, each with the .dockerignore that belongs to it (resources/templates/).
class TemplateCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::TemplateCatalog)
public:
    struct Template
    {
        QString id; // "python", "minimal"
        QString name;
        QString description;
    };

    static QList<Template> templates();
    static QString dockerfileText(const QString &id);
    static QString dockerignoreText(const QString &id);

    // Writes the Dockerfile to `dockerfilePath` and .dockerignore into the same folder, atomically.
    // An existing .dockerignore is kept unless `replaceDockerignore`.
    static bool write(
        const QString &id, const QString &dockerfilePath, bool replaceDockerignore, QString *error = nullptr);
    static QString dockerignorePathFor(const QString &dockerfilePath);
};

} // namespace Dockwright::Ui
