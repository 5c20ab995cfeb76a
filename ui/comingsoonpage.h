// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace Dockwright::Ui {

// Stands in for a work area that is not built yet: says what will be there and how to do the same
// job today, so a learner never lands on a blank page.
class ComingSoonPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingSoonPage)
public:
    // steps: a short how-to, one item per step (rich text allowed, e.g. <code>).
    ComingSoonPage(const QString &title, const QString &purpose, const QStringList &steps, QWidget *parent = nullptr);
    ~ComingSoonPage() override;
};

} // namespace Dockwright::Ui
