// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/lintrule.h"

#include <QCoreApplication>

namespace Dockwright::Ui {

// Turns a diagnostic and its rule's explanation (what, why, how to fix) into tooltip rich text.
class RuleExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::RuleExplanation)
public:
    static QString toolTip(const Core::LintDiagnostic &diagnostic);
};

} // namespace Dockwright::Ui
