// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleexplanation.h"

#include "core/dockerfile/lintrulecatalog.h"
#include "problemsmodel.h"

namespace Dockwright::Ui {

QString RuleExplanation::toolTip(const Core::LintDiagnostic &diagnostic)
{
    QString html = QStringLiteral("<p><b>%1:</b> %2 <i>(%3)</i></p>")
                       .arg(ProblemsModel::severityText(diagnostic.severity), diagnostic.message.toHtmlEscaped(),
                           diagnostic.ruleId.toHtmlEscaped());
    const Core::LintRule *rule = Core::LintRuleCatalog::find(diagnostic.ruleId);
    if (!rule)
        return html;
    const auto paragraph = [&html](const QString &label, const QString &text) {
        if (!text.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(label, text.toHtmlEscaped());
    };
    paragraph(tr("What:"), rule->what);
    paragraph(tr("Why:"), rule->why);
    paragraph(tr("How to fix:"), rule->fix);
    if (!rule->after.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("For example:"), rule->after.trimmed().toHtmlEscaped());
    return html;
}

} // namespace Dockwright::Ui
