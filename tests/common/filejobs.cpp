// SPDX-License-Identifier: GPL-3.0-or-later
#include "filejobs.h"

#include "ui/builder/buildpanel.h"
#include "ui/editor/editorpage.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dockwright::Ui;

namespace FileJobs {

namespace {
// Waits for `done` (or the page's fileFailed); start() begins the job after the spies are in place.
template<typename Signal, typename Start>
bool waitFor(EditorPage &page, Signal done, Start start, QString *error)
{
    QSignalSpy succeeded(&page, done);
    QSignalSpy failed(&page, &EditorPage::fileFailed);
    start();
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, TimeoutMs)) {
        if (error)
            *error = QStringLiteral("the file job did not finish in %1 ms").arg(TimeoutMs);
        return false;
    }
    if (!failed.isEmpty() && error)
        *error = failed.first().first().toString();
    return !succeeded.isEmpty();
}
} // namespace

bool open(EditorPage &page, const QString &path, QString *error)
{
    return waitFor(page, &EditorPage::fileOpened, [&] { page.openFile(path); }, error);
}

bool save(EditorPage &page, const QString &path, QString *error)
{
    return waitFor(page, &EditorPage::fileSaved, [&] { page.saveTo(path); }, error);
}

bool newFromTemplate(EditorPage &page, const QString &templateId, const QString &dockerfilePath, QString *error)
{
    return waitFor(page, &EditorPage::fileOpened, [&] { page.newFromTemplate(templateId, dockerfilePath); }, error);
}

bool openDockerfile(BuildPanel &panel, const QString &path, const QString &contextDir)
{
    QSignalSpy opened(&panel, &BuildPanel::dockerfileOpened);
    panel.openDockerfile(path, contextDir);
    return QTest::qWaitFor([&] { return !opened.isEmpty(); }, TimeoutMs);
}

bool pasteCommand(BuildPanel &panel, const QString &commandLine)
{
    QSignalSpy pasted(&panel, &BuildPanel::commandPasted);
    if (!panel.pasteCommand(commandLine))
        return false;
    return QTest::qWaitFor([&] { return !pasted.isEmpty(); }, TimeoutMs);
}

} // namespace FileJobs
