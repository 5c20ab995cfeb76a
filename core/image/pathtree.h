// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <memory>
#include <vector>

namespace Dockwright::Core {

// Every path of an image (all layers, whiteout targets included) as one tree of interned name
// components. Nodes never move, so a tree model can hand out Node pointers as internal pointers; a
// parent's id is always lower than its children's. Memory is one Node plus the name bytes per path,
// never a full-path string per entry.
class PathTree final
{
public:
    struct Node
    {
        const Node *parent = nullptr;
        const char *name = nullptr; // UTF-8 bytes as stored in the tar, not NUL-terminated
        quint32 nameLength = 0;
        quint32 id = 0;
        quint32 row = 0; // position among the parent's sorted children (after finalize())
        quint32 childCount = 0; // after finalize()
        quint32 firstChild = 0; // index into the shared child array (after finalize())

        QByteArrayView nameView() const { return {name, qsizetype(nameLength)}; }
        QString displayName() const { return QString::fromUtf8(nameView()); }
    };

    PathTree();
    ~PathTree();
    PathTree(const PathTree &) = delete;
    PathTree &operator=(const PathTree &) = delete;

    const Node *root() const { return m_chunks.front().get(); }
    quint32 size() const { return m_count; }
    const Node *node(quint32 id) const { return &m_chunks[id >> ChunkBits][id & ChunkMask]; }

    // Child named name under parent, created when missing. Invalidates finalize().
    quint32 child(quint32 parent, QByteArrayView name);
    // Node of a normalised relative path ("usr/bin/sh"), created with its parents when missing.
    quint32 intern(QByteArrayView normalisedPath);
    // Node of a normalised relative path, or nullptr when no layer mentions it.
    const Node *find(QByteArrayView normalisedPath) const;
    // Stores bytes for the lifetime of the tree (link targets); the view stays valid.
    QByteArrayView internString(QByteArrayView bytes);

    // Sorts every node's children by name and fills row/childCount/firstChild. Call after the last
    // child() and before children()/childAt().
    void finalize();
    bool isFinalized() const { return m_finalized; }
    const Node *childAt(const Node *parent, quint32 row) const { return m_children[parent->firstChild + row]; }

    QByteArray pathUtf8(const Node *node) const; // "usr/bin/sh"; empty for the root
    QString path(const Node *node) const { return QString::fromUtf8(pathUtf8(node)); }
    // Approximate heap bytes held (nodes, names, index), for benchmarks and limits.
    qint64 memoryUsage() const;

private:
    static constexpr quint32 ChunkBits = 12;
    static constexpr quint32 ChunkMask = (1u << ChunkBits) - 1;
    Node *mutableNode(quint32 id) { return &m_chunks[id >> ChunkBits][id & ChunkMask]; }
    quint32 lookup(quint32 parent, QByteArrayView name, size_t hash) const;
    void grow();

    std::vector<std::unique_ptr<Node[]>> m_chunks;
    quint32 m_count = 0;
    std::vector<quint32> m_slots; // open addressing: node id + 1, 0 = empty
    std::vector<std::unique_ptr<char[]>> m_arena;
    size_t m_arenaUsed = 0;
    size_t m_arenaCapacity = 0;
    qint64 m_arenaBytes = 0;
    std::vector<const Node *> m_children;
    bool m_finalized = false;
};

} // namespace Dockwright::Core
