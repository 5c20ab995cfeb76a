// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointdialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

using Dockwright::Core::Endpoint;

namespace Dockwright::Ui {

namespace {
constexpr int ChoiceRole = Qt::UserRole;

QString describe(const Endpoint &endpoint)
{
    QString text = endpoint.contextName.isEmpty()
        ? endpoint.uri
        : EndpointDialog::tr("Docker context “%1”: %2").arg(endpoint.contextName, endpoint.uri);
    if (!endpoint.origin.isEmpty())
        text += QLatin1String("  (") + endpoint.origin + QLatin1Char(')');
    return text;
}
} // namespace

EndpointDialog::EndpointDialog(
    const QList<Endpoint> &candidates, const QString &currentChoice, QWidget *parent, const QStringList &absentSockets)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Container Engine"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Dockwright talks to a Docker-compatible engine through its API socket. "
                                "Pick one of the engines found on this computer, or type an address."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("endpointList"));
    auto *automatic = new QListWidgetItem(
        tr("Automatic: DOCKER_HOST, else the current docker context, else the default socket"), m_list);
    automatic->setData(ChoiceRole, QString());
    QListWidgetItem *selected = automatic;
    for (const Endpoint &endpoint : candidates) {
        auto *item = new QListWidgetItem(describe(endpoint), m_list);
        const QString value
            = endpoint.contextName.isEmpty() ? endpoint.uri : QLatin1String("context:") + endpoint.contextName;
        item->setData(ChoiceRole, value);
        if (endpoint.scheme == Endpoint::Scheme::Unix && absentSockets.contains(endpoint.socketPath))
            item->setToolTip(tr("No socket at %1 right now.").arg(endpoint.socketPath));
        else if (!endpoint.isSupported())
            item->setToolTip(tr("This kind of address is not supported yet."));
        if (value == currentChoice)
            selected = item;
    }
    layout->addWidget(m_list, 1);

    auto *addressLabel = new QLabel(tr("Or enter an &address (like DOCKER_HOST):"), this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("endpointAddress"));
    m_address->setPlaceholderText(tr("unix:///run/user/1000/docker.sock or tcp://host:2376"));
    m_address->setClearButtonEnabled(true);
    addressLabel->setBuddy(m_address);
    m_addressError = new QLabel(this);
    m_addressError->setObjectName(QStringLiteral("endpointAddressError"));
    m_addressError->setWordWrap(true);
    m_addressError->setVisible(false);
    // Error red, lightened on dark palettes so it stays readable on both.
    QPalette errorPalette = m_addressError->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::color(Theme::Tone::ErrorLabel, errorPalette));
    m_addressError->setPalette(errorPalette);
    layout->addWidget(addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_addressError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A stored address that is not among the candidates was typed by hand: show it in the field.
    if (selected == automatic && !currentChoice.isEmpty())
        m_address->setText(currentChoice);
    else
        m_list->setCurrentItem(selected);

    // Selection, not the current item: after typing, the current row is still "Automatic" (only its
    // selection was cleared), so picking it again changes no current item but does select it.
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EndpointDialog::onSelectionChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_address, &QLineEdit::textEdited, this, &EndpointDialog::onAddressEdited);
    onAddressEdited();
    resize(560, 380);
}

EndpointDialog::~EndpointDialog() = default;

QString EndpointDialog::choice() const
{
    // A picked row wins over the field: picking one empties the field, typing unselects the rows.
    const QList<QListWidgetItem *> picked = m_list->selectedItems();
    if (!picked.isEmpty())
        return picked.first()->data(ChoiceRole).toString();
    const QString typed = m_address->text().trimmed();
    return typed.isEmpty() ? QString() : Endpoint::fromUri(typed).uri;
}

void EndpointDialog::onSelectionChanged()
{
    if (m_list->selectedItems().isEmpty())
        return;
    m_address->clear();
    onAddressEdited();
}

void EndpointDialog::onAddressEdited()
{
    const QString typed = m_address->text().trimmed();
    QString error;
    if (!typed.isEmpty()) {
        m_list->clearSelection();
        const Endpoint endpoint = Endpoint::fromUri(typed, &error);
        if (endpoint.isValid() && !endpoint.isSupported())
            error = tr("Dockwright cannot talk to %1 addresses yet; use unix://, tcp:// or ssh://.")
                        .arg(typed.section(QLatin1String("://"), 0, 0));
    }
    m_addressError->setText(error);
    m_addressError->setVisible(!error.isEmpty());
    updateAcceptable();
}

void EndpointDialog::updateAcceptable()
{
    const QString typed = m_address->text().trimmed();
    const bool ok = typed.isEmpty() ? !m_list->selectedItems().isEmpty() : m_addressError->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Dockwright::Ui
