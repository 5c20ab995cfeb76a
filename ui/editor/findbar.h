// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;
class QToolButton;

namespace Dockwright::Ui {

// A small find/replace strip under the editor (Ctrl+F, Ctrl+H, F3). Searches wrap around; replace-all
// is one undo step.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    // Shows the bar (with the replace row when `replace`), seeded with the selected text.
    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    void replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    void setCaseSensitive(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(bool replace);
    bool find(bool forward);
    void setStatus(const QString &text);

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
};

} // namespace Dockwright::Ui
