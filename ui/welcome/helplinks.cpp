// SPDX-License-Identifier: GPL-3.0-or-later
#include "helplinks.h"

#include <QDir>
#include <QFileInfo>

namespace Dockwright::Ui {

QList<HelpLinks::Document> HelpLinks::documents()
{
    return {
        {QStringLiteral("gui.md"), tr("The Dockwright Window")},
        {QStringLiteral("editor.md"), tr("The Dockerfile Editor")},
        {QStringLiteral("lint-rules.md"), tr("Lint Rules")},
        {QStringLiteral("build-panel.md"), tr("Building Images")},
        {QStringLiteral("layers.md"), tr("Exploring Layers")},
        {QStringLiteral("run-panel.md"), tr("Running Containers")},
        {QStringLiteral("hardening.md"), tr("Runtime Hardening")},
        {QStringLiteral("engines.md"), tr("Supported Engines")},
        {QStringLiteral("cli/README.md"), tr("The Command Line (dockwright-cli)")},
    };
}

QString HelpLinks::documentsFolder()
{
    // One stat per candidate, once: the answer cannot change while the application runs.
    static const QString folder = [] {
        const QStringList candidates {
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/dockwright"),
            QStringLiteral(DOCKWRIGHT_SOURCE_DOCS_DIR),
        };
        for (const QString &candidate : candidates) {
            if (QFileInfo::exists(candidate + QStringLiteral("/gui.md")))
                return QDir::cleanPath(QDir(candidate).absolutePath());
        }
        return QString();
    }();
    return folder;
}

} // namespace Dockwright::Ui
