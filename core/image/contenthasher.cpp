// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthasher.h"

#include <QHashFunctions>
#include <cstring>

namespace Dockwright::Core {

namespace {
constexpr quint64 Seed = 0x6f2a5b1d93c4e871ull;

QCryptographicHash::Algorithm cryptoOf(ContentHasher::Algorithm algorithm)
{
    return algorithm == ContentHasher::Algorithm::Blake2b ? QCryptographicHash::Blake2b_160 : QCryptographicHash::Sha1;
}
} // namespace

ContentHasher::ContentHasher(Algorithm algorithm)
    : m_algorithm(algorithm)
    , m_crypto(cryptoOf(algorithm))
{
    reset();
}

void ContentHasher::reset()
{
    m_state = Seed;
    m_used = 0;
    m_crypto.reset();
}

void ContentHasher::addBlock(const char *data, qsizetype length)
{
    if (m_algorithm == Algorithm::Fast)
        m_state = quint64(qHashBits(data, size_t(length), size_t(m_state))) * 0x9E3779B97F4A7C15ull + quint64(length);
    else
        m_crypto.addData(QByteArrayView(data, length));
}

void ContentHasher::addData(const char *data, qsizetype length)
{
    if (m_used > 0) {
        const qsizetype take = qMin(length, BlockSize - m_used);
        std::memcpy(m_buffer + m_used, data, size_t(take));
        m_used += take;
        data += take;
        length -= take;
        if (m_used < BlockSize)
            return;
        addBlock(m_buffer, BlockSize);
        m_used = 0;
    }
    while (length >= BlockSize) { // whole blocks straight from the caller's buffer, no copy
        addBlock(data, BlockSize);
        data += BlockSize;
        length -= BlockSize;
    }
    if (length > 0) {
        std::memcpy(m_buffer, data, size_t(length));
        m_used = length;
    }
}

quint64 ContentHasher::result()
{
    if (m_used > 0) {
        addBlock(m_buffer, m_used);
        m_used = 0;
    }
    if (m_algorithm == Algorithm::Fast)
        return m_state;
    const QByteArray digest = m_crypto.result();
    quint64 value = 0;
    std::memcpy(&value, digest.constData(), sizeof value);
    return value;
}

} // namespace Dockwright::Core
