// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcheck.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QWidget>

namespace Dockwright::Test {

namespace {
// Anti-aliased frames and style margins may overlap a parent's edge by a pixel or two.
constexpr int Slack = 2;

QString visibleText(const QWidget *widget)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text().left(60);
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->placeholderText().left(60);
    return {};
}

QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}
} // namespace

QString describe(const QWidget *widget)
{
    QString name = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
    name += u' ' + QString::fromLatin1(widget->metaObject()->className());
    if (const QString text = visibleText(widget); !text.isEmpty())
        name += QStringLiteral(" \"%1\"").arg(text);
    return name;
}

QString layoutProblem(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("the control does not exist");
    if (!widget->isVisible())
        return describe(widget) + QStringLiteral(" is not visible");
    if (widget->width() <= 0 || widget->height() <= 0)
        return describe(widget) + QStringLiteral(" has no size");
    const QRect rect = inWindow(widget);
    const QWidget *window = widget->window();
    const QRect windowRect(QPoint(0, 0), window->size());
    for (const QWidget *ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        const QRect area = ancestor == window ? windowRect : inWindow(ancestor);
        const QRect seen = rect.intersected(area);
        if (seen.width() < rect.width() - Slack || seen.height() < rect.height() - Slack) {
            return QStringLiteral("%1 is clipped by %2: %3x%4 of %5x%6 px are visible")
                .arg(describe(widget), describe(ancestor))
                .arg(seen.width())
                .arg(seen.height())
                .arg(rect.width())
                .arg(rect.height());
        }
        if (ancestor == window)
            break;
    }
    const QSize minimum = widget->minimumSizeHint();
    if (minimum.isValid()
        && (widget->width() + Slack < minimum.width() || widget->height() + Slack < minimum.height())) {
        return QStringLiteral("%1 is squeezed to %2x%3 px, it needs %4x%5")
            .arg(describe(widget))
            .arg(widget->width())
            .arg(widget->height())
            .arg(minimum.width())
            .arg(minimum.height());
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        const int needed = button->fontMetrics().horizontalAdvance(button->text().remove(u'&'));
        if (!button->text().isEmpty() && button->width() < needed)
            return QStringLiteral("%1 is %2 px wide, its text needs %3")
                .arg(describe(widget))
                .arg(button->width())
                .arg(needed);
    }
    return {};
}

QString columnProblem(const QTreeView *view, int column, int rows, int minimum, int enough)
{
    if (QString problem = layoutProblem(view); !problem.isEmpty())
        return problem;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return describe(view) + QStringLiteral(" has no model");
    const QHeaderView *header = view->header();
    if (header->isSectionHidden(column))
        return QStringLiteral("column %1 of %2 is hidden").arg(column).arg(describe(view));
    int needed = minimum;
    QModelIndex parent;
    const int count = std::min(rows, model->rowCount(parent));
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model->index(row, column, parent);
        needed = std::max(needed, view->sizeHintForIndex(index).width());
    }
    // A long name may be elided: `enough` shows the part that tells rows apart.
    needed = std::max(minimum, std::min(needed, enough));
    const int width = header->sectionSize(column);
    const QString title = model->headerData(column, Qt::Horizontal).toString();
    if (width + Slack < needed)
        return QStringLiteral("column \"%1\" of %2 is %3 px wide, its content needs %4")
            .arg(title, describe(view))
            .arg(width)
            .arg(needed);
    const int left = header->sectionViewportPosition(column);
    if (left < 0 || left + std::min(width, needed) > view->viewport()->width() + Slack)
        return QStringLiteral("column \"%1\" of %2 is scrolled out of the viewport").arg(title, describe(view));
    return {};
}

} // namespace Dockwright::Test
