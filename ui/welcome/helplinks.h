// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Dockwright::Ui {

// Where Help points: the Markdown documents shipped with Dockwright (installed under
// share/doc/dockwright, else the checkout's docs/ folder) and the Docker references on the web.
class HelpLinks final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::HelpLinks)
public:
    struct Document
    {
        QString file; // relative to the docs folder, e.g. "gui.md"
        QString title;
    };

    // The documents Help ▸ Documentation lists, the window's own guide first.
    static QList<Document> documents();
    // The folder holding gui.md: next to the installed binary (../share/doc/dockwright), else the
    // source checkout the binary was built from; empty when neither has the documents.
    static QString documentsFolder(); // a look at the disk on the first call: from a job

    static QUrl engineApiReference() { return QUrl(QStringLiteral("https://docs.docker.com/reference/api/engine/")); }
    static QUrl dockerfileReference() { return QUrl(QStringLiteral("https://docs.docker.com/reference/dockerfile/")); }
};

} // namespace Dockwright::Ui
