// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildcontext.h"

#include "dockerignore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace Dockwright::Core {

namespace {

// realpath(3) with the reason on failure; docker's filepath.EvalSymlinks reports the same errno.
std::optional<QString> resolve(const QString &path, QString *why)
{
    char buffer[PATH_MAX];
    if (!::realpath(QFile::encodeName(path).constData(), buffer)) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return std::nullopt;
    }
    return QFile::decodeName(buffer);
}

bool lexists(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

} // namespace

std::optional<BuildContext> BuildContext::open(
    const QString &contextDir, const QString &dockerfile, ContextError *error)
{
    using Kind = ContextError::Kind;
    std::optional<BuildContext> opened = openRoot(contextDir, error);
    if (!opened)
        return std::nullopt;
    BuildContext &context = *opened;
    const QString *root = &context.m_root;
    QString why;

    QString given = dockerfile;
    if (given.isEmpty()) {
        given = QStringLiteral("Dockerfile");
        if (!lexists(*root + QLatin1String("/Dockerfile")) && lexists(*root + QLatin1String("/dockerfile")))
            given = QStringLiteral("dockerfile");
    }
    const QString absDockerfile = QDir(*root).absoluteFilePath(given);
    const auto resolvedDockerfile = resolve(absDockerfile, &why);
    if (!resolvedDockerfile) {
        *error = ContextError::make(Kind::NotFound, absDockerfile, tr("cannot locate the Dockerfile: %1").arg(why));
        return std::nullopt;
    }
    const QString rel = QDir(*root).relativeFilePath(*resolvedDockerfile);
    if (rel.startsWith(QLatin1String("../")) || rel == QLatin1String("..") || QDir::isAbsolutePath(rel)) {
        *error = ContextError::make(
            Kind::Unsupported, absDockerfile, tr("the Dockerfile must be inside the build context %1").arg(*root));
        return std::nullopt;
    }
    context.m_dockerfile = rel.toUtf8();
    context.m_ignoreFile = DockerIgnore::locate(*root, context.m_dockerfile);
    if (!context.readIgnoreFile(error))
        return std::nullopt;
    return opened;
}

QString BuildContext::outsideDockerfile(const QString &contextDir, const QString &dockerfile)
{
    const QString root = QFileInfo(contextDir).canonicalFilePath();
    const QString given = dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : dockerfile;
    const QString file = QFileInfo(QDir(contextDir).absoluteFilePath(given)).canonicalFilePath();
    if (root.isEmpty() || file.isEmpty() || file == root || file.startsWith(root + u'/'))
        return {};
    return file;
}

std::optional<BuildContext> BuildContext::openWithExternalDockerfile(
    const QString &contextDir, const QByteArray &dockerfileInTar, ContextError *error)
{
    std::optional<BuildContext> context = openRoot(contextDir, error);
    if (!context)
        return std::nullopt;
    context->m_dockerfile = dockerfileInTar;
    if (QFileInfo::exists(context->m_root + QLatin1String("/.dockerignore")))
        context->m_ignoreFile = QByteArrayLiteral(".dockerignore");
    if (!context->readIgnoreFile(error))
        return std::nullopt;
    return context;
}

std::optional<BuildContext> BuildContext::openRoot(const QString &contextDir, ContextError *error)
{
    using Kind = ContextError::Kind;
    BuildContext context;
    QString why;
    const auto root = resolve(QDir(contextDir).absolutePath(), &why);
    if (!root) {
        *error = ContextError::make(Kind::NotFound, contextDir, tr("cannot open the build context: %1").arg(why));
        return std::nullopt;
    }
    struct stat st;
    if (::stat(QFile::encodeName(*root).constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        *error = ContextError::make(Kind::NotFound, contextDir, tr("the build context must be a directory"));
        return std::nullopt;
    }
    context.m_root = *root;
    return context;
}

bool BuildContext::readIgnoreFile(ContextError *error)
{
    if (!m_ignoreFile.isEmpty()) {
        const QString name = QString::fromUtf8(m_ignoreFile);
        QFile file(m_root + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ContextError::make(ContextError::Kind::Unreadable, name, file.errorString());
            return false;
        }
        const auto patterns = DockerIgnore::parse(file.readAll(), name, error);
        if (!patterns)
            return false;
        m_matcher = PatternMatcher(*patterns);
        m_userPatterns = int(patterns->size());
    }

    // docker/cli's TrimBuildFilesFromExcludes: the daemon needs both files, and removes them from what
    // COPY sees itself.
    for (const QByteArray &path : {m_ignoreFile, m_dockerfile}) {
        if (path.isEmpty() || !m_matcher.matchPath(path).excluded)
            continue;
        QString ignored;
        IgnorePattern keep = IgnorePattern::fromEntry('!' + path, &ignored);
        if (!keep.isValid()) // a Dockerfile name with glob characters; docker appends it all the same
            continue;
        keep.forced = true;
        m_matcher.append(keep);
    }
    return true;
}

} // namespace Dockwright::Core
