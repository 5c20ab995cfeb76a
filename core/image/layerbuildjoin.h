// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildresult.h"
#include "layeredimage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Dockwright::Core {

// The build step that produced one image layer, for images built in Dockwright.
struct LayerBuildStep
{
    int layerIndex = -1;
    int stepIndex = -1; // into BuildResult::steps; -1 when no step made this layer (base layers)
    QString name; // "[2/4] RUN make"
    QString instruction; // "RUN make"
    QString stage;
    QString dockerfile; // as the build named it
    int line = 0; // first and last Dockerfile line; 0 when unmapped
    int endLine = 0;
    qint64 durationMs = -1; // -1 when the step has no start/end time
    bool cached = false;

    bool isValid() const { return stepIndex >= 0; }
};

// Every layer of an image joined to the build record that made it (empty steps when none matched).
struct LayerBuildJoinResult
{
    bool matched = false; // a build record with the image's id was found
    QString historyFile; // the file it came from, when searched
    QDateTime buildStarted;
    QList<LayerBuildStep> layers; // one per image layer, in layer order
    int joinedLayers = 0;

    const LayerBuildStep *forLayer(int layerIndex) const
    {
        return layerIndex >= 0 && layerIndex < layers.size() && layers[layerIndex].isValid() ? &layers[layerIndex]
                                                                                             : nullptr;
    }
};

// Joins analysed image layers to the BuildKit steps of a Dockwright build. Layer-producing steps
// (RUN, COPY, ADD, WORKDIR) are matched from the newest layer backwards against the created_by of each
// layer's history entry; base-image layers keep no step.
class LayerBuildJoin final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::LayerBuildJoin)
public:
    // <GenericDataLocation>/Dockwright/build-history, where BuildHistory keeps one file per project.
    static QString historyDirectory();
    // The newest successful record across all history files in dir whose image id is imageId
    // ("sha256:…", a bare hex id is accepted too); *file names the history file it came from.
    static std::optional<BuildResult> findBuild(
        const QString &imageId, const QString &dir = historyDirectory(), QString *file = nullptr);
    // Joins image to build; matched is set when their image id and config digest agree.
    static LayerBuildJoinResult join(const LayeredImage &image, const BuildResult &build);
    // Searches the history for image's config digest and joins it; an empty (unmatched) result if none.
    static LayerBuildJoinResult joinFromHistory(const LayeredImage &image, const QString &dir = historyDirectory());

    // "RUN echo hi" from "RUN /bin/sh -c echo hi # buildkit" and from a step's "RUN echo hi".
    static QString normalizedInstruction(const QString &text);
};

} // namespace Dockwright::Core
