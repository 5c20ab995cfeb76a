// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QRadioButton;

namespace Dockwright::Ui {

// The question a build asks while the editor holds unsaved changes to the Dockerfile: build the text
// the editor shows (the default: what the user sees) or the file on disk, or save first. Shown above
// the build form, so the choice is in sight before and during Build.
class DockerfileSourceBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerfileSourceBar)
public:
    explicit DockerfileSourceBar(QWidget *parent = nullptr);
    ~DockerfileSourceBar() override;

    // fileName: the Dockerfile's name in the sentence; hidden when the editor and the disk agree.
    void setDiffers(const QString &fileName, bool differs);
    bool buildsEditorText() const;
    void setBuildsEditorText(bool editor);

Q_SIGNALS:
    void sourceChanged(bool editorText);
    void saveRequested();

private:
    QLabel *m_label = nullptr;
    QRadioButton *m_editor = nullptr;
    QRadioButton *m_disk = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Dockwright::Ui
