// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonDocument>

class QPlainTextEdit;

namespace Dockwright::Ui {

// What docker inspect prints, read-only: the engine's JSON indented, in a fixed-width font, with Copy.
class JsonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDialog)
public:
    JsonDialog(const QString &title, const QJsonDocument &json, QWidget *parent = nullptr);
    ~JsonDialog() override;

    QString text() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Dockwright::Ui
