// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathtree.h"

#include <QHashFunctions>
#include <algorithm>
#include <cstring>

namespace Dockwright::Core {

namespace {
constexpr size_t ArenaChunk = 256 * 1024;

size_t hashOf(quint32 parent, QByteArrayView name)
{
    return qHashBits(name.data(), size_t(name.size()), size_t(parent) * 0x9E3779B97F4A7C15ull);
}
} // namespace

PathTree::PathTree()
{
    m_chunks.push_back(std::make_unique<Node[]>(size_t(1) << ChunkBits));
    m_count = 1; // the root, id 0, empty name
    m_slots.assign(1024, 0);
}

PathTree::~PathTree() = default;

QByteArrayView PathTree::internString(QByteArrayView bytes)
{
    const size_t length = size_t(bytes.size());
    if (length == 0)
        return {};
    if (length > ArenaChunk / 4) {
        // A long string gets its own block, inserted before the current chunk so small strings keep
        // filling that one.
        auto block = std::make_unique<char[]>(length);
        std::memcpy(block.get(), bytes.data(), length);
        const char *stored = block.get();
        m_arena.insert(m_arena.empty() ? m_arena.end() : m_arena.end() - 1, std::move(block));
        m_arenaBytes += qint64(length);
        return {stored, bytes.size()};
    }
    if (m_arena.empty() || m_arenaUsed + length > m_arenaCapacity) {
        m_arena.push_back(std::make_unique<char[]>(ArenaChunk));
        m_arenaUsed = 0;
        m_arenaCapacity = ArenaChunk;
        m_arenaBytes += qint64(ArenaChunk);
    }
    char *out = m_arena.back().get() + m_arenaUsed;
    std::memcpy(out, bytes.data(), length);
    m_arenaUsed += length;
    return {out, bytes.size()};
}

quint32 PathTree::lookup(quint32 parent, QByteArrayView name, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (slot == 0)
            return 0;
        const Node *candidate = node(slot - 1);
        if (candidate->parent == node(parent) && candidate->nameView() == name)
            return slot - 1;
    }
}

void PathTree::grow()
{
    std::vector<quint32> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (quint32 slot : old) {
        if (slot == 0)
            continue;
        const Node *n = node(slot - 1);
        size_t i = hashOf(n->parent->id, n->nameView()) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

quint32 PathTree::child(quint32 parent, QByteArrayView name)
{
    const size_t hash = hashOf(parent, name);
    if (const quint32 found = lookup(parent, name, hash))
        return found;
    if (size_t(m_count) * 2 >= m_slots.size())
        grow();
    const quint32 id = m_count++;
    if ((id >> ChunkBits) >= m_chunks.size())
        m_chunks.push_back(std::make_unique<Node[]>(size_t(1) << ChunkBits));
    Node *n = mutableNode(id);
    const QByteArrayView stored = internString(name);
    n->parent = node(parent);
    n->name = stored.data();
    n->nameLength = quint32(stored.size());
    n->id = id;
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = id + 1;
    m_finalized = false;
    return id;
}

quint32 PathTree::intern(QByteArrayView path)
{
    quint32 current = 0;
    qsizetype start = 0;
    while (start < path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        if (end > start)
            current = child(current, path.sliced(start, end - start));
        start = end + 1;
    }
    return current;
}

const PathTree::Node *PathTree::find(QByteArrayView path) const
{
    quint32 current = 0;
    qsizetype start = 0;
    while (start < path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        if (end > start) {
            const QByteArrayView name = path.sliced(start, end - start);
            current = lookup(current, name, hashOf(current, name));
            if (current == 0)
                return nullptr;
        }
        start = end + 1;
    }
    return node(current);
}

void PathTree::finalize()
{
    if (m_finalized)
        return;
    // One shared child array (counting sort by parent), each parent's range sorted by name.
    std::vector<quint32> counts(m_count, 0);
    for (quint32 id = 1; id < m_count; ++id)
        ++counts[node(id)->parent->id];
    std::vector<quint32> offsets(m_count, 0);
    quint32 total = 0;
    for (quint32 id = 0; id < m_count; ++id) {
        offsets[id] = total;
        total += counts[id];
    }
    m_children.assign(total, nullptr);
    std::vector<quint32> fill = offsets;
    for (quint32 id = 1; id < m_count; ++id) {
        const Node *n = node(id);
        m_children[fill[n->parent->id]++] = n;
    }
    for (quint32 id = 0; id < m_count; ++id) {
        Node *n = mutableNode(id);
        n->firstChild = offsets[id];
        n->childCount = counts[id];
        auto begin = m_children.begin() + offsets[id];
        auto end = begin + counts[id];
        std::sort(begin, end, [](const Node *a, const Node *b) { return a->nameView() < b->nameView(); });
        quint32 row = 0;
        for (auto it = begin; it != end; ++it)
            const_cast<Node *>(*it)->row = row++;
    }
    m_finalized = true;
}

QByteArray PathTree::pathUtf8(const Node *n) const
{
    if (!n || !n->parent)
        return {};
    std::vector<const Node *> parts;
    qsizetype length = 0;
    for (const Node *p = n; p && p->parent; p = p->parent) {
        parts.push_back(p);
        length += p->nameLength + 1;
    }
    QByteArray out;
    out.reserve(length);
    for (int i = int(parts.size()) - 1; i >= 0; --i) {
        if (!out.isEmpty())
            out += '/';
        out.append(parts[i]->nameView());
    }
    return out;
}

qint64 PathTree::memoryUsage() const
{
    return qint64(m_chunks.size()) * qint64(sizeof(Node) << ChunkBits) + qint64(m_slots.capacity() * 4)
        + qint64(m_children.capacity() * sizeof(void *)) + m_arenaBytes;
}

} // namespace Dockwright::Core
