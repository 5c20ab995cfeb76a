// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace Dockwright::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Dockwright"));
}

MainWindow::~MainWindow() = default;

} // namespace Dockwright::Ui
