// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextcommand.h"

#include "clisupport.h"
#include "core/common/bytesize.h"
#include "core/context/contextpacker.h"
#include "core/context/contextwalker.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

using namespace Dockwright::Core;

namespace Dockwright::Cli {

namespace {

QString typeName(ContextEntry::Type type)
{
    switch (type) {
    case ContextEntry::Type::Dir:
        return QStringLiteral("dir");
    case ContextEntry::Type::Symlink:
        return QStringLiteral("symlink");
    case ContextEntry::Type::File:
        break;
    }
    return QStringLiteral("file");
}

int exitCodeFor(const ContextError &error)
{
    return error.kind == ContextError::Kind::Cancelled ? ExitCancelled : ExitBadInput;
}

template<typename T>
QList<T> sortedByPath(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.path < b.path; });
    return list;
}

QJsonArray itemsJson(const QList<ContextPreview::Item> &items, bool withFiles)
{
    QJsonArray out;
    for (const auto &item : items) {
        QJsonObject o {{QStringLiteral("path"), item.path}, {QStringLiteral("size"), item.bytes}};
        if (withFiles)
            o.insert(QStringLiteral("files"), item.files);
        out.append(o);
    }
    return out;
}

} // namespace

QString ContextCommand::summary() const
{
    return tr("List what a build would send as its context after .dockerignore, and why it is that big");
}

QJsonObject ContextCommand::toJson(
    const BuildContext &context, const ContextScan &scan, const ContextPreview &preview, qint64 tarBytes)
{
    QJsonObject root;
    root.insert(QStringLiteral("root"), context.root());
    root.insert(QStringLiteral("dockerfile"), QString::fromUtf8(context.dockerfile()));
    root.insert(QStringLiteral("ignoreFile"),
        context.ignoreFile().isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(context.ignoreFile())));

    QJsonArray entries;
    for (const ContextEntry &e : sortedByPath(scan.entries)) {
        QJsonObject o {{QStringLiteral("path"), QString::fromUtf8(e.path)}, {QStringLiteral("type"), typeName(e.type)},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("mode"), QString::number(e.mode, 8).rightJustified(4, u'0')},
            {QStringLiteral("mtime"), e.mtime}};
        if (e.type == ContextEntry::Type::Symlink)
            o.insert(QStringLiteral("target"), QString::fromUtf8(e.linkTarget));
        if (e.forced)
            o.insert(QStringLiteral("ignoredButSent"), true);
        entries.append(o);
    }
    root.insert(QStringLiteral("entries"), entries);
    root.insert(QStringLiteral("totalBytes"), preview.totalBytes);
    root.insert(QStringLiteral("fileCount"), preview.fileCount);
    root.insert(QStringLiteral("dirCount"), preview.dirCount);
    root.insert(QStringLiteral("symlinkCount"), preview.symlinkCount);
    if (tarBytes >= 0)
        root.insert(QStringLiteral("tarBytes"), tarBytes);

    const auto &patterns = context.matcher().patterns();
    QJsonArray excluded;
    for (const ContextScan::Excluded &ex : sortedByPath(scan.excluded)) {
        QJsonObject o {{QStringLiteral("path"), QString::fromUtf8(ex.path)},
            {QStringLiteral("type"), typeName(ex.type)}, {QStringLiteral("size"), ex.bytes},
            {QStringLiteral("files"), ex.files}};
        if (ex.pattern >= 0 && ex.pattern < patterns.size()) {
            o.insert(QStringLiteral("pattern"), patterns[ex.pattern].text());
            o.insert(QStringLiteral("line"), patterns[ex.pattern].line);
        }
        excluded.append(o);
    }
    root.insert(QStringLiteral("excluded"), excluded);
    root.insert(QStringLiteral("excludedBytes"), preview.excludedBytes);
    root.insert(QStringLiteral("excludedFiles"), preview.excludedFiles);

    QJsonArray groups;
    for (const ContextPreview::ExcludedGroup &g : preview.excluded) {
        groups.append(QJsonObject {{QStringLiteral("pattern"), g.pattern}, {QStringLiteral("line"), g.line},
            {QStringLiteral("size"), g.bytes}, {QStringLiteral("files"), g.files},
            {QStringLiteral("paths"), QJsonArray::fromStringList(g.paths)}});
    }
    root.insert(QStringLiteral("excludedByPattern"), groups);
    root.insert(QStringLiteral("largestFiles"), itemsJson(preview.largestFiles, false));
    root.insert(QStringLiteral("largestFolders"), itemsJson(preview.largestFolders, true));
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(preview.warnings));
    return root;
}

int ContextCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The build context directory."));
    const QCommandLineOption fileOption({QStringLiteral("f"), QStringLiteral("file")},
        tr("The Dockerfile, relative to the current directory like docker build "
           "(default DIR/Dockerfile)."),
        tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (docs/cli/context.md)."));
    const QCommandLineOption tarOption(QStringLiteral("tar"),
        tr("Also write the exact tar the build would send ('-' for standard output)."), tr("FILE"));
    const QCommandLineOption topOption(QStringLiteral("top"),
        tr("How many largest files and folders to list (default 10)."), tr("N"), QStringLiteral("10"));
    parser.addOptions({fileOption, jsonOption, tarOption, topOption});
    if (const auto done = CliSupport::parseArguments(parser, args, io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (!CliSupport::expectOneArgument(positional, name(), QStringLiteral("DIR"), io.err))
        return ExitBadInput;
    bool topOk = false;
    const int top = parser.value(topOption).toInt(&topOk);
    if (!topOk || top < 0) {
        io.err << tr("context: --top expects a number") << '\n';
        return ExitBadInput;
    }
    const QString dockerfile
        = parser.isSet(fileOption) ? QDir::current().absoluteFilePath(parser.value(fileOption)) : QString();

    // docker build -f ../Dockerfile DIR is fine: the Dockerfile is sent beside the context.
    const QString outside = BuildContext::outsideDockerfile(positional.first(), dockerfile);
    if (!outside.isEmpty() && parser.isSet(tarOption)) {
        io.err << tr("context: --tar with a Dockerfile outside %1 is not supported: the build adds %2 to the "
                     "upload under a generated name, which this tar would not show")
                      .arg(positional.first(), outside)
               << '\n';
        return ExitBadInput;
    }
    ContextError error;
    const auto context = outside.isEmpty()
        ? BuildContext::open(positional.first(), dockerfile, &error)
        : BuildContext::openWithExternalDockerfile(positional.first(), QByteArray(), &error);
    if (!context) {
        io.err << tr("context: %1").arg(error.toString()) << '\n';
        return exitCodeFor(error);
    }
    ContextWalker::Options options;
    options.measureExcluded = true;
    const auto scan = ContextWalker::scan(*context, options, &error);
    if (!scan) {
        io.err << tr("context: %1").arg(error.toString()) << '\n';
        return exitCodeFor(error);
    }
    const ContextPreview preview = ContextPreview::fromScan(*context, *scan, top);

    qint64 tarBytes = -1;
    const QString tarPath = parser.value(tarOption);
    const bool tarToStdout = tarPath == u"-";
    if (parser.isSet(tarOption)) {
        QFile out;
        const bool opened = tarToStdout
            ? out.open(stdout, QIODevice::WriteOnly)
            : (out.setFileName(tarPath), out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!opened) {
            io.err << tr("context: cannot write %1: %2").arg(tarPath, out.errorString()) << '\n';
            return ExitBadInput;
        }
        tarBytes = 0;
        ContextPacker packer(context->root(), scan->entries);
        const ContextError packError = packer.pack([&out, &tarBytes](const char *data, qsizetype size) {
            tarBytes += size;
            return out.write(data, size) == size;
        });
        out.close();
        for (const ContextError &w : packer.warnings())
            io.err << tr("context: warning: %1").arg(w.toString()) << '\n';
        if (packError) {
            io.err << tr("context: %1").arg(packError.toString()) << '\n';
            return exitCodeFor(packError);
        }
    }
    for (const QString &w : preview.warnings)
        io.err << tr("context: warning: %1").arg(w) << '\n';
    if (tarToStdout)
        return ExitOk;

    if (parser.isSet(jsonOption)) {
        QJsonObject json = toJson(*context, *scan, preview, tarBytes);
        if (!outside.isEmpty()) // absolute: it is not in the context
            json.insert(QStringLiteral("dockerfile"), outside);
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    for (const ContextEntry &e : sortedByPath(scan->entries)) {
        const QString path = QString::fromUtf8(e.path);
        switch (e.type) {
        case ContextEntry::Type::Dir:
            io.out << QStringLiteral("%1  %2/").arg(QStringLiteral("dir"), 12).arg(path);
            break;
        case ContextEntry::Type::Symlink:
            io.out << QStringLiteral("%1  %2 -> %3")
                          .arg(QStringLiteral("link"), 12)
                          .arg(path, QString::fromUtf8(e.linkTarget));
            break;
        case ContextEntry::Type::File:
            io.out << QStringLiteral("%1  %2").arg(e.size, 12).arg(path);
            break;
        }
        if (e.forced)
            io.out << "  " << tr("(ignored, but sent for the daemon)");
        io.out << '\n';
    }
    io.out << '\n'
           << tr("%1 files, %2 folders, %3 symlinks, %4 in %5")
                  .arg(preview.fileCount)
                  .arg(preview.dirCount)
                  .arg(preview.symlinkCount)
                  .arg(formatBytes(preview.totalBytes), context->root())
           << '\n';
    if (tarBytes >= 0)
        io.out << tr("tar written to %1: %2 bytes").arg(tarPath).arg(tarBytes) << '\n';
    if (!preview.largestFolders.isEmpty()) {
        io.out << '\n' << tr("Largest folders:") << '\n';
        for (const auto &item : preview.largestFolders)
            io.out << QStringLiteral("  %1  %2/").arg(formatBytes(item.bytes), 10).arg(item.path) << '\n';
    }
    if (!preview.largestFiles.isEmpty()) {
        io.out << '\n' << tr("Largest files:") << '\n';
        for (const auto &item : preview.largestFiles)
            io.out << QStringLiteral("  %1  %2").arg(formatBytes(item.bytes), 10).arg(item.path) << '\n';
    }
    if (context->ignoreFile().isEmpty()) {
        io.out << '\n' << tr("No .dockerignore: everything in the folder is sent.") << '\n';
    } else if (!preview.excluded.isEmpty()) {
        io.out << '\n'
               << tr("Excluded by %1: %2 in %3 files")
                      .arg(QString::fromUtf8(context->ignoreFile()), formatBytes(preview.excludedBytes))
                      .arg(preview.excludedFiles)
               << '\n';
        for (const auto &group : preview.excluded) {
            io.out
                << QStringLiteral("  %1  ").arg(formatBytes(group.bytes), 10)
                << tr("%1 (line %2): %3").arg(group.pattern).arg(group.line).arg(group.paths.join(QLatin1String(", ")))
                << '\n';
        }
    }
    return ExitOk;
}

} // namespace Dockwright::Cli
