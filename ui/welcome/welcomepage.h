// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QCommandLinkButton;
class QMenu;

namespace Dockwright::Ui {

// The first-launch page: what Dockwright is for and the path of the Python container guide through it
// (a project from a template, a folder or Dockerfile, an image to explore, a hardened run). Each entry
// says in one line what it does; the page only asks, the main window does the work.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    enum class Entry { NewProject, Open, ExploreImage, RunHardened };
    Q_ENUM(Entry)

    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // The starter Dockerfiles offered by "New project from a template" (the editor's own actions).
    void setTemplateActions(const QList<QAction *> &actions);
    QCommandLinkButton *entry(Entry entry) const;
    QCheckBox *showAtStartBox() const { return m_showAtStart; }

Q_SIGNALS:
    void openFolderRequested();
    void openDockerfileRequested();
    void exploreImageRequested();
    void runHardenedRequested();
    void documentationRequested();
    void shortcutsRequested();
    void showAtStartChanged(bool show);

private:
    QCommandLinkButton *addEntry(Entry entry, const QString &title, const QString &description);

    QList<QCommandLinkButton *> m_entries;
    QMenu *m_templateMenu = nullptr;
    QCheckBox *m_showAtStart = nullptr;
};

} // namespace Dockwright::Ui
