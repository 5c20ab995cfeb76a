// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dockwright::Ui {

namespace {
QString plainText(const QAction *action)
{
    // "&Build Image" -> "Build Image"; "&&" stays a literal ampersand.
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void collect(const QMenu *menu, QList<QAction *> *actions)
{
    const QList<QAction *> entries = menu->actions();
    for (QAction *action : entries) {
        if (action->menu())
            collect(action->menu(), actions);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            actions->append(action);
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Section> &sections, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tab and Shift+Tab move between fields; Space or Enter presses the focused "
                                "button. Underlined letters in menus and labels work with Alt."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new QStandardItemModel(this);
    fill(m_model, sections);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Section> ShortcutsDialog::sectionsFromMenuBar(const QMenuBar *menuBar)
{
    QList<Section> sections;
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        Section section {plainText(menuAction), {}};
        collect(menuAction->menu(), &section.actions);
        if (!section.actions.isEmpty())
            sections.append(section);
    }
    return sections;
}

void ShortcutsDialog::fill(QStandardItemModel *model, const QList<Section> &sections)
{
    model->clear();
    model->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    for (const Section &section : sections) {
        auto *heading = new QStandardItem(section.title);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const QAction *action : section.actions) {
            QStringList keys;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &shortcut : shortcuts)
                keys += shortcut.toString(QKeySequence::NativeText);
            auto *name = new QStandardItem(action->icon(), plainText(action));
            name->setToolTip(action->toolTip());
            heading->appendRow({name, new QStandardItem(keys.join(QLatin1String(", ")))});
        }
        model->appendRow({heading, new QStandardItem});
    }
}

} // namespace Dockwright::Ui
