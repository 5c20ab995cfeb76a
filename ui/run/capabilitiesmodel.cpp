// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitiesmodel.h"

#include "core/run/runprofile.h"

namespace Dockwright::Ui {

CapabilitiesModel::CapabilitiesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_caps = {
        {QStringLiteral("NET_BIND_SERVICE"), tr("Listen on ports below 1024 (80, 443) as a non-root user.")},
        {QStringLiteral("CHOWN"), tr("Change the owner of any file.")},
        {QStringLiteral("DAC_OVERRIDE"), tr("Read and write files regardless of their permissions.")},
        {QStringLiteral("FOWNER"), tr("Change permissions of files the process does not own.")},
        {QStringLiteral("SETUID"), tr("Switch to another user id (needed by su, gosu and servers that drop root).")},
        {QStringLiteral("SETGID"), tr("Switch to another group id.")},
        {QStringLiteral("KILL"), tr("Send signals to processes of other users.")},
        {QStringLiteral("NET_RAW"), tr("Raw sockets: ping, but also packet spoofing on the bridge network.")},
        {QStringLiteral("NET_ADMIN"), tr("Configure interfaces, routes and firewall rules (VPN clients).")},
        {QStringLiteral("SYS_PTRACE"), tr("Trace and debug other processes; lets them be read and altered.")},
        {QStringLiteral("SYS_ADMIN"), tr("Mount filesystems and much more: close to full root. Avoid.")},
    };
}

CapabilitiesModel::~CapabilitiesModel() = default;

void CapabilitiesModel::setChecked(const QStringList &capabilities)
{
    QStringList wanted;
    for (const QString &cap : capabilities)
        wanted << Core::RunProfile::normalizedCapability(cap);
    for (int row = 0; row < m_caps.size(); ++row) {
        const bool on = wanted.contains(m_caps.at(row).name);
        if (m_caps.at(row).checked != on) {
            m_caps[row].checked = on;
            Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
        }
    }
    for (const QString &cap : std::as_const(wanted)) {
        const bool known
            = std::any_of(m_caps.cbegin(), m_caps.cend(), [&cap](const Capability &c) { return c.name == cap; });
        if (known)
            continue;
        const int row = int(m_caps.size());
        beginInsertRows({}, row, row);
        m_caps.append({cap, tr("Named by the command; see capabilities(7)."), true});
        endInsertRows();
    }
}

QStringList CapabilitiesModel::checked() const
{
    QStringList names;
    for (const Capability &cap : m_caps) {
        if (cap.checked)
            names << cap.name;
    }
    return names;
}

int CapabilitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_caps.size());
}

QVariant CapabilitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Capability &cap = m_caps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return cap.name;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return cap.description;
    case Qt::CheckStateRole:
        return cap.checked ? Qt::Checked : Qt::Unchecked;
    }
    return {};
}

bool CapabilitiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_caps.at(index.row()).checked == on)
        return true;
    m_caps[index.row()].checked = on;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags CapabilitiesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace Dockwright::Ui
