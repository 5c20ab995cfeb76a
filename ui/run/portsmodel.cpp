// SPDX-License-Identifier: GPL-3.0-or-later
#include "portsmodel.h"

#include <QHostAddress>

namespace Dockwright::Ui {

PortsModel::PortsModel(QObject *parent)
    : RowListModel(parent)
{ }

PortsModel::~PortsModel() = default;

int PortsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PortsModel::isPortOrRange(const QString &text, bool allowEmpty)
{
    if (text.isEmpty())
        return allowEmpty;
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2)
        return false;
    int previous = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const int port = part.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || port < previous)
            return false;
        previous = port;
    }
    return true;
}

QVariant PortsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::RunProfile::Port &port = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case HostIpColumn:
            return port.hostIp;
        case HostPortColumn:
            return port.hostPort;
        case ContainerPortColumn:
            return port.containerPort;
        case ProtocolColumn:
            return port.protocol;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HostIpColumn:
            return tr("The host address to listen on; empty means every interface. 127.0.0.1 keeps the port private "
                      "to this computer.");
        case HostPortColumn:
            return tr("The port on this computer; empty lets the engine pick a free one.");
        case ContainerPortColumn:
            return tr("The port the application listens on inside the container.");
        case ProtocolColumn:
            return tr("tcp, udp or sctp");
        }
    }
    return {};
}

bool PortsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Core::RunProfile::Port port = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case HostIpColumn: {
        QString address = text;
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
            address = address.mid(1, address.size() - 2);
        if (!address.isEmpty() && QHostAddress(address).isNull())
            return false;
        port.hostIp = address;
        break;
    }
    case HostPortColumn:
        if (!isPortOrRange(text, true))
            return false;
        port.hostPort = text;
        break;
    case ContainerPortColumn:
        if (!isPortOrRange(text, false))
            return false;
        port.containerPort = text;
        break;
    case ProtocolColumn: {
        const QString protocol = text.toLower();
        if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp") && protocol != QLatin1String("sctp"))
            return false;
        port.protocol = protocol;
        break;
    }
    default:
        return false;
    }
    updateRow(index.row(), port);
    return true;
}

QVariant PortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Two-line titles: the form column is about 80 px per column at 1024 px, where "Container port"
    // on one line was cut to "Container-Por". The tooltip says what the column means, in -p terms.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case HostIpColumn:
            return tr("Host\naddress");
        case HostPortColumn:
            return tr("Host\nport");
        case ContainerPortColumn:
            return tr("Container\nport");
        case ProtocolColumn:
            return tr("Protocol");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case HostIpColumn:
            return tr("The address on this computer to listen on (-p ADDRESS:HOST:CONTAINER). Empty: every "
                      "address; 127.0.0.1: only this computer can connect.");
        case HostPortColumn:
            return tr("The port on this computer that forwards to the container (-p HOST:CONTAINER). Empty: the "
                      "engine picks a free one.");
        case ContainerPortColumn:
            return tr("The port the program listens on inside the container (-p HOST:CONTAINER).");
        case ProtocolColumn:
            return tr("tcp, udp or sctp (-p HOST:CONTAINER/udp).");
        }
    }
    return {};
}

} // namespace Dockwright::Ui
