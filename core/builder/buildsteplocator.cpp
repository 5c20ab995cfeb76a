// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildsteplocator.h"

#include "core/engine/imagereference.h"

namespace Dockwright::Core {

namespace {

QString keywordOf(const QString &instruction)
{
    return instruction.section(QLatin1Char(' '), 0, 0).toLower();
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

BuildStepLocator::BuildStepLocator(const DockerfileParseResult &parse, const DockerfileModel &model)
    : m_parse(parse)
    , m_model(model)
{ }

QString BuildStepLocator::stageLabel(int stageIndex) const
{
    if (stageIndex < 0 || stageIndex >= m_model.stages.size())
        return {};
    if (m_model.stages.size() == 1)
        return {};
    const DockerfileStage &stage = m_model.stages.at(stageIndex);
    return stage.name.isEmpty() ? QStringLiteral("stage-%1").arg(stageIndex) : stage.name;
}

int BuildStepLocator::stageFor(const QString &label) const
{
    if (m_model.stages.isEmpty())
        return -1;
    if (label.isEmpty()) // single-stage build (or only one stage the builder knows about)
        return m_model.targetStage >= 0 ? m_model.targetStage : int(m_model.stages.size()) - 1;
    const QString lower = label.toLower();
    for (const DockerfileStage &stage : m_model.stages) {
        if (!stage.name.isEmpty() && stage.name == lower)
            return stage.index;
    }
    if (lower.startsWith(QLatin1String("stage-"))) {
        bool ok = false;
        const int index = lower.mid(6).toInt(&ok);
        if (ok && index >= 0 && index < m_model.stages.size())
            return index;
    }
    return -1;
}

bool BuildStepLocator::countsInBuildKit(int instructionIndex) const
{
    const DockerfileInstruction &instruction = m_parse.instructions.at(instructionIndex);
    switch (instruction.kind) {
    case InstructionKind::Add:
    case InstructionKind::Copy:
    case InstructionKind::Run:
    case InstructionKind::Workdir:
        return true;
    case InstructionKind::From: {
        // FROM scratch and FROM <earlier stage> produce no vertex of their own.
        const int stage = instruction.stageIndex;
        if (stage < 0 || stage >= m_model.stages.size())
            return true;
        const DockerfileStage &s = m_model.stages.at(stage);
        return s.baseStage < 0 && s.baseExpanded.compare(QLatin1String("scratch"), Qt::CaseInsensitive) != 0;
    }
    default:
        return false;
    }
}

int BuildStepLocator::locateBuildKit(const QString &stageLabelText, int number, const QString &instruction) const
{
    const int stage = stageFor(stageLabelText);
    if (stage < 0 || number <= 0)
        return -1;
    const DockerfileStage &s = m_model.stages.at(stage);
    const QString keyword = keywordOf(instruction);
    int counter = 0;
    for (int i = s.firstInstruction; i <= s.lastInstruction && i < m_parse.instructions.size(); ++i) {
        if (!countsInBuildKit(i))
            continue;
        if (++counter == number) {
            if (m_parse.instructions.at(i).name == keyword)
                return i;
            break;
        }
    }
    // The counter and the file disagree (a WORKDIR / makes no vertex, ONBUILD adds some): fall back to
    // the only instruction of that stage with the same keyword and text.
    int found = -1;
    for (int i = s.firstInstruction; i <= s.lastInstruction && i < m_parse.instructions.size(); ++i) {
        const DockerfileInstruction &candidate = m_parse.instructions.at(i);
        if (candidate.name != keyword)
            continue;
        if (simplified(candidate.original) == simplified(instruction)) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}

int BuildStepLocator::locateBuildah(int stageIndex, int number, const QString &instruction) const
{
    int seen = 0;
    for (int i = 0; i < m_parse.instructions.size(); ++i) {
        if (m_parse.instructions.at(i).stageIndex != stageIndex)
            continue;
        if (++seen == number)
            return m_parse.instructions.at(i).name == keywordOf(instruction) ? i : -1;
    }
    return -1;
}

int BuildStepLocator::locateClassic(int number, const QString &instruction) const
{
    const int index = number - 1;
    if (index < 0 || index >= m_parse.instructions.size())
        return -1;
    return m_parse.instructions.at(index).name == keywordOf(instruction) ? index : -1;
}

int BuildStepLocator::locateBaseImage(const QString &reference) const
{
    if (reference.isEmpty())
        return -1;
    for (int i = 0; i < m_model.stages.size(); ++i) {
        const DockerfileStage &stage = m_model.stages.at(i);
        if (m_model.stageForReference(stage.baseExpanded, i) >= 0)
            continue;
        if (ImageReference::same(stage.baseExpanded, reference))
            return stage.firstInstruction;
    }
    return -1;
}

} // namespace Dockwright::Core
