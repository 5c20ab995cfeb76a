// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilemodel.h"
#include "core/dockerfile/dockerfilesyntax.h"

#include <QHash>
#include <QString>

namespace Dockwright::Core {

// Maps builder step names back to Dockerfile instructions. BuildKit names a vertex
// "[<stage> <n>/<m>] <instruction>" where <stage> is the stage name, "stage-<i>" for an unnamed stage
// or nothing in a single-stage build, and n counts the stage's FROM (of an image, not scratch or a stage),
// ADD, COPY, RUN and WORKDIR in order (dockerfile2llb convert.go). The classic builder numbers every
// instruction of the file in order ("Step n/m : ...").
class BuildStepLocator final
{
public:
    BuildStepLocator() = default;
    BuildStepLocator(const DockerfileParseResult &parse, const DockerfileModel &model);

    bool isEmpty() const { return m_parse.instructions.isEmpty(); }
    const DockerfileParseResult &parse() const { return m_parse; }
    const DockerfileModel &model() const { return m_model; }

    // Instruction index for a BuildKit vertex of stage (as named in the vertex) with counter number; the
    // instruction text confirms the keyword. -1 when nothing fits.
    int locateBuildKit(const QString &stage, int number, const QString &instruction) const;
    // Instruction index for the classic builder's "Step number/total : instruction".
    int locateClassic(int number, const QString &instruction) const;
    // Instruction index for buildah's (Podman) "[stage/stages] STEP number/total: instruction": number
    // counts the instructions of stage stageIndex (0-based) from its FROM; ARGs before the first FROM
    // are not steps there.
    int locateBuildah(int stageIndex, int number, const QString &instruction) const;
    // The FROM instruction whose base image is reference (in any form: "alpine", "docker.io/library/
    // alpine:latest"), for BuildKit's "[internal] load metadata for <reference>" and the errors that
    // name it; a stage used as a base does not count. -1 when no FROM names it.
    int locateBaseImage(const QString &reference) const;
    // The stage label BuildKit would use for a stage index (for steps the classic builder reports).
    QString stageLabel(int stageIndex) const;

private:
    int stageFor(const QString &label) const;
    bool countsInBuildKit(int instructionIndex) const;

    DockerfileParseResult m_parse;
    DockerfileModel m_model;
};

} // namespace Dockwright::Core
