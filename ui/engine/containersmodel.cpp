// SPDX-License-Identifier: GPL-3.0-or-later
#include "containersmodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using Dockwright::Core::ContainerSummary;

namespace Dockwright::Ui {

namespace {

// Running first, then what may come back soon, then what has ended.
int stateRank(const QString &state)
{
    static const QStringList order{QStringLiteral("running"), QStringLiteral("restarting"), QStringLiteral("paused"),
                                   QStringLiteral("created"), QStringLiteral("removing"),   QStringLiteral("exited"),
                                   QStringLiteral("dead")};
    const qsizetype rank = order.indexOf(state);
    return rank < 0 ? int(order.size()) : int(rank);
}

// A state hue whose lightness follows the palette, so the marker stays visible on light and dark bases.
QColor stateColor(const QString &state)
{
    int hue = -1; // grey for ended containers
    if (state == QLatin1String("running"))
        hue = 130;
    else if (state == QLatin1String("paused") || state == QLatin1String("restarting") || state == QLatin1String("created"))
        hue = 40;
    else if (state == QLatin1String("dead") || state == QLatin1String("removing"))
        hue = 0;
    const bool darkBase = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, hue < 0 ? 0 : 170, darkBase ? 150 : 95);
}

// A round marker in the state colour.
QIcon makeStateIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool samePorts(const QList<Core::PortMapping> &a, const QList<Core::PortMapping> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).toString() != b.at(i).toString())
            return false;
    }
    return true;
}

} // namespace

ContainersModel::ContainersModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

ContainersModel::~ContainersModel() = default;

void ContainersModel::setContainers(const QList<ContainerSummary> &containers)
{
    syncRows(containers);
}

int ContainersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContainersModel::stateText(const QString &state)
{
    if (state == QLatin1String("created"))
        return tr("Created");
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("paused"))
        return tr("Paused");
    if (state == QLatin1String("restarting"))
        return tr("Restarting");
    if (state == QLatin1String("removing"))
        return tr("Removing");
    if (state == QLatin1String("exited"))
        return tr("Exited");
    if (state == QLatin1String("dead"))
        return tr("Dead");
    return state;
}

QVariant ContainersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContainerSummary &container = m_rows.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return container.name;
        case ImageColumn:
            return container.image;
        case StateColumn:
            return stateText(container.state);
        case StatusColumn:
            return container.status;
        case PortsColumn:
            return container.portsText();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return container.name.toLower();
        case ImageColumn:
            return container.image.toLower();
        case StateColumn:
            return stateRank(container.state);
        case StatusColumn:
            return container.created.toMSecsSinceEpoch();
        case PortsColumn:
            return container.portsText();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return tr("ID: %1").arg(container.id);
        case ImageColumn:
            return container.imageId.isEmpty() ? container.image : container.image + QLatin1Char('\n') + container.imageId;
        case StatusColumn:
            return container.command.isEmpty() ? QString() : tr("Command: %1").arg(container.command);
        case PortsColumn:
            return tr("Host address:port → container port/protocol");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            // Cached per colour: there are only a handful, and views ask on every paint.
            const QColor color = stateColor(container.state);
            auto it = m_stateIcons.constFind(color.rgb());
            if (it == m_stateIcons.constEnd())
                it = m_stateIcons.insert(color.rgb(), makeStateIcon(color));
            return *it;
        }
        break;
    case StateColorRole:
        return stateColor(container.state);
    case IdRole:
        return container.id;
    case FilterRole:
        return QStringList{container.name, container.image, container.state, stateText(container.state),
                           container.id, container.portsText()}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case ImageColumn:
            return tr("Image");
        case StateColumn:
            return tr("State");
        case StatusColumn:
            return tr("Status");
        case PortsColumn:
            return tr("Ports");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The container's name; the engine invents one when none is given.");
        case ImageColumn:
            return tr("The image the container was created from.");
        case StateColumn:
            return tr("Running, paused, exited, ...: what the container's main process is doing.");
        case StatusColumn:
            return tr("The engine's summary: how long it has been up, or its exit code and when it stopped.");
        case PortsColumn:
            return tr("Ports published on the host, as host address:port → container port.");
        }
    }
    return {};
}

bool ContainersModel::sameContent(const ContainerSummary &a, const ContainerSummary &b) const
{
    return a.id == b.id && a.name == b.name && a.image == b.image && a.imageId == b.imageId
        && a.command == b.command && a.state == b.state && a.status == b.status && a.created == b.created
        && samePorts(a.ports, b.ports);
}

} // namespace Dockwright::Ui
