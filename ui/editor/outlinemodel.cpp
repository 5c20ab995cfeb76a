// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"

namespace Dockwright::Ui {

namespace {

constexpr int MaxSummary = 60;

// One line of the instruction, continuation joined and shortened, for the tree.
QString summary(const Core::DockerfileInstruction &ins)
{
    QString text = ins.original.simplified();
    if (text.size() > MaxSummary)
        text = text.left(MaxSummary - 1) + u'…';
    return text;
}

} // namespace

OutlineModel::Node *OutlineModel::Node::add(std::unique_ptr<Node> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

OutlineModel::~OutlineModel() = default;

void OutlineModel::setParse(const Core::DockerfileParseResult &parse)
{
    auto root = std::make_unique<Node>();
    Node *stage = nullptr;
    for (const Core::DockerfileInstruction &ins : parse.instructions) {
        auto node = std::make_unique<Node>();
        node->startLine = ins.range.startLine;
        node->endLine = ins.range.endLine;
        node->text = summary(ins);
        node->toolTip = ins.original;
        if (ins.kind == Core::InstructionKind::From) {
            node->stage = true;
            const int index = int(
                std::count_if(root->children.cbegin(), root->children.cend(), [](const auto &n) { return n->stage; }));
            const bool named = ins.args.size() >= 3 && ins.args.at(1).text.compare(u"as", Qt::CaseInsensitive) == 0;
            const QString image = ins.args.isEmpty() ? QString() : ins.args.at(0).text;
            node->text = named ? tr("%1 (from %2)").arg(ins.args.at(2).text, image)
                               : tr("Stage %1 (from %2)").arg(index).arg(image);
            stage = root->add(std::move(node));
            continue;
        }
        if (stage) {
            stage->endLine = qMax(stage->endLine, node->endLine);
            stage->add(std::move(node));
        } else {
            root->add(std::move(node));
        }
    }
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
}

const OutlineModel::Node *OutlineModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutlineModel::indexForLine(int line) const
{
    const Node *node = m_root.get();
    QModelIndex found;
    for (;;) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (line >= child->startLine && line <= child->endLine) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return found;
        found = createIndex(next->row, 0, const_cast<Node *>(next));
        node = next;
    }
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip;
    case SortRole:
    case StartLineRole:
        return node->startLine;
    case EndLineRole:
        return node->endLine;
    case IsStageRole:
        return node->stage;
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Outline");
    return {};
}

} // namespace Dockwright::Ui
