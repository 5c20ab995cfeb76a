// SPDX-License-Identifier: GPL-3.0-or-later
#include "copysourcecheck.h"

#include "buildcontext.h"
#include "dockerignore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace Dockwright::Core {

namespace {

// A wildcard source can walk a big tree; past this many directory entries the check gives up and
// assumes the source is there (a lint pass must stay cheap).
constexpr int EntryBudget = 50000;

bool lexists(const QString &path, bool *isDir = nullptr)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    if (isDir) {
        struct stat target;
        *isDir = ::stat(QFile::encodeName(path).constData(), &target) == 0 && S_ISDIR(target.st_mode);
    }
    return true;
}

// BuildKit's containsWildcards: an unescaped * ? or [.
bool hasWildcards(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\')
            ++i;
        else if (s[i] == u'*' || s[i] == u'?' || s[i] == u'[')
            return true;
    }
    return false;
}

QString unescaped(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size())
            ++i;
        out.append(s[i]);
    }
    return out;
}

// One [...] class of Go's filepath.Match at p[*at] == '['; *at moves past the ']'. False (no match) for an
// unterminated class, which docker refuses anyway.
bool matchClass(QStringView p, qsizetype *at, QChar c)
{
    qsizetype i = *at + 1;
    const bool negate = i < p.size() && p[i] == u'^';
    if (negate)
        ++i;
    bool matched = false;
    bool first = true;
    while (i < p.size() && (first || p[i] != u']')) {
        first = false;
        QChar lo = p[i++];
        if (lo == u'\\' && i < p.size())
            lo = p[i++];
        QChar hi = lo;
        if (i + 1 < p.size() && p[i] == u'-' && p[i + 1] != u']') {
            ++i;
            hi = p[i++];
            if (hi == u'\\' && i < p.size())
                hi = p[i++];
        }
        if (lo <= c && c <= hi)
            matched = true;
    }
    if (i >= p.size())
        return false;
    *at = i + 1;
    return matched != negate;
}

// filepath.Match for one path segment: * ? [...] and \ escapes; * never crosses '/' (there is none).
bool segmentMatches(QStringView p, QStringView name)
{
    qsizetype pi = 0;
    qsizetype ni = 0;
    qsizetype starP = -1;
    qsizetype starN = 0;
    while (ni < name.size()) {
        if (pi < p.size()) {
            const QChar c = p[pi];
            if (c == u'*') {
                starP = ++pi;
                starN = ni;
                continue;
            }
            qsizetype next = pi + 1;
            bool matched;
            if (c == u'?') {
                matched = true;
            } else if (c == u'[') {
                next = pi;
                matched = matchClass(p, &next, name[ni]);
            } else if (c == u'\\' && pi + 1 < p.size()) {
                matched = p[pi + 1] == name[ni];
                next = pi + 2;
            } else {
                matched = c == name[ni];
            }
            if (matched) {
                pi = next;
                ++ni;
                continue;
            }
        }
        if (starP < 0)
            return false;
        pi = starP;
        ni = ++starN;
    }
    while (pi < p.size() && p[pi] == u'*')
        ++pi;
    return pi == p.size();
}

QString joined(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + u'/' + name;
}

} // namespace

QString CopySourceCheck::Finding::message(const QString &contextRoot) const
{
    const QString root = QDir::toNativeSeparators(contextRoot);
    // The expanded path, when a variable or a leading "./" made it differ from what is written.
    const QString shown = path == source || path.isEmpty() ? source : tr("%1 (that is, %2)").arg(source, path);
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NotFound:
        return tr("%1 source \"%2\" is not in the build context %3").arg(keyword, shown, root);
    case Problem::Excluded:
        return tr("%1 source \"%2\" is left out of the build context by %3 line %4 (\"%5\")")
            .arg(keyword, shown, ignoreFile)
            .arg(ignoreLine)
            .arg(pattern);
    case Problem::NoMatch:
        return tr("%1 source \"%2\" matches no file in the build context %3").arg(keyword, shown, root);
    case Problem::OnlyExcluded:
        return tr("%1 source \"%2\" matches only paths that %3 line %4 (\"%5\") leaves out of the build context")
            .arg(keyword, shown, ignoreFile)
            .arg(ignoreLine)
            .arg(pattern);
    }
    return {};
}

CopySourceCheck::CopySourceCheck(const QString &root, const QList<IgnorePattern> &patterns)
    : m_root(root)
    , m_matcher(patterns)
{ }

CopySourceCheck CopySourceCheck::forContext(const BuildContext &context)
{
    return CopySourceCheck(context.root(), context.matcher().patterns().mid(0, context.userPatternCount()));
}

std::optional<CopySourceCheck> CopySourceCheck::open(
    const QString &contextDir, const QString &dockerfile, ContextError *error)
{
    const QFileInfo dir(contextDir);
    const QString root = dir.canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir()) {
        *error = ContextError::make(
            ContextError::Kind::NotFound, contextDir, tr("the build context is not a folder that can be read"));
        return std::nullopt;
    }
    // The Dockerfile's path relative to the root, through its folder's canonical path (the file itself
    // may not be saved yet); empty when it lies outside the context.
    QByteArray relative = QByteArrayLiteral("Dockerfile");
    if (!dockerfile.isEmpty()) {
        const QFileInfo file(QDir(root).absoluteFilePath(dockerfile));
        const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
        const QString absolute = (folder.isEmpty() ? file.absolutePath() : folder) + u'/' + file.fileName();
        const QString rel = QDir(root).relativeFilePath(absolute);
        relative = rel.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(rel) ? QByteArray() : rel.toUtf8();
    }
    // Outside the context, docker/cli sends the Dockerfile under a generated name: only the root's
    // .dockerignore applies.
    const QByteArray ignoreFile = relative.isEmpty()
        ? (QFileInfo::exists(root + QLatin1String("/.dockerignore")) ? QByteArrayLiteral(".dockerignore")
                                                                     : QByteArray())
        : DockerIgnore::locate(root, relative);
    QList<IgnorePattern> patterns;
    if (!ignoreFile.isEmpty()) {
        const QString name = QString::fromUtf8(ignoreFile);
        QFile file(root + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ContextError::make(ContextError::Kind::Unreadable, name, file.errorString());
            return std::nullopt;
        }
        auto parsed = DockerIgnore::parse(file.readAll(), name, error);
        if (!parsed)
            return std::nullopt;
        patterns = std::move(*parsed);
    }
    return CopySourceCheck(root, patterns);
}

