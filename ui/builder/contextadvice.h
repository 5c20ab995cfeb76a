// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/context/contextpreview.h"

#include <QCoreApplication>
#include <QString>

namespace Dockwright::Ui {

// Puts a ContextPreview in plain words: how big the context is, what takes the room, and what to add
// to .dockerignore ("Your context is 812 MB; 790 MB of it is .venv/ — add it to .dockerignore").
class ContextAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::ContextAdvice)
public:
    // The one-sentence headline.
    static QString headline(const Core::ContextPreview &preview);
    // The missing COPY/ADD sources (the linter's CopySourceMissing, same words), then the headline,
    // largest folders and files, and what .dockerignore excluded, as simple HTML.
    static QString html(const Core::ContextPreview &preview);
    // Just the missing-sources note; empty when every source is there.
    static QString missingSourcesHtml(const Core::ContextPreview &preview);
    // Folders whose name says they are build output or local state (.venv, node_modules, .git, ...).
    static bool isUsuallyIgnored(const QString &folderPath);
};

} // namespace Dockwright::Ui
