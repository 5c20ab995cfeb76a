// SPDX-License-Identifier: GPL-3.0-or-later
#include "containersmodel.h"

#include "core/common/timetext.h"
#include "ui/theme.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

using Dockwright::Core::ContainerState;
using Dockwright::Core::ContainerSummary;

namespace Dockwright::Ui {

namespace {

// Running first, then what may come back soon, then what has ended.
int stateRank(ContainerState state)
{
    switch (state) {
    case ContainerState::Running:
        return 0;
    case ContainerState::Restarting:
        return 1;
    case ContainerState::Paused:
        return 2;
    case ContainerState::Created:
        return 3;
    case ContainerState::Removing:
        return 4;
    case ContainerState::Exited:
        return 5;
    case ContainerState::Dead:
        return 6;
    case ContainerState::Removed:
    case ContainerState::Unknown:
        break;
    }
    return 7;
}

// A state marker colour: the hue says what, the lightness follows the palette (Theme).
QColor stateColor(ContainerState state)
{
    switch (state) {
    case ContainerState::Running:
        return Theme::color(Theme::Tone::MarkerGood);
    case ContainerState::Paused:
    case ContainerState::Restarting:
    case ContainerState::Created:
        return Theme::color(Theme::Tone::MarkerPending);
    case ContainerState::Dead:
    case ContainerState::Removing:
        return Theme::color(Theme::Tone::MarkerBad);
    case ContainerState::Exited:
    case ContainerState::Removed:
    case ContainerState::Unknown:
        break;
    }
    return Theme::color(Theme::Tone::MarkerIdle); // grey for ended containers
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
{ }

ContainersModel::~ContainersModel() = default;

void ContainersModel::setContainers(const QList<ContainerSummary> &containers)
{
    syncRows(containers);
    for (auto it = m_shownStatus.begin(); it != m_shownStatus.end();)
        it = rowOfId(it.key()) < 0 ? m_shownStatus.erase(it) : std::next(it);
}

void ContainersModel::setDetail(const QString &id, const Core::ContainerStateDetail &detail)
{
    const int row = rowOfId(id);
    if (row < 0 || m_rows.at(row).detail == detail)
        return;
    m_rows[row].detail = detail;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void ContainersModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    refreshTimes();
}

QDateTime ContainersModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void ContainersModel::refreshTimes()
{
    const QDateTime at = now();
    // Announce contiguous runs of rows whose text moved on, so a view repaints only those.
    int first = -1;
    for (int row = 0; row <= int(m_rows.size()); ++row) {
        bool changed = false;
        if (row < int(m_rows.size())) {
            const ContainerSummary &c = m_rows.at(row);
            if (c.detail) {
                const QString text = statusText(c, at);
                const auto shown = m_shownStatus.find(c.id);
                changed = shown == m_shownStatus.end() || *shown != text;
                m_shownStatus.insert(c.id, text);
            }
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(first, StatusColumn), index(row - 1, StatusColumn), {Qt::DisplayRole});
            first = -1;
        }
    }
}

QString ContainersModel::statusText(const ContainerSummary &container, const QDateTime &now)
{
    if (!container.detail)
        return container.status;
    // The same decisions as the engine's State.String() (moby container/state.go), with our clock.
    const Core::ContainerStateDetail &d = *container.detail;
    const auto since
        = [&now](const QDateTime &then) { return Core::TimeText::duration(then.isValid() ? then.secsTo(now) : 0); };
    if (d.running) {
        if (d.paused)
            return tr("Up %1 (Paused)").arg(since(d.startedAt));
        if (d.restarting)
            return tr("Restarting (%1) %2 ago").arg(d.exitCode).arg(since(d.finishedAt));
        if (d.health == QLatin1String("starting"))
            return tr("Up %1 (health: starting)").arg(since(d.startedAt));
        if (d.health == QLatin1String("healthy"))
            return tr("Up %1 (healthy)").arg(since(d.startedAt));
        if (d.health == QLatin1String("unhealthy"))
            return tr("Up %1 (unhealthy)").arg(since(d.startedAt));
        if (!d.health.isEmpty())
            return tr("Up %1 (%2)").arg(since(d.startedAt), d.health);
        return tr("Up %1").arg(since(d.startedAt));
    }
    if (d.removing)
        return tr("Removal In Progress");
    if (d.dead)
        return tr("Dead");
    if (!d.startedAt.isValid())
        return tr("Created");
    if (!d.finishedAt.isValid())
        return {};
    return tr("Exited (%1) %2 ago").arg(d.exitCode).arg(since(d.finishedAt));
}

int ContainersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContainersModel::stateText(ContainerState state, const QString &asSpelled)
{
    switch (state) {
    case ContainerState::Created:
        return tr("Created");
    case ContainerState::Running:
        return tr("Running");
    case ContainerState::Paused:
        return tr("Paused");
    case ContainerState::Restarting:
        return tr("Restarting");
    case ContainerState::Removing:
        return tr("Removing");
    case ContainerState::Exited:
        return tr("Exited");
    case ContainerState::Dead:
        return tr("Dead");
    case ContainerState::Removed:
    case ContainerState::Unknown:
        break;
    }
    return asSpelled;
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
            return container.shownImage();
        case StateColumn:
            return stateText(container.stateValue(), container.state);
        case StatusColumn: {
            const QString text = statusText(container, now());
            m_shownStatus.insert(container.id, text);
            return text;
        }
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
            return stateRank(container.stateValue());
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
            return container.imageId.isEmpty() ? container.image
                                               : container.image + QLatin1Char('\n') + container.imageId;
        case StatusColumn: {
            QStringList lines;
            if (container.detail && container.detail->startedAt.isValid())
                lines.append(tr("Started: %1").arg(Core::TimeText::absolute(container.detail->startedAt)));
            if (container.detail && container.detail->finishedAt.isValid() && !container.detail->running)
                lines.append(tr("Finished: %1").arg(Core::TimeText::absolute(container.detail->finishedAt)));
            if (!container.command.isEmpty())
                lines.append(tr("Command: %1").arg(container.command));
            return lines.join(QLatin1Char('\n'));
        }
        case PortsColumn:
            return tr("Host address:port → container port/protocol");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            // Cached per colour: there are only a handful, and views ask on every paint.
            const QColor color = stateColor(container.stateValue());
            auto it = m_stateIcons.constFind(color.rgb());
            if (it == m_stateIcons.constEnd())
                it = m_stateIcons.insert(color.rgb(), makeStateIcon(color));
            return *it;
        }
        break;
    case StateColorRole:
        return stateColor(container.stateValue());
    case IdRole:
        return container.id;
    case FilterRole:
        return QStringList {container.name, container.image, container.state,
            stateText(container.stateValue(), container.state), container.id, container.portsText()}
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
    return a.id == b.id && a.name == b.name && a.image == b.image && a.imageId == b.imageId && a.command == b.command
        && a.state == b.state && a.status == b.status && a.created == b.created && samePorts(a.ports, b.ports)
        && a.detail == b.detail;
}

} // namespace Dockwright::Ui
