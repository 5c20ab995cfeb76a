// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QtGlobal>

namespace Dockwright::Core {

// Fast 64-bit content fingerprint used to tell "modified" from "re-added unchanged". Data is cut into
// fixed 64 KiB blocks whatever the read sizes, so the value does not depend on compression or buffer
// boundaries. Algorithm::Fast chains Qt's qHashBits (AES-NI when available, ~10 GB/s); Sha1 and
// Blake2b exist for measurements and for callers that want collision resistance.
class ContentHasher final
{
public:
    enum class Algorithm { Fast, Sha1, Blake2b };

    explicit ContentHasher(Algorithm algorithm = Algorithm::Fast);
    void reset();
    void addData(const char *data, qsizetype length);
    quint64 result();

private:
    void addBlock(const char *data, qsizetype length);

    static constexpr qsizetype BlockSize = 64 * 1024;
    Algorithm m_algorithm;
    quint64 m_state = 0;
    qsizetype m_used = 0;
    QCryptographicHash m_crypto;
    alignas(16) char m_buffer[BlockSize];
};

} // namespace Dockwright::Core
