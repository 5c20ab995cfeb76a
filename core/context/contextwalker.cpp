// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextwalker.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Dockwright::Core {

namespace {

using Kind = ContextError::Kind;

QString displayPath(const QByteArray &path)
{
    return QString::fromUtf8(path);
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Lists one directory (without . and ..), sorted bytewise like Go's os.ReadDir.
bool listDir(int rootFd, const QByteArray &dir, std::vector<QByteArray> *names, int *err)
{
    const int fd = dir.isEmpty() ? ::openat(rootFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                                 : ::openat(rootFd, dir.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    DIR *d = ::fdopendir(fd);
    if (!d) {
        *err = errno;
        ::close(fd);
        return false;
    }
    errno = 0;
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
            names->emplace_back(e->d_name);
        errno = 0;
    }
    *err = errno;
    ::closedir(d);
    if (*err != 0)
        return false;
    std::sort(names->begin(), names->end());
    return true;
}

class Walk
{
public:
    Walk(const BuildContext &context, const ContextWalker::Options &options, int rootFd)
        : m_context(context)
        , m_options(options)
        , m_rootFd(rootFd)
    { }

    ContextError run(ContextScan *scan)
    {
        m_scan = scan;
        return walkDir({}, nullptr);
    }

private:
    struct Pending
    {
        ContextEntry entry;
        bool emitted;
    };

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    void emitEntry(ContextEntry entry)
    {
        for (Pending &p : m_pending) {
            if (!p.emitted) {
                m_scan->entries.append(p.entry);
                p.emitted = true;
            }
        }
        m_scan->entries.append(std::move(entry));
    }

    static ContextEntry entryFor(const QByteArray &path, const struct stat &st)
    {
        ContextEntry e;
        e.path = path;
        e.mode = quint32(st.st_mode & 07777);
        e.mtime = qint64(st.st_mtim.tv_sec);
        if (S_ISDIR(st.st_mode))
            e.type = ContextEntry::Type::Dir;
        else if (S_ISLNK(st.st_mode))
            e.type = ContextEntry::Type::Symlink;
        else
            e.size = qint64(st.st_size);
        return e;
    }

    // Bytes and files below an excluded directory, for the preview; errors just stop the count.
    void measure(const QByteArray &dir, ContextScan::Excluded *ex)
    {
        std::vector<QByteArray> names;
        int err = 0;
        if (!listDir(m_rootFd, dir, &names, &err))
            return;
        for (const QByteArray &name : names) {
            if (cancelled())
                return;
            const QByteArray path = dir + '/' + name;
            struct stat st;
            if (::fstatat(m_rootFd, path.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            if (S_ISDIR(st.st_mode)) {
                measure(path, ex);
            } else {
                ++ex->files;
                if (S_ISREG(st.st_mode))
                    ex->bytes += qint64(st.st_size);
            }
        }
    }

    void warn(const QByteArray &path, const QString &message)
    {
        m_scan->warnings.append(ContextError::make(Kind::None, displayPath(path), message));
    }

    ContextError walkDir(const QByteArray &dir, const PatternMatcher::ParentState *state)
    {
        std::vector<QByteArray> names;
        int err = 0;
        if (!listDir(m_rootFd, dir, &names, &err)) {
            // An excluded directory we only entered for possible exceptions: fsutil ignores permission errors.
            const bool excluded = !m_pending.empty() && !m_pending.back().emitted;
            if (excluded && (err == EACCES || err == EPERM))
                return {};
            if (err == ENOENT)
                return {};
            return ContextError::make(Kind::Unreadable, dir.isEmpty() ? m_context.root() : displayPath(dir),
                ContextWalker::tr("cannot read directory: %1").arg(errnoText(err)));
        }
        const PatternMatcher &matcher = m_context.matcher();
        for (const QByteArray &name : names) {
            if (cancelled())
                return ContextError::cancelled();
            const QByteArray path = dir.isEmpty() ? name : dir + '/' + name;
            PatternMatcher::ParentState childState;
            const PatternMatcher::Result result = matcher.match(path, state, &childState);

            struct stat st;
            if (::fstatat(m_rootFd, path.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                const int e = errno;
                if (e == ENOENT || (result.excluded && (e == EACCES || e == EPERM)))
                    continue;
                return ContextError::make(
                    Kind::Unreadable, displayPath(path), ContextWalker::tr("cannot stat: %1").arg(errnoText(e)));
            }

            if (S_ISDIR(st.st_mode)) {
                if (result.excluded && !matcher.mustDescendExcluded(path)) {
                    ContextScan::Excluded ex {path, 0, 0, result.pattern, ContextEntry::Type::Dir};
                    if (m_options.measureExcluded)
                        measure(path, &ex);
                    m_scan->excluded.append(ex);
                    continue;
                }
                if (!result.excluded)
                    emitEntry(entryFor(path, st));
                m_pending.push_back({entryFor(path, st), !result.excluded});
                ContextError error = walkDir(path, &childState);
                m_pending.pop_back();
                if (error)
                    return error;
                continue;
            }

            if (result.excluded) {
                const auto type = S_ISLNK(st.st_mode) ? ContextEntry::Type::Symlink : ContextEntry::Type::File;
                m_scan->excluded.append({path, S_ISREG(st.st_mode) ? qint64(st.st_size) : 0, 1, result.pattern, type});
                continue;
            }

            ContextEntry entry = entryFor(path, st);
            const auto &patterns = matcher.patterns();
            entry.forced = result.pattern >= 0 && patterns[result.pattern].forced;
            if (S_ISREG(st.st_mode)) {
                if (m_options.checkReadable) {
                    const int fd = ::openat(
                        m_rootFd, path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
                    if (fd < 0) {
                        const int e = errno;
                        if (e == ENOENT)
                            continue;
                        return ContextError::make(Kind::Unreadable, displayPath(path),
                            ContextWalker::tr("cannot read: %1").arg(errnoText(e)));
                    }
                    ::close(fd);
                }
            } else if (S_ISLNK(st.st_mode)) {
                QByteArray target(qsizetype(st.st_size > 0 ? st.st_size : 4096) + 1, Qt::Uninitialized);
                const ssize_t n = ::readlinkat(m_rootFd, path.constData(), target.data(), size_t(target.size()));
                if (n < 0) {
                    const int e = errno;
                    return ContextError::make(Kind::Unreadable, displayPath(path),
                        ContextWalker::tr("cannot read symlink: %1").arg(errnoText(e)));
                }
                target.truncate(n);
                entry.linkTarget = target;
            } else {
                const QString what = S_ISFIFO(st.st_mode) ? ContextWalker::tr("named pipe")
                    : S_ISSOCK(st.st_mode)                ? ContextWalker::tr("socket")
                                                          : ContextWalker::tr("device node");
                warn(path, ContextWalker::tr("skipped: a %1 cannot be part of a build context").arg(what));
                continue;
            }
            if (name.contains('\n'))
                warn(path,
                    ContextWalker::tr("the name contains a newline; it is sent as is (docker does the "
                                      "same), but RUN scripts that read file lists by line will break"));
            emitEntry(std::move(entry));
        }
        return {};
    }

    const BuildContext &m_context;
    const ContextWalker::Options &m_options;
    const int m_rootFd;
    ContextScan *m_scan = nullptr;
    std::vector<Pending> m_pending;
};

} // namespace

std::optional<ContextScan> ContextWalker::scan(const BuildContext &context, const Options &options, ContextError *error)
{
    const int rootFd = ::open(QFile::encodeName(context.root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        *error = ContextError::make(Kind::Unreadable, context.root(), tr("cannot open: %1").arg(errnoText(errno)));
        return std::nullopt;
    }
    ContextScan scan;
    Walk walk(context, options, rootFd);
    const ContextError walkError = walk.run(&scan);
    ::close(rootFd);
    if (walkError) {
        *error = walkError;
        return std::nullopt;
    }
    return scan;
}

} // namespace Dockwright::Core
