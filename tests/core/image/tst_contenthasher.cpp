// SPDX-License-Identifier: GPL-3.0-or-later
// ContentHasher: Sha1 and Blake2b against published digests (the value is the digest's first 8 bytes),
// and every algorithm's value independent of how the data is cut into addData() calls, across the
// 64 KiB block boundaries too. Fast has no fixed digest (qHashBits mixes in the process's QHash seed),
// so it is checked for what it is used for: equal content equal value, different content different.
#include "core/image/contenthasher.h"

#include <QTest>
#include <cstring>

using namespace Dockwright::Core;
using Algorithm = ContentHasher::Algorithm;

Q_DECLARE_METATYPE(Dockwright::Core::ContentHasher::Algorithm)

namespace {

constexpr qsizetype Block = 64 * 1024;

// Whole when chunk is 0, else in pieces of chunk bytes (the last one shorter).
quint64 hashOf(Algorithm algorithm, const QByteArray &data, qsizetype chunk = 0)
{
    ContentHasher hasher(algorithm);
    if (chunk <= 0) {
        hasher.addData(data.constData(), data.size());
    } else {
        for (qsizetype at = 0; at < data.size(); at += chunk)
            hasher.addData(data.constData() + at, qMin(chunk, data.size() - at));
    }
    return hasher.result();
}

// The first 8 bytes of a hex digest, as ContentHasher reads them (in memory order).
quint64 leading(const char *hexDigest)
{
    const QByteArray digest = QByteArray::fromHex(hexDigest);
    quint64 value = 0;
    std::memcpy(&value, digest.constData(), sizeof value);
    return value;
}

QByteArray patterned(qsizetype size, int salt = 0)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + salt * 13 + (i >> 9)) & 0xff);
    return data;
}

const QList<qsizetype> Chunks {1, 7, 4096, Block - 1, Block, Block + 1, 3 * Block + 5};

} // namespace

class TestContentHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180 examples; BLAKE2b with a 20-byte digest (RFC 7693, digest length 20).
        const QByteArray abc("abc");
        const QByteArray two("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        const QByteArray million(1000000, 'a'); // 15 whole blocks and a partial one
        QTest::newRow("sha1 empty") << Algorithm::Sha1 << QByteArray()
                                    << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        QTest::newRow("sha1 abc") << Algorithm::Sha1 << abc << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
        QTest::newRow("sha1 448 bits") << Algorithm::Sha1 << two
                                       << QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        QTest::newRow("sha1 million a") << Algorithm::Sha1 << million
                                        << QByteArray("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
        QTest::newRow("blake2b empty") << Algorithm::Blake2b << QByteArray()
                                       << QByteArray("3345524abf6bbe1809449224b5972c41790b6cf2");
        QTest::newRow("blake2b abc") << Algorithm::Blake2b << abc
                                     << QByteArray("384264f676f39536840523f284921cdc68b6846b");
        QTest::newRow("blake2b 448 bits")
            << Algorithm::Blake2b << two << QByteArray("4fc6d7704103fc8aca4690f70432c8d35acfb833");
        QTest::newRow("blake2b million a")
            << Algorithm::Blake2b << million << QByteArray("9b512a5ed7d52ddeb8d8762e4b6dd880b25ea54d");
    }

    void knownDigests()
    {
        QFETCH(Algorithm, algorithm);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        const quint64 expected = leading(digest.constData());
        QCOMPARE(hashOf(algorithm, input), expected);
        for (qsizetype chunk : Chunks)
            QVERIFY2(
                hashOf(algorithm, input, chunk) == expected, qPrintable(QStringLiteral("chunks of %1").arg(chunk)));
    }

    void readSizesDoNotMatter_data()
    {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::newRow("fast") << Algorithm::Fast;
        QTest::newRow("sha1") << Algorithm::Sha1;
        QTest::newRow("blake2b") << Algorithm::Blake2b;
    }

    void readSizesDoNotMatter()
    {
        QFETCH(Algorithm, algorithm);
        for (qsizetype size : {qsizetype(0), qsizetype(1), Block - 1, Block, Block + 1, 5 * Block + 123}) {
            const QByteArray data = patterned(size);
            const quint64 whole = hashOf(algorithm, data);
            for (qsizetype chunk : Chunks)
                QVERIFY2(hashOf(algorithm, data, chunk) == whole,
                    qPrintable(QStringLiteral("%1 bytes in chunks of %2").arg(size).arg(chunk)));
        }
        // Uneven pieces that straddle the block boundaries in different places.
        const QByteArray data = patterned(4 * Block + 77);
        ContentHasher hasher(algorithm);
        qsizetype at = 0;
        for (qsizetype piece : {qsizetype(3), Block - 10, qsizetype(20), 2 * Block, qsizetype(0), Block + 3}) {
            hasher.addData(data.constData() + at, piece);
            at += piece;
        }
        hasher.addData(data.constData() + at, data.size() - at);
        QCOMPARE(hasher.result(), hashOf(algorithm, data));
    }

    void fastTellsContentApart()
    {
        QCOMPARE(hashOf(Algorithm::Fast, "abc"), hashOf(Algorithm::Fast, "abc"));
        QVERIFY(hashOf(Algorithm::Fast, "abc") != hashOf(Algorithm::Fast, "abd"));
        QVERIFY(hashOf(Algorithm::Fast, {}) != hashOf(Algorithm::Fast, QByteArray(1, '\0')));
        QVERIFY(hashOf(Algorithm::Fast, QByteArray(1, '\0')) != hashOf(Algorithm::Fast, QByteArray(2, '\0')));
        // Zeros of lengths either side of a block boundary.
        QVERIFY(
            hashOf(Algorithm::Fast, QByteArray(Block, '\0')) != hashOf(Algorithm::Fast, QByteArray(Block + 1, '\0')));
        QVERIFY(
            hashOf(Algorithm::Fast, QByteArray(Block, '\0')) != hashOf(Algorithm::Fast, QByteArray(2 * Block, '\0')));

        // One byte changed in the first block, in the last (partial) block.
        const QByteArray data = patterned(3 * Block + 100);
        const quint64 original = hashOf(Algorithm::Fast, data);
        for (qsizetype at : {qsizetype(0), Block + 5, data.size() - 1}) {
            QByteArray changed = data;
            changed[at] = char(changed[at] ^ 0x01);
            QVERIFY2(hashOf(Algorithm::Fast, changed) != original, qPrintable(QStringLiteral("byte %1").arg(at)));
        }
        // The same blocks in another order: the blocks are chained, not summed.
        const QByteArray a = patterned(Block, 1);
        const QByteArray b = patterned(Block, 2);
        QVERIFY(hashOf(Algorithm::Fast, a + b) != hashOf(Algorithm::Fast, b + a));
    }

    void fastIsTheDefault()
    {
        const QByteArray data = patterned(Block + 3);
        ContentHasher hasher;
        hasher.addData(data.constData(), data.size());
        QCOMPARE(hasher.result(), hashOf(Algorithm::Fast, data));
        QVERIFY(hashOf(Algorithm::Fast, data) != hashOf(Algorithm::Sha1, data));
    }

    void resetStartsOver_data() { readSizesDoNotMatter_data(); }

    void resetStartsOver()
    {
        QFETCH(Algorithm, algorithm);
        const QByteArray garbage = patterned(Block + 17, 3); // a whole block and a partial one
        ContentHasher hasher(algorithm);
        hasher.addData(garbage.constData(), garbage.size());
        hasher.reset();
        hasher.addData("abc", 3);
        QCOMPARE(hasher.result(), hashOf(algorithm, "abc"));
        // Also after a result(): a hasher serves one file after another.
        hasher.reset();
        QCOMPARE(hasher.result(), hashOf(algorithm, {}));
    }
};

QTEST_GUILESS_MAIN(TestContentHasher)
#include "tst_contenthasher.moc"
