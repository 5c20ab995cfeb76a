// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Dockwright::Ui {

// The docker run command of the form, one flag per line with "\" continuations (never wrapped inside
// a token; long lines scroll sideways), with Copy and Paste. Without an image there is no command:
// the view says what to do instead of showing `docker run ''`.
class RunCommandView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommandView)
public:
    explicit RunCommandView(QWidget *parent = nullptr);
    ~RunCommandView() override;

    // The command to show; an empty string shows the empty state and disables Copy.
    void setCommand(const QString &command);
    QString command() const;
    // Rich text beside the buttons: what a paste did, or "Copied."
    void setMessage(const QString &html);
    QString message() const;

Q_SIGNALS:
    void pasteRequested(const QString &commandLine);

private:
    void askPaste();

    QPlainTextEdit *m_view = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Dockwright::Ui
