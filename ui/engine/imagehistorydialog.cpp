// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagehistorydialog.h"

#include "imagehistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dockwright::Ui {

ImageHistoryDialog::ImageHistoryDialog(
    const QString &image, const QList<Core::ImageHistoryEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(image));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The build steps of %1, newest first. Each step that changed files added a layer "
                                "of the size shown.")
                                 .arg(image),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_model = new ImageHistoryModel(this);
    m_model->setEntries(entries);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("history"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    for (int column = 0; column < ImageHistoryModel::ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
    // The instruction is what people read; long RUN lines elide rather than push Size out of sight.
    const int widest = fontMetrics().averageCharWidth() * 70;
    if (m_view->columnWidth(ImageHistoryModel::CreatedByColumn) > widest)
        m_view->setColumnWidth(ImageHistoryModel::CreatedByColumn, widest);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 24);
}

ImageHistoryDialog::~ImageHistoryDialog() = default;

} // namespace Dockwright::Ui
