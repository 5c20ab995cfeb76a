// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Dockwright::Ui {

// "Connect to…": picks the engine endpoint. Offers automatic resolution (DOCKER_HOST, then the docker
// context, then the default socket), every candidate the resolver found (contexts, rootless Docker,
// Podman) and a free-form DOCKER_HOST-style address that is validated as it is typed.
class EndpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDialog)
public:
    // currentChoice: the stored choice ("" automatic, a URI or "context:<name>"). absentSockets: the
    // candidates' socket files that do not exist right now (the caller looks, off the GUI thread).
    EndpointDialog(const QList<Core::Endpoint> &candidates, const QString &currentChoice, QWidget *parent = nullptr,
        const QStringList &absentSockets = {});
    ~EndpointDialog() override;

    // The choice to store: "" for automatic, "context:<name>" or a DOCKER_HOST-style URI.
    QString choice() const;

private:
    void onSelectionChanged();
    void onAddressEdited();
    void updateAcceptable();

    QListWidget *m_list = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Dockwright::Ui
