// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerfilesourcebar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace Dockwright::Ui {

DockerfileSourceBar::DockerfileSourceBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("dockerfileSource"));
    // The look of the editor's InfoBanner: a question that does not interrupt.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    // One row: the question, the two answers and Save, so the bar costs the form one line.
    auto *choices = new QHBoxLayout(this);
    choices->setContentsMargins(8, 2, 8, 2);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    choices->addWidget(m_label, 1);
    m_editor = new QRadioButton(tr("Build the editor text"), this);
    m_editor->setObjectName(QStringLiteral("buildEditorText"));
    m_editor->setToolTip(tr("Send the Dockerfile as the editor shows it, unsaved changes included "
                            "(as docker build -f - does)"));
    m_disk = new QRadioButton(tr("Build the file on disk"), this);
    m_disk->setObjectName(QStringLiteral("buildDiskFile"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveDockerfile"));
    m_save->setToolTip(tr("Save the editor text to the file, then both are the same"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_editor);
    group->addButton(m_disk);
    m_editor->setChecked(true);
    choices->addWidget(m_editor);
    choices->addWidget(m_disk);
    choices->addWidget(m_save);
    connect(m_editor, &QRadioButton::toggled, this, &DockerfileSourceBar::sourceChanged);
    connect(m_save, &QPushButton::clicked, this, &DockerfileSourceBar::saveRequested);
    hide();
}

DockerfileSourceBar::~DockerfileSourceBar() = default;

void DockerfileSourceBar::setDiffers(const QString &fileName, bool differs)
{
    m_label->setText(tr("The editor has unsaved changes to %1.").arg(fileName));
    setVisible(differs);
}

bool DockerfileSourceBar::buildsEditorText() const
{
    return m_editor->isChecked();
}

void DockerfileSourceBar::setBuildsEditorText(bool editor)
{
    (editor ? m_editor : m_disk)->setChecked(true);
}

} // namespace Dockwright::Ui