CopySourceCheck::Finding CopySourceCheck::checkSource(const QString &source) const
{
    Finding finding;
    finding.source = source;
    // BuildKit resolves sources inside the context root: "/a", "./a" and "../a" all name "a".
    QByteArray cleaned = IgnorePattern::cleanPath("/" + source.toUtf8());
    while (cleaned.startsWith('/'))
        cleaned.remove(0, 1);
    finding.path = QString::fromUtf8(cleaned);
    if (cleaned.isEmpty())
        return finding; // the whole context

    // Why a path that exists is not seen: the deciding pattern, or nothing when an exception may bring
    // part of an excluded folder back (the walker then descends into it).
    const auto exclusion = [this](const QString &path, bool isDir) -> const IgnorePattern * {
        const QByteArray bytes = path.toUtf8();
        const PatternMatcher::Result r = m_matcher.matchPath(bytes);
        if (!r.excluded || (isDir && m_matcher.mustDescendExcluded(bytes)))
            return nullptr;
        return &m_matcher.patterns().at(r.pattern);
    };
    const auto excludedBy = [&finding](Problem problem, const IgnorePattern *p) {
        finding.problem = problem;
        finding.ignoreFile = p->sourceFile;
        finding.ignoreLine = p->line;
        finding.pattern = p->text();
    };

    if (!hasWildcards(finding.path)) {
        const QString path = unescaped(finding.path);
        bool isDir = false;
        if (!lexists(m_root + u'/' + path, &isDir))
            finding.problem = Problem::NotFound;
        else if (const IgnorePattern *p = exclusion(path, isDir))
            excludedBy(Problem::Excluded, p);
        return finding;
    }

    // Wildcards match segment by segment, as filepath.Match does against each walked path.
    QStringList candidates {QString()};
    int budget = EntryBudget;
    const QStringList segments = finding.path.split(u'/');
    for (const QString &segment : segments) {
        QStringList next;
        const bool wild = hasWildcards(segment);
        const QString literal = wild ? QString() : unescaped(segment);
        for (const QString &prefix : std::as_const(candidates)) {
            const QString folder = m_root + u'/' + prefix;
            if (!wild) {
                if (lexists(folder + u'/' + literal))
                    next.append(joined(prefix, literal));
                continue;
            }
            const QStringList names
                = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            budget -= int(names.size());
            if (budget < 0)
                return finding; // too big to tell: assume it is there
            for (const QString &name : names) {
                if (segmentMatches(segment, name))
                    next.append(joined(prefix, name));
            }
        }
        candidates = std::move(next);
        if (candidates.isEmpty())
            break;
    }
    if (candidates.isEmpty()) {
        finding.problem = Problem::NoMatch;
        return finding;
    }
    const IgnorePattern *first = nullptr;
    for (const QString &match : std::as_const(candidates)) {
        bool isDir = false;
        lexists(m_root + u'/' + match, &isDir);
        const IgnorePattern *p = exclusion(match, isDir);
        if (!p)
            return finding; // one match is seen: the copy works
        if (!first)
            first = p;
    }
    excludedBy(Problem::OnlyExcluded, first);
    return finding;
}

QList<CopySourceCheck::Finding> CopySourceCheck::check(
    const DockerfileParseResult &parse, const DockerfileModel &model) const
{
    QList<Finding> out;
    for (qsizetype i = 0; i < parse.instructions.size(); ++i) {
        const DockerfileInstruction &ins = parse.instructions[i];
        if (ins.kind != InstructionKind::Copy && ins.kind != InstructionKind::Add)
            continue;
        if (ins.flag(u"from")) // another stage, an image or a named context: not the context folder
            continue;
        if (i >= model.expanded.size())
            break;
        const ExpandedInstruction &expanded = model.expanded[i];
        if (!expanded.applies || ins.args.size() < 2)
            continue;
        for (qsizetype j = 0; j + 1 < ins.args.size() && j < expanded.args.size(); ++j) {
            const DockerfileWord &word = ins.args[j];
            if (!ins.heredocs.isEmpty()
                && (word.text.contains(u"<<")
                    || (j > 0 && (ins.args[j - 1].text == u"<<" || ins.args[j - 1].text == u"<<-"))))
                continue; // a heredoc: the body is the source
            if (j < expanded.argsResolved.size() && !expanded.argsResolved[j])
                continue; // depends on a value only the build knows
            const QString &value = expanded.args[j];
            if (value.isEmpty() || value.contains(QLatin1String("://")) || value.startsWith(QLatin1String("git@")))
                continue; // ADD fetches URLs and git repositories itself
            Finding finding = checkSource(value);
            if (finding.problem == Problem::None)
                continue;
            finding.instruction = int(i);
            finding.keyword = ins.name.toUpper();
            finding.source = word.text;
            finding.range = word.range;
            out.append(finding);
        }
    }
    return out;
}

} // namespace Dockwright::Core
