// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextpreview.h"

#include "contextwalker.h"
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace Dockwright::Core {

namespace {

using Item = ContextPreview::Item;

void keepTop(QList<Item> *items, int topN)
{
    std::sort(items->begin(), items->end(),
        [](const Item &a, const Item &b) { return a.bytes != b.bytes ? a.bytes > b.bytes : a.path < b.path; });
    if (items->size() > topN)
        items->resize(topN);
}

} // namespace

ContextPreview ContextPreview::fromScan(const BuildContext &context, const ContextScan &scan, int topN)
{
    ContextPreview preview;
    preview.root = context.root();
    preview.dockerfile = QString::fromUtf8(context.dockerfile());
    preview.ignoreFile = QString::fromUtf8(context.ignoreFile());

    QHash<QByteArray, Item> folders;
    for (const ContextEntry &e : scan.entries) {
        switch (e.type) {
        case ContextEntry::Type::Dir:
            ++preview.dirCount;
            folders.insert(e.path, Item {QString::fromUtf8(e.path), 0, 0});
            break;
        case ContextEntry::Type::Symlink:
            ++preview.symlinkCount;
            break;
        case ContextEntry::Type::File: {
            ++preview.fileCount;
            preview.totalBytes += e.size;
            preview.largestFiles.append(Item {QString::fromUtf8(e.path), e.size, 1});
            // Charge every ancestor folder.
            for (qsizetype slash = e.path.lastIndexOf('/'); slash > 0; slash = e.path.lastIndexOf('/', slash - 1)) {
                auto it = folders.find(e.path.first(slash));
                if (it != folders.end()) {
                    it->bytes += e.size;
                    ++it->files;
                }
            }
            if (preview.largestFiles.size() > 4 * qMax(topN, 1))
                keepTop(&preview.largestFiles, topN);
            break;
        }
        }
    }
    keepTop(&preview.largestFiles, topN);
    preview.largestFolders = folders.values();
    keepTop(&preview.largestFolders, topN);

    const auto &patterns = context.matcher().patterns();
    QHash<int, qsizetype> groupOf;
    for (const ContextScan::Excluded &ex : scan.excluded) {
        auto it = groupOf.find(ex.pattern);
        if (it == groupOf.end()) {
            ExcludedGroup group;
            if (ex.pattern >= 0 && ex.pattern < patterns.size()) {
                group.pattern = patterns[ex.pattern].text();
                group.sourceFile = patterns[ex.pattern].sourceFile;
                group.line = patterns[ex.pattern].line;
            }
            it = groupOf.insert(ex.pattern, preview.excluded.size());
            preview.excluded.append(group);
        }
        ExcludedGroup &group = preview.excluded[*it];
        group.bytes += ex.bytes;
        group.files += ex.files;
        group.paths.append(QString::fromUtf8(ex.path));
        preview.excludedBytes += ex.bytes;
        preview.excludedFiles += ex.files;
    }
    std::stable_sort(preview.excluded.begin(), preview.excluded.end(),
        [](const ExcludedGroup &a, const ExcludedGroup &b) { return a.bytes > b.bytes; });
    for (const ContextError &w : scan.warnings)
        preview.warnings.append(w.toString());
    return preview;
}

std::optional<ContextPreview> ContextPreview::compute(
    const QString &contextDir, const QString &dockerfile, int topN, const std::atomic_bool *cancel, ContextError *error)
{
    Options options;
    options.topN = topN;
    options.cancel = cancel;
    return compute(contextDir, dockerfile, options, error);
}

std::optional<ContextPreview> ContextPreview::compute(
    const QString &contextDir, const QString &dockerfile, const Options &options, ContextError *error)
{
    // docker build -f ../Dockerfile . is fine: the CLI sends that Dockerfile beside the context.
    const QString outside = BuildContext::outsideDockerfile(contextDir, dockerfile);
    const auto context = outside.isEmpty() ? BuildContext::open(contextDir, dockerfile, error)
                                           : BuildContext::openWithExternalDockerfile(contextDir, QByteArray(), error);
    if (!context)
        return std::nullopt;
    ContextWalker::Options walk;
    walk.measureExcluded = true;
    walk.cancel = options.cancel;
    const auto scan = ContextWalker::scan(*context, walk, error);
    if (!scan)
        return std::nullopt;
    ContextPreview preview = fromScan(*context, *scan, options.topN);
    preview.dockerfileOutsideContext = !outside.isEmpty();
    if (!outside.isEmpty())
        preview.dockerfile = outside;

    std::optional<QByteArray> text = options.dockerfileText;
    if (!text) {
        QFile file(outside.isEmpty() ? context->root() + u'/' + QString::fromUtf8(context->dockerfile()) : outside);
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
    }
    if (text) {
        const DockerfileParseResult parse = DockerfileParser::parse(*text);
        const DockerfileModel model = DockerfileAnalyzer::analyze(parse, options.build);
        preview.missingSources = CopySourceCheck::forContext(*context).check(parse, model);
    }
    return preview;
}

} // namespace Dockwright::Core
