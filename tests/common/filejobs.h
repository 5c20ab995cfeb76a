// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dockwright::Ui {
class BuildPanel;
class EditorPage;
} // namespace Dockwright::Ui

// The editor and the Build panel read and write files as jobs; a test that needs the result waits
// for it here (the event loop runs meanwhile, as it would for a user). Each returns true when the job
// ended well, else false with the page's failure message in `error`.
namespace FileJobs {

inline constexpr int TimeoutMs = 10000;

bool open(Dockwright::Ui::EditorPage &page, const QString &path, QString *error = nullptr);
bool save(Dockwright::Ui::EditorPage &page, const QString &path, QString *error = nullptr);
bool newFromTemplate(Dockwright::Ui::EditorPage &page, const QString &templateId, const QString &dockerfilePath,
    QString *error = nullptr);
// True once the panel's form was rebuilt from `path`.
bool openDockerfile(Dockwright::Ui::BuildPanel &panel, const QString &path, const QString &contextDir = {});
// True once the pasted command filled the form (false at once when it was not a docker build command).
bool pasteCommand(Dockwright::Ui::BuildPanel &panel, const QString &commandLine);

} // namespace FileJobs
