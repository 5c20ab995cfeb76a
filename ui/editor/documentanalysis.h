// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilesyntax.h"
#include "core/dockerfile/lintrule.h"

#include <QList>
#include <QMetaType>

namespace Dockwright::Ui {

// Everything the editor learns from one background pass over its text: the parse (outline, stage
// and ARG names for completion) and the diagnostics (squiggles, Problems view).
struct DocumentAnalysis
{
    quint64 jobId = 0; // which request produced it; older results are dropped
    Core::DockerfileParseResult parse;
    QList<Core::LintDiagnostic> diagnostics; // sorted by position
};

} // namespace Dockwright::Ui

Q_DECLARE_METATYPE(Dockwright::Ui::DocumentAnalysis)
