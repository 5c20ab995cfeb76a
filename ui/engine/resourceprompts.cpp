// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceprompts.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Dockwright::Ui {

bool ResourcePrompts::confirm(QWidget *parent, const Question &question)
{
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::Cancel, parent);
    box.setInformativeText(question.details);
    QPushButton *accept = box.addButton(question.acceptText, QMessageBox::DestructiveRole);
    // Enter must not destroy by accident: Cancel is the default.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> ResourcePrompts::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace Dockwright::Ui
