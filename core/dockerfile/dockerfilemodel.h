// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The semantic view of a parsed Dockerfile for given build arguments and target: stages and how they depend
// on each other, ARG scoping, and the values the builder would expand in each instruction.

#include "core/dockerfile/dockerfilesyntax.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

struct DockerfileBuildOptions
{
    QHash<QString, QString> buildArgs;
    QString target; // empty: the last stage
    QString targetPlatform = QStringLiteral("linux/amd64");
    QString buildPlatform = QStringLiteral("linux/amd64");
};

struct DockerfileStage
{
    int index = 0;
    QString name; // lowercased; empty for an unnamed stage
    QString nameAsWritten;
    QString baseImage; // as written
    QString baseExpanded; // after global ARG expansion
    int baseStage = -1; // index of the stage this one builds on, -1 for an image (or scratch)
    QString platform; // --platform as written
    QString platformExpanded;
    int firstInstruction = 0; // index of the FROM in the instruction list
    int lastInstruction = 0;
    QList<int> dependsOn; // stages referenced by FROM, COPY --from and RUN --mount from=
    bool neededForTarget = false;
    SourceRange range;
};

// What the builder would see for one instruction after variable expansion.
struct ExpandedInstruction
{
    bool applies = false; // false for instructions the builder does not expand (RUN text, CMD, ...)
    QStringList args;
    // Per entry of args (ADD, COPY, EXPOSE, ...): false when the word referenced a variable without a
    // value, so its expansion is a guess (an ARG that gets its value only from --build-arg).
    QList<bool> argsResolved;
    QStringList flags; // "--name=value" with expandable values expanded
    QList<QPair<QString, QString>> pairs;
    QStringList undefinedNames; // variables referenced while unset (and not declared)
    QStringList errors;
};

struct DockerfileModel
{
    QList<DockerfileStage> stages;
    QList<DockerfileKeyValue> globalArgs; // ARGs before the first FROM
    QHash<QString, QString> globalScope; // what FROM lines see
    QList<ExpandedInstruction> expanded; // parallel to DockerfileParseResult::instructions
    QList<QHash<QString, QString>> environmentAfter; // per stage: ARG+ENV visible at its end
    int targetStage = -1;
    QList<DockerfileMessage> errors; // unknown target, bad stage index, circular dependency, expansion errors
    QHash<QString, int> stageByName; // lowercased name -> first stage with that name

    // Stage index for a `--from`/FROM reference (name, case-insensitive, or index); -1 if none.
    int stageForReference(QStringView reference, int beforeStage = -1) const;
};

} // namespace Dockwright::Core
