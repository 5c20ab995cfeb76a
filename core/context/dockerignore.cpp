// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerignore.h"

#include <QFileInfo>

namespace Dockwright::Core {

QList<std::pair<QByteArray, int>> DockerIgnore::readEntries(const QByteArray &content, QString *error)
{
    QList<std::pair<QByteArray, int>> entries;
    int lineNo = 0;
    qsizetype from = 0;
    while (from < content.size()) {
        qsizetype end = content.indexOf('\n', from);
        if (end < 0)
            end = content.size();
        QByteArray line = content.sliced(from, end - from);
        from = end + 1;
        if (line.endsWith('\r')) // bufio.ScanLines drops one CR before the LF
            line.chop(1);
        if (lineNo == 0 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        ++lineNo;
        // bufio.Scanner's default token limit; docker fails the whole file beyond it.
        if (line.size() > 64 * 1024) {
            *error = tr("line %1 is longer than 64 KiB").arg(lineNo);
            return {};
        }
        if (line.startsWith('#'))
            continue;
        QByteArray pattern = QString::fromUtf8(line).trimmed().toUtf8();
        if (pattern.isEmpty())
            continue;
        const bool invert = pattern.front() == '!';
        if (invert)
            pattern = QString::fromUtf8(pattern.sliced(1)).trimmed().toUtf8();
        if (!pattern.isEmpty()) {
            pattern = IgnorePattern::cleanPath(pattern);
            if (pattern.size() > 1 && pattern.front() == '/')
                pattern = pattern.sliced(1);
        }
        if (invert)
            pattern.prepend('!');
        entries.append({pattern, lineNo});
    }
    return entries;
}

std::optional<QList<IgnorePattern>> DockerIgnore::parse(
    const QByteArray &content, const QString &fileName, ContextError *error)
{
    QString readError;
    const auto entries = readEntries(content, &readError);
    if (!readError.isEmpty()) {
        *error = ContextError::make(ContextError::Kind::BadPattern, fileName, readError);
        return std::nullopt;
    }
    QList<IgnorePattern> patterns;
    patterns.reserve(entries.size());
    for (const auto &[entry, line] : entries) {
        QString why;
        IgnorePattern p = IgnorePattern::fromEntry(entry, &why);
        if (!p.isValid()) {
            *error = ContextError::make(ContextError::Kind::BadPattern, fileName,
                tr("%1 (pattern \"%2\")").arg(why, QString::fromUtf8(entry)), line);
            return std::nullopt;
        }
        p.sourceFile = fileName;
        p.line = line;
        patterns.append(p);
    }
    return patterns;
}

QByteArray DockerIgnore::locate(const QString &contextRoot, const QByteArray &dockerfile)
{
    const QByteArray specific = dockerfile + ".dockerignore";
    if (QFileInfo::exists(contextRoot + u'/' + QString::fromUtf8(specific)))
        return specific;
    if (QFileInfo::exists(contextRoot + QLatin1String("/.dockerignore")))
        return QByteArrayLiteral(".dockerignore");
    return {};
}

} // namespace Dockwright::Core
