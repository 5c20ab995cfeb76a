// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Dockwright::Ui {

// A non-modal message strip above the editor with a few buttons ("Restore", "Reload", ...), for
// questions that should not interrupt typing. A button runs its callback and closes the strip.
class InfoBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoBanner)
public:
    struct Choice
    {
        QString label;
        std::function<void()> run;
    };

    explicit InfoBanner(QWidget *parent = nullptr);
    ~InfoBanner() override;

    // `key` names the question, so callers can ask which one is open.
    void ask(const QString &key, const QString &text, const QList<Choice> &choices);
    void dismiss();
    QString currentKey() const { return m_key; }
    QString text() const;
    // Runs the choice with this (untranslated position) index, as a click would; false if none.
    bool choose(int index);

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    QList<Choice> m_choices;
    QString m_key;
};

} // namespace Dockwright::Ui
