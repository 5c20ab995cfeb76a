// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathdetailspane.h"

#include "changestyle.h"
#include "core/common/bytesize.h"
#include "diffview.h"
#include "filetreemodel.h"
#include "layerlistmodel.h"
#include "linediff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

PathDetailsPane::PathDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_fetcher(new ContentFetcher(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(tr("Select a file in the tree."), this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_facts = new QLabel(this);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_historyView = new QTreeWidget(split);
    m_historyView->setObjectName(QStringLiteral("history"));
    m_historyView->setHeaderLabels({tr("Layer"), tr("Change"), tr("Size"), tr("Instruction")});
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->header()->setStretchLastSection(true);
    m_historyView->setToolTip(
        tr("Every layer that added, modified or deleted this path. Double-click to open the layer."));
    connect(m_historyView, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { Q_EMIT layerActivated(item->data(0, Qt::UserRole).toInt()); });

    auto *textBox = new QWidget(split);
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_versionA = new QComboBox(textBox);
    m_versionA->setAccessibleName(tr("Older version"));
    m_versionB = new QComboBox(textBox);
    m_versionB->setAccessibleName(tr("Newer version"));
    // Layer titles carry the instruction: as wide as that, the row would push the file tree aside.
    for (QComboBox *box : {m_versionA, m_versionB}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_view = new QPushButton(tr("View"), textBox);
    m_view->setToolTip(tr("Show the file as stored in the newer layer"));
    m_diff = new QPushButton(tr("Diff"), textBox);
    m_diff->setToolTip(tr("Show the lines that changed between the two layers"));
    row->addWidget(m_versionA, 1);
    row->addWidget(new QLabel(QStringLiteral("→"), textBox));
    row->addWidget(m_versionB, 1);
    m_cancel = new QPushButton(tr("Cancel"), textBox);
    m_cancel->setToolTip(tr("Stop reading the file"));
    m_cancel->setVisible(false);
    textLayout->addLayout(row);
    // The buttons on their own row: beside the two layer choices they made this pane wider than the
    // file tree next to it can spare in a 1024 px window (German labels most).
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_view);
    buttons->addWidget(m_diff);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    textLayout->addLayout(buttons);
    m_textTitle = new QLabel(textBox);
    m_textTitle->setWordWrap(true);
    textLayout->addWidget(m_textTitle);
    m_text = new DiffView(textBox);
    m_text->setObjectName(QStringLiteral("contents"));
    textLayout->addWidget(m_text, 1);
    split->addWidget(m_historyView);
    split->addWidget(textBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_view, &QPushButton::clicked, this, [this] { viewContents(m_versionB->currentData().toInt()); });
    connect(m_diff, &QPushButton::clicked, this,
        [this] { compareLayers(m_versionA->currentData().toInt(), m_versionB->currentData().toInt()); });
    connect(m_cancel, &QPushButton::clicked, this, &PathDetailsPane::cancelContents);
    connect(m_fetcher, &ContentFetcher::fetched, this, &PathDetailsPane::onFetched);
    setPath({}, nullptr, -1);
}

PathDetailsPane::~PathDetailsPane() = default;

void PathDetailsPane::setEngineClient(EngineClient *client)
{
    m_fetcher->setEngineClient(client);
}

void PathDetailsPane::cancelContents()
{
    m_fetcher->cancel();
}

QString PathDetailsPane::layerTitle(int layer) const
{
    if (!m_image || layer < 0 || layer >= int(m_image->layers.size()))
        return {};
    return tr("layer %1 · %2")
        .arg(layer)
        .arg(LayerListModel::shortCommand(m_image->layers[size_t(layer)].createdBy, 50));
}

void PathDetailsPane::setPath(const LayeredImagePtr &image, const PathTree::Node *node, int top)
{
    if (m_fetchId != 0 && (image != m_image || node != m_node)) {
        // Another path: its contents are no longer wanted.
        m_fetcher->cancel();
        m_fetchId = 0;
        m_cancel->setVisible(false);
    }
    m_image = image;
    m_node = node;
    m_top = top;
    m_history.clear();
    m_historyView->clear();
    m_versionA->clear();
    m_versionB->clear();
    m_text->showText({});
    m_textTitle->clear();
    const bool any = image && node;
    m_view->setEnabled(false);
    m_diff->setEnabled(false);
    if (!any) {
        m_title->setText(tr("Select a file in the tree."));
        m_facts->clear();
        return;
    }
    m_title->setText(image->tree->path(node));
    m_history = FileHistory::of(*image, node);
    const LayerEntry *entry = FileHistory::visibleAt(*image, node, top);
    int lastChange = -1;
    const LayerEntry *shown = entry;
    for (const FileHistory::Step &step : std::as_const(m_history)) {
        if (step.layer > top)
            break;
        lastChange = step.layer;
        if (!entry)
            shown = step.entry; // deleted by now: describe what it was
    }
    QStringList facts;
    const auto fact = [&facts](const QString &name, const QString &value) {
        facts.append(QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
                .arg(name.toHtmlEscaped(), value));
    };
    if (!shown) {
        fact(tr("State"), tr("not present after layer %1").arg(top).toHtmlEscaped());
    } else {
        if (!entry)
            fact(tr("State"), tr("deleted (was present before)").toHtmlEscaped());
        fact(tr("Type"), entryTypeName(shown->type));
        if (!shown->isDirectory())
            fact(tr("Size"), tr("%1 (%2 bytes)").arg(formatBytes(shown->size, QLocale())).arg(shown->size));
        fact(tr("Mode"),
            QStringLiteral("<code>%1</code> (%2)")
                .arg(FileTreeModel::modeString(*shown), QString::number(shown->mode, 8).rightJustified(4, u'0')));
        fact(tr("Owner"), QStringLiteral("%1:%2").arg(shown->uid).arg(shown->gid));
        if (shown->linkLength)
            fact(tr("Link target"), QString::fromUtf8(shown->linkTarget()).toHtmlEscaped());
        if (shown->type == LayerEntry::Type::File || shown->type == LayerEntry::Type::Hardlink)
            fact(tr("Content hash"), QStringLiteral("<code>%1</code>").arg(shown->hash, 16, 16, QLatin1Char('0')));
    }
    if (lastChange >= 0)
        fact(tr("Last changed in"), layerTitle(lastChange).toHtmlEscaped());
    m_facts->setText(QStringLiteral("<table>") + facts.join(QString()) + QStringLiteral("</table>"));

    for (const FileHistory::Step &step : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_historyView);
        item->setData(0, Qt::UserRole, step.layer);
        item->setText(0, QString::number(step.layer));
        item->setText(1, ChangeStyle::marker(step.status) + u' ' + ChangeStyle::label(step.status));
        item->setForeground(1, ChangeStyle::foreground(step.status, palette()));
        item->setText(
            2, step.entry && !step.entry->isDirectory() ? formatBytes(step.entry->size, QLocale()) : QString());
        const QString command = m_image->layers[size_t(step.layer)].createdBy;
        item->setText(3, LayerListModel::shortCommand(command, 60));
        item->setToolTip(3, command);
        if (step.layer > top) {
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
        // Versions with readable bytes: regular files as stored in that layer.
        if (step.status != ChangeStatus::Deleted && step.entry
            && (step.entry->type == LayerEntry::Type::File || step.entry->type == LayerEntry::Type::Hardlink)) {
            m_versionA->addItem(layerTitle(step.layer), step.layer);
            m_versionB->addItem(layerTitle(step.layer), step.layer);
        }
    }
    const int versions = m_versionA->count();
    m_view->setEnabled(versions > 0);
    m_diff->setEnabled(versions > 1);
    if (versions > 0) {
        // Default: the version visible at `top` against the one before it.
        int newest = versions - 1;
        while (newest > 0 && m_versionB->itemData(newest).toInt() > top)
            --newest;
        m_versionB->setCurrentIndex(newest);
        m_versionA->setCurrentIndex(qMax(0, newest - 1));
    }
    if (versions == 0 && shown && shown->isDirectory())
        m_textTitle->setText(tr("A directory: pick a file to see its contents."));
    else if (versions == 0)
        m_textTitle->setText(tr("No stored file contents for this path."));
}

void PathDetailsPane::viewContents(int layer)
{
    if (!m_image || !m_node)
        return;
    m_fetchLayers = {layer};
    startFetch(tr("Reading %1 from %2…").arg(m_image->tree->path(m_node), layerTitle(layer)));
}

void PathDetailsPane::startFetch(const QString &what)
{
    // An engine image has no file to re-read: the engine exports it again, which takes a while.
    m_textTitle->setText(m_image->fromEngine ? what + u' ' + tr("(exporting the image from the engine)") : what);
    m_cancel->setVisible(true);
    m_fetchId = m_fetcher->fetch(m_image, m_fetchLayers, m_image->tree->pathUtf8(m_node));
}

void PathDetailsPane::compareLayers(int older, int newer)
{
    if (!m_image || !m_node)
        return;
    m_fetchLayers = {older, newer};
    startFetch(tr("Reading both versions…"));
}

void PathDetailsPane::onFetched(quint64 jobId, const ContentFetcher::Result &result)
{
    if (jobId != m_fetchId)
        return;
    m_cancel->setVisible(false);
    for (qsizetype i = 0; i < result.errors.size(); ++i) {
        if (result.errors[i]) {
            m_textTitle->setText(tr("Cannot show the contents (%1): %2")
                    .arg(layerTitle(m_fetchLayers.value(i)), result.errors[i].message));
            m_text->showText({});
            Q_EMIT contentsShown();
            return;
        }
    }
    if (result.texts.size() == 1) {
        m_textTitle->setText(tr("%1 as stored in %2").arg(m_image->tree->path(m_node), layerTitle(m_fetchLayers[0])));
        m_text->showText(QString::fromUtf8(result.texts[0]));
    } else if (result.texts.size() == 2) {
        const QList<LineDiff::Line> lines = LineDiff::compare(LineDiff::splitLines(QString::fromUtf8(result.texts[0])),
            LineDiff::splitLines(QString::fromUtf8(result.texts[1])));
        int added = 0;
        int removed = 0;
        for (const LineDiff::Line &line : lines) {
            added += line.op == LineDiff::Op::Insert;
            removed += line.op == LineDiff::Op::Delete;
        }
        m_textTitle->setText(tr("%1: %2 → %3 (+%4 −%5 lines)")
                .arg(m_image->tree->path(m_node), layerTitle(m_fetchLayers[0]), layerTitle(m_fetchLayers[1]))
                .arg(added)
                .arg(removed));
        m_text->showDiff(LineDiff::hunks(lines));
    }
    Q_EMIT contentsShown();
}

} // namespace Dockwright::Ui
