// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilesyntax.h"

#include <QStringList>
#include <functional>

namespace Dockwright::Ui {

// Decides what to offer at the cursor of a Dockerfile: instructions, the flags of the current
// instruction, --mount keys and values, stage names after --from=, ARG names inside ${, and local
// images after FROM. Works on the text before the cursor plus the last parse; no widgets involved.
class CompletionEngine final
{
public:
    enum class Kind { None, Instruction, Flag, FlagValue, MountKey, MountValue, Stage, Variable, Image, Keyword };

    struct Result
    {
        Kind kind = Kind::None;
        QStringList items;
        int prefixLength = 0; // characters before the cursor that the chosen item replaces
    };

    // Stage and ARG names come from here; a parse a few keystrokes old is fine.
    void setParse(const Core::DockerfileParseResult &parse);
    // Local image names ("python:3.13-slim") offered after FROM.
    void setImageNames(const QStringList &names) { m_imageNames = names; }
    QStringList imageNames() const { return m_imageNames; }

    // `prefix` is the instruction from its first line up to the cursor (see instructionPrefix());
    // `line` (0-based) is the cursor line, so only stages defined above it are offered.
    Result complete(QStringView prefix, int line) const;

    // Joins the physical lines of the instruction around (line, column) up to the cursor, dropping
    // the escape characters of continued lines and comment lines inside the instruction.
    static QString instructionPrefix(const std::function<QString(int)> &lineAt, int line, int column);

private:
    QStringList stagesBefore(int line) const;

    struct Stage
    {
        int line = 0; // 0-based line of the FROM
        QString name;
    };
    QList<Stage> m_stages;
    QStringList m_argNames;
    QStringList m_imageNames;
};

} // namespace Dockwright::Ui
