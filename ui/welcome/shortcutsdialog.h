// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QMenuBar;
class QStandardItemModel;
class QTreeView;

namespace Dockwright::Ui {

// Help ▸ Keyboard Shortcuts: every menu command that has a key, grouped by menu, read from the menus
// themselves so the list cannot fall behind them, plus the keys that belong to no menu.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Section
    {
        QString title;
        QList<QAction *> actions;
    };

    ShortcutsDialog(const QList<Section> &sections, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QStandardItemModel *model() const { return m_model; }

    // One section per menu of the bar (submenus included), in menu order; menus without keys are left out.
    static QList<Section> sectionsFromMenuBar(const QMenuBar *menuBar);
    // Fills model with two columns (command, keys): a row per section, its commands as children.
    static void fill(QStandardItemModel *model, const QList<Section> &sections);

private:
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Dockwright::Ui
