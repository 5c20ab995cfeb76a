// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommandview.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dockwright::Ui {

RunCommandView::RunCommandView(QWidget *parent)
    : QGroupBox(tr("docker run equivalent"), parent)
{
    setObjectName(QStringLiteral("runCommandView"));
    auto *layout = new QVBoxLayout(this);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("commandView"));
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The command already breaks at each flag (" \" continuations, as docker's docs print it); a line
    // wider than the view scrolls instead of breaking inside a flag or a path.
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setPlaceholderText(tr("No image chosen yet.\nThe command appears here."));
    m_view->setMinimumHeight(QFontMetrics(m_view->font()).lineSpacing() * 4);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(command());
        setMessage(tr("Copied."));
    });
    auto *paste = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("Paste docker run…"), this);
    paste->setObjectName(QStringLiteral("pasteButton"));
    paste->setToolTip(tr("Read a docker run command into the form."));
    connect(paste, &QPushButton::clicked, this, &RunCommandView::askPaste);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pasteMessage"));
    m_message->setWordWrap(true);
    buttons->addWidget(m_copy);
    buttons->addWidget(paste);
    buttons->addStretch();
    layout->addLayout(buttons);
    // What a paste found (or "Copied.") reads below the buttons, over the view's full width: beside
    // them it would make the view too wide for the side-by-side Run page at 1024 px.
    layout->addWidget(m_message);
    setCommand({});
}

RunCommandView::~RunCommandView() = default;

void RunCommandView::setCommand(const QString &command)
{
    if (m_view->toPlainText() != command)
        m_view->setPlainText(command);
    m_copy->setEnabled(!command.isEmpty());
}

QString RunCommandView::command() const
{
    return m_view->toPlainText();
}

void RunCommandView::setMessage(const QString &html)
{
    m_message->setText(html);
}

QString RunCommandView::message() const
{
    return m_message->text();
}

void RunCommandView::askPaste()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Paste docker run"),
        tr("A docker run command (continuation lines are fine):"), QGuiApplication::clipboard()->text(), &ok);
    if (ok && !text.trimmed().isEmpty())
        Q_EMIT pasteRequested(text);
}

} // namespace Dockwright::Ui
