// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dockerfile/dockerfilesyntax.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Dockwright::Ui {

// The outline of a Dockerfile: stages at the top level, their instructions below (instructions
// before the first FROM, global ARGs, sit at the top level too). Nodes are pointer-stable and know
// their parent and row, so parent() is O(1); a new parse replaces the whole tree in one reset.
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineModel)
public:
    enum Role {
        SortRole = Qt::UserRole,
        StartLineRole, // 1-based
        EndLineRole,
        IsStageRole,
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setParse(const Core::DockerfileParseResult &parse);
    // The deepest item whose lines contain `line` (1-based): the instruction the cursor is in.
    QModelIndex indexForLine(int line) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        bool stage = false;
        QString text;
        QString toolTip;
        int startLine = 0;
        int endLine = 0;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(std::unique_ptr<Node> child);
    };

    const Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Dockwright::Ui
