// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// Starter Dockerfiles, each with the .dockerignore that belongs to it (resources/templates/), and the
// inputs a template can take from this computer so that its first build works (the Minimal template's
// static busybox).
class TemplateCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::TemplateCatalog)
public:
    struct Template
    {
        QString id; // "python", "minimal"
        QString name;
        QString description;
    };

    // What creating a project from a template did: ok, or the error naming the file; notes tell the
    // user what was copied in and what the project still needs before it builds.
    struct Outcome
    {
        bool ok = false;
        QString error;
        QStringList notes;
        QStringList copied; // files taken from this computer, as written into the project
    };

    static QList<Template> templates();
    static QString dockerfileText(const QString &id);
    static QString dockerignoreText(const QString &id);

    // Writes the Dockerfile to `dockerfilePath` and .dockerignore into the same folder, atomically, plus
    // the inputs the template can take from this computer (never replacing a file already there).
    // An existing .dockerignore is kept unless `replaceDockerignore`. Blocking file IO: run it as a job.
    static Outcome create(const QString &id, const QString &dockerfilePath, bool replaceDockerignore);
    // create(), for callers that only need to know whether it worked.
    static bool write(
        const QString &id, const QString &dockerfilePath, bool replaceDockerignore, QString *error = nullptr);
    static QString dockerignorePathFor(const QString &dockerfilePath);

    // The first statically linked busybox among the usual places (Debian's and Ubuntu's busybox-static
    // installs /bin/busybox); empty when there is none. A dynamically linked busybox cannot run in a
    // FROM scratch image: there is no C library in it.
    static QString hostStaticBusybox();
    // Where hostStaticBusybox() looks, in order (tests point it at their own files).
    static QStringList busyboxCandidates();
    static void setBusyboxCandidates(const QStringList &paths);
    // An ELF executable without a program interpreter (PT_INTERP), i.e. one that needs no shared libraries.
    static bool isStaticExecutable(const QString &path);
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::TemplateCatalog::Outcome)
