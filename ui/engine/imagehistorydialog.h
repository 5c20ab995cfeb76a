// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/resources.h"

#include <QDialog>

class QTreeView;

namespace Dockwright::Ui {

class ImageHistoryModel;

// docker history IMAGE in a window: how the image was built, step by step, with each step's size.
class ImageHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageHistoryDialog)
public:
    ImageHistoryDialog(const QString &image, const QList<Core::ImageHistoryEntry> &entries, QWidget *parent = nullptr);
    ~ImageHistoryDialog() override;

    ImageHistoryModel *model() const { return m_model; }

private:
    ImageHistoryModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Dockwright::Ui
