// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerbuildjoin.h"

#include "core/builder/buildhistory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dockwright::Core {

namespace {

QString keyword(const QString &normalized)
{
    return normalized.section(u' ', 0, 0);
}

bool producesLayer(const BuildStep &step)
{
    // Only Dockerfile instructions carry "[stage n/m]"; BuildKit's own "copy /context /" does not.
    if (step.internal || step.instruction.isEmpty() || step.number <= 0)
        return false;
    static const QStringList kinds {u"RUN"_s, u"COPY"_s, u"ADD"_s, u"WORKDIR"_s};
    return kinds.contains(keyword(LayerBuildJoin::normalizedInstruction(step.instruction)));
}

QString bareId(const QString &id)
{
    return id.startsWith("sha256:"_L1) ? id.mid(7) : id;
}

} // namespace

QString LayerBuildJoin::historyDirectory()
{
    // Derived from BuildHistory so both always agree on the folder.
    return QFileInfo(BuildHistory::fileForContext(QDir::rootPath())).absolutePath();
}

QString LayerBuildJoin::normalizedInstruction(const QString &text)
{
    QString s = text.simplified();
    if (s.endsWith(" # buildkit"_L1))
        s.chop(11);
    // The classic builder's form, should a record ever carry it.
    if (s.startsWith("/bin/sh -c #(nop) "_L1))
        s = s.mid(18).trimmed();
    else if (s.startsWith("/bin/sh -c "_L1))
        s = "RUN "_L1 + s.mid(11);
    if (s.startsWith("RUN /bin/sh -c "_L1)) // BuildKit writes the shell form out in full
        s = "RUN "_L1 + s.mid(15);
    const qsizetype space = s.indexOf(u' ');
    return space < 0 ? s.toUpper() : s.left(space).toUpper() + s.mid(space);
}

std::optional<BuildResult> LayerBuildJoin::findBuild(const QString &imageId, const QString &dir, QString *file)
{
    const QString wanted = bareId(imageId);
    if (wanted.isEmpty())
        return std::nullopt;
    std::optional<BuildResult> best;
    const QFileInfoList files = QDir(dir).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        BuildHistory history(info.absoluteFilePath());
        QString error;
        if (!history.load(&error))
            continue; // one broken project file must not hide the others
        for (const BuildResult &record : history.records()) {
            if (!record.ok() || bareId(record.imageId) != wanted)
                continue;
            if (!best || record.started >= best->started) {
                best = record;
                if (file)
                    *file = info.absoluteFilePath();
            }
        }
    }
    return best;
}

LayerBuildJoinResult LayerBuildJoin::join(const LayeredImage &image, const BuildResult &build)
{
    LayerBuildJoinResult result;
    result.buildStarted = build.started;
    // A graph-driver engine names an image by its config digest; the containerd image store by its
    // manifest digest (what the build reports there). Either one identifies the build's image.
    const QString built = bareId(build.imageId);
    result.matched = !built.isEmpty()
        && ((!image.configDigest.isEmpty() && bareId(image.configDigest) == built)
            || (!image.manifestDigest.isEmpty() && bareId(image.manifestDigest) == built));
    result.layers.resize(qsizetype(image.layers.size()));
    for (qsizetype i = 0; i < result.layers.size(); ++i)
        result.layers[i].layerIndex = int(i);

    // BuildKit reports vertexes in solve order, not Dockerfile order: order the layer-producing steps
    // by their Dockerfile line, and take the stage of the last instruction as the final one.
    QList<int> candidates;
    for (int i = 0; i < build.steps.size(); ++i) {
        if (producesLayer(build.steps[i]))
            candidates.append(i);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&build](int l, int r) {
        const BuildStep &a = build.steps[l];
        const BuildStep &b = build.steps[r];
        return a.line != b.line ? a.line < b.line : a.number < b.number;
    });
    QString finalStage;
    int lastLine = -1;
    for (const BuildStep &step : build.steps) {
        if (!step.internal && step.number > 0 && step.line > lastLine) {
            lastLine = step.line;
            finalStage = step.stage;
        }
    }

    // Newest layer first: the user's layers sit on top of the base image's, so walking down from the
    // top stops at the first layer no remaining step explains.
    qsizetype next = candidates.size() - 1;
    for (int layerIndex = int(image.layers.size()) - 1; layerIndex >= 0 && next >= 0; --layerIndex) {
        const QString createdBy = normalizedInstruction(image.layers[size_t(layerIndex)].createdBy);
        if (createdBy.isEmpty())
            break;
        qsizetype found = -1;
        for (qsizetype c = next; c >= 0 && found < 0; --c) {
            if (normalizedInstruction(build.steps[candidates[c]].instruction) == createdBy)
                found = c;
        }
        // Build args and variables may be expanded differently in created_by: fall back to the nearest
        // step of the same kind in the final stage.
        for (qsizetype c = next; c >= 0 && found < 0; --c) {
            const BuildStep &step = build.steps[candidates[c]];
            if (step.stage == finalStage && keyword(normalizedInstruction(step.instruction)) == keyword(createdBy))
                found = c;
        }
        if (found < 0)
            break;
        const BuildStep &step = build.steps[candidates[found]];
        LayerBuildStep &out = result.layers[layerIndex];
        out.stepIndex = candidates[found];
        out.name = step.name;
        out.instruction = step.instruction;
        out.stage = step.stage;
        out.dockerfile = build.dockerfile;
        out.line = step.line;
        out.endLine = step.endLine;
        out.durationMs = step.completed.isValid() ? step.durationMs() : -1;
        out.cached = step.cached;
        ++result.joinedLayers;
        next = found - 1;
    }
    return result;
}

LayerBuildJoinResult LayerBuildJoin::joinFromHistory(const LayeredImage &image, const QString &dir)
{
    QString file;
    std::optional<BuildResult> build = findBuild(image.configDigest, dir, &file);
    if (!build && !image.manifestDigest.isEmpty())
        build = findBuild(image.manifestDigest, dir, &file);
    if (!build)
        return {};
    LayerBuildJoinResult result = join(image, *build);
    result.historyFile = file;
    return result;
}

} // namespace Dockwright::Core
