// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace Dockwright::Ui {

// The questions ImageActions and ContainerActions put to the user before destructive or naming
// steps. Tests replace them (setConfirm/setAskText) to answer without a modal dialog.
class ResourcePrompts final
{
public:
    struct Question
    {
        QString title; // "Remove Containers"
        QString text; // "Remove 2 containers?"
        QString details; // what exactly happens, which names
        QString acceptText; // the button that does it: "Remove"
    };
    using Confirm = std::function<bool(const Question &question)>;
    // Returns the text entered, or nothing when cancelled.
    using AskText
        = std::function<std::optional<QString>(const QString &title, const QString &label, const QString &initial)>;

    // A QMessageBox over parent with the accept button and Cancel (the default).
    static bool confirm(QWidget *parent, const Question &question);
    // A QInputDialog over parent.
    static std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial);
};

} // namespace Dockwright::Ui
