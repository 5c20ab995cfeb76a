// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecatalog.h"

#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QtEndian>

namespace Dockwright::Core {

namespace {

// The template's file in the user's language when there is one ("Dockerfile.de": its comments
// translated, the instructions the same), else the English one.
QString resource(const QString &id, const QString &name)
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QFile localized(QStringLiteral(":/dockwright/templates/%1/%2.%3").arg(id, name, language));
    if (language != QLatin1String("en") && localized.open(QIODevice::ReadOnly))
        return QString::fromUtf8(localized.readAll());
    QFile file(QStringLiteral(":/dockwright/templates/%1/%2").arg(id, name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QMutex candidatesMutex;
QStringList &candidateList()
{
    static QStringList paths {
        QStringLiteral("/bin/busybox"), QStringLiteral("/usr/bin/busybox"), QStringLiteral("/usr/local/bin/busybox")};
    return paths;
}

// Reads an unsigned ELF field of `size` bytes at `offset` in the byte order the header declares.
quint64 field(const QByteArray &bytes, qsizetype offset, int size, bool bigEndian)
{
    if (offset < 0 || offset + size > bytes.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    switch (size) {
    case 2:
        return bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
    case 4:
        return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    default:
        return bigEndian ? qFromBigEndian<quint64>(p) : qFromLittleEndian<quint64>(p);
    }
}

// The Minimal template's busybox: taken from this computer when it has a static one, so that the first
// build needs neither a registry nor a manual copy.
void provideBusybox(const QString &folder, TemplateCatalog::Outcome *outcome)
{
    const QString target = folder + QStringLiteral("/busybox");
    if (QFileInfo::exists(target)) {
        outcome->notes.append(TemplateCatalog::tr("The folder already has a busybox; it was kept as it is."));
        return;
    }
    const QString source = TemplateCatalog::hostStaticBusybox();
    if (source.isEmpty()) {
        QString dynamic;
        const QStringList candidates = TemplateCatalog::busyboxCandidates();
        for (const QString &candidate : candidates) {
            if (QFileInfo(candidate).isFile()) {
                dynamic = candidate;
                break;
            }
        }
        outcome->notes.append(dynamic.isEmpty()
                ? TemplateCatalog::tr("This computer has no static busybox. Install busybox-static (it provides "
                                      "/bin/busybox), then copy it next to the Dockerfile as \"busybox\"; "
                                      "until then the build stops at the COPY line.")
                : TemplateCatalog::tr("%1 needs shared libraries, so it cannot run in a FROM scratch image. Install "
                                      "busybox-static, then copy its /bin/busybox next to the Dockerfile as "
                                      "\"busybox\"; until then the build stops at the COPY line.")
                      .arg(QDir::toNativeSeparators(dynamic)));
        return;
    }
    if (!QFile::copy(source, target)) {
        outcome->notes.append(TemplateCatalog::tr("Could not copy %1 to %2; copy it by hand before building.")
                .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target)));
        return;
    }
    // The image runs it: it must be executable whatever mode the copy got.
    QFile::setPermissions(target,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    outcome->copied.append(target);
    outcome->notes.append(
        TemplateCatalog::tr("Copied this computer's static busybox (%1) into the project: the build needs no "
                            "registry.")
            .arg(QDir::toNativeSeparators(source)));
}

} // namespace

QList<TemplateCatalog::Template> TemplateCatalog::templates()
{
    return {
        {QStringLiteral("python"), tr("Python application (multi-stage)"),
            tr("Installs dependencies from uv.lock with a cache mount in a builder stage, then runs in a slim "
               "image as a non-root user, with build arguments and OCI labels. Needs your pyproject.toml, uv.lock, "
               "main.py and package folder, and registry access for its base images.")},
        {QStringLiteral("minimal"), tr("Minimal (FROM scratch + busybox)"),
            tr("An empty base image plus this computer's static busybox (busybox-static); builds without network "
               "access.")},
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

TemplateCatalog::Outcome TemplateCatalog::create(
    const QString &id, const QString &dockerfilePath, bool replaceDockerignore)
{
    Outcome outcome;
    const QString dockerfile = dockerfileText(id);
    if (dockerfile.isEmpty()) {
        outcome.error = tr("There is no template named %1.").arg(id);
        return outcome;
    }
    // A new project often goes into a new folder: make it, as Qt Creator's new-project wizard does.
    const QString folder = QFileInfo(dockerfilePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        outcome.error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return outcome;
    }
    if (!TextFile::write(dockerfilePath, dockerfile, &outcome.error))
        return outcome;
    const QString ignorePath = dockerignorePathFor(dockerfilePath);
    if (replaceDockerignore || !QFileInfo::exists(ignorePath)) {
        if (!TextFile::write(ignorePath, dockerignoreText(id), &outcome.error))
            return outcome;
    }
    if (id == u"minimal")
        provideBusybox(folder, &outcome);
    else if (id == u"python")
        outcome.notes.append(tr("The first build pulls python:3.13-slim and ghcr.io/astral-sh/uv from their "
                                "registries, and copies pyproject.toml, uv.lock, main.py and the package folder "
                                "(PACKAGE_NAME, default myapp) from this folder."));
    outcome.ok = true;
    return outcome;
}

bool TemplateCatalog::write(const QString &id, const QString &dockerfilePath, bool replaceDockerignore, QString *error)
{
    const Outcome outcome = create(id, dockerfilePath, replaceDockerignore);
    if (!outcome.ok && error)
        *error = outcome.error;
    return outcome.ok;
}

QStringList TemplateCatalog::busyboxCandidates()
{
    const QMutexLocker lock(&candidatesMutex);
    return candidateList();
}

void TemplateCatalog::setBusyboxCandidates(const QStringList &paths)
{
    const QMutexLocker lock(&candidatesMutex);
    candidateList() = paths;
}

QString TemplateCatalog::hostStaticBusybox()
{
    const QStringList candidates = busyboxCandidates();
    for (const QString &path : candidates) {
        if (isStaticExecutable(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return {};
}

bool TemplateCatalog::isStaticExecutable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(64);
    if (header.size() < 52
        || !header.startsWith("\x7f"
                              "ELF"))
        return false;
    const bool is64 = header[4] == 2;
    const bool bigEndian = header[5] == 2;
    const quint64 type = field(header, 16, 2, bigEndian);
    if (type != 2 && type != 3) // ET_EXEC, or ET_DYN for static-pie
        return false;
    const quint64 phoff = is64 ? field(header, 32, 8, bigEndian) : field(header, 28, 4, bigEndian);
    const quint64 phentsize = field(header, is64 ? 54 : 42, 2, bigEndian);
    const quint64 phnum = field(header, is64 ? 56 : 44, 2, bigEndian);
    if (phnum == 0 || phentsize < 4)
        return false;
    for (quint64 i = 0; i < phnum; ++i) {
        if (!file.seek(qint64(phoff + i * phentsize)))
            return false;
        const QByteArray entry = file.read(4);
        if (entry.size() < 4)
            return false;
        if (field(entry, 0, 4, bigEndian) == 3) // PT_INTERP: needs the dynamic loader
            return false;
    }
    return true;
}

} // namespace Dockwright::Core
