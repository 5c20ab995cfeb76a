// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an image's /etc/passwd without running it: the tar helper offline, then (LABELS engine) an
// image with a passwd and one without, fed into Hardening's unknown-user warning, and the temporary
// container must be gone afterwards.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "core/run/dockerruncommand.h"
#include "core/run/hardening.h"
#include "core/run/imagepasswdreader.h"
#include "tarbuilder.h"
#include "testengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;

namespace {
const QString derivedRef = u"dockwright-test/passwd:latest"_s;
const QByteArray passwdText = "root:x:0:0:root:/root:/bin/sh\n"
                              "app:x:1000:1000::/home/app:/bin/sh\n";
} // namespace

class TestImagePasswdReader : public QObject
{
    Q_OBJECT

    EngineClient m_client;
    QString m_busybox;
    QString m_derived;

    ImagePasswdReader::Result read(const QString &image)
    {
        ImagePasswdReader reader(&m_client, image);
        QSignalSpy finished(&reader, &ImagePasswdReader::finished);
        reader.start();
        if (!finished.count())
            finished.wait(60000);
        if (finished.count() != 1)
            return {};
        return finished.at(0).at(0).value<ImagePasswdReader::Result>();
    }

    // The passwd-read containers made from image (created, never started), however they ended.
    int leftoverContainers(const QString &image)
    {
        QJsonObject filters;
        filters.insert(u"ancestor"_s, QJsonArray {image});
        filters.insert(u"label"_s, QJsonArray {u"dockwright.purpose=passwd-read"_s});
        QUrlQuery query;
        query.addQueryItem(u"all"_s, u"1"_s);
        query.addQueryItem(u"filters"_s, QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
        auto *call = m_client.send(EngineRequest::get(u"/containers/json"_s, query));
        call->setAutoDelete(false);
        call->waitForFinished(30000);
        const int count = call->error() ? -1 : int(call->json().array().size());
        delete call;
        return count;
    }

    QString buildDerived(const QString &base, QString *error)
    {
        const QByteArray dockerfile = "FROM " + base.toUtf8() + "\nCOPY passwd /etc/passwd\n";
        return buildImage(m_client, derivedRef, dockerfile, {{u"passwd"_s, passwdText}}, error);
    }

    static RunWarnings userWarnings(const QString &user, const ImagePasswdReader::Result &result)
    {
        RunProfile profile;
        profile.image = result.image;
        profile.user = user;
        ImageRunInfo info;
        result.applyTo(info);
        RunWarnings out;
        for (const RunWarning &w : Hardening::warnings(profile, &info)) {
            if (w.code == "unknown-user"_L1)
                out << w;
        }
        return out;
    }

    void requireImages()
    {
        QString error;
        if (m_busybox.isEmpty())
            m_busybox = ensureBusyboxImage(m_client, &error);
        QVERIFY2(!m_busybox.isEmpty(), qPrintable(error));
        if (m_derived.isEmpty())
            m_derived = buildDerived(m_busybox, &error);
        QVERIFY2(!m_derived.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void fileFromTar()
    {
        QString error;
        const QByteArray tar = TarBuilder().file(u"passwd"_s, passwdText).build(TarBuilder::Compression::None, &error);
        QVERIFY2(!tar.isEmpty(), qPrintable(error));
        QCOMPARE(ImagePasswdReader::fileFromTar(tar, u"passwd"_s, &error), passwdText);
        QVERIFY(error.isEmpty());

        QVERIFY(ImagePasswdReader::fileFromTar(tar, u"group"_s, &error).isEmpty());
        QVERIFY(!error.isEmpty());

        const QByteArray link = TarBuilder().symlink(u"passwd"_s, u"../usr/lib/passwd"_s).build();
        QVERIFY(ImagePasswdReader::fileFromTar(link, u"passwd"_s, &error).isEmpty());
        QVERIFY(!error.isEmpty());

        QVERIFY(ImagePasswdReader::fileFromTar("not a tar at all", u"passwd"_s, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void applyTo()
    {
        ImagePasswdReader::Result result;
        ImageRunInfo info;
        result.applyTo(info); // Failed: nothing learned
        QVERIFY(!info.passwdKnown);
        result.status = ImagePasswdReader::Result::Status::NoPasswd;
        result.applyTo(info);
        QVERIFY(info.passwdKnown);
        QVERIFY(info.passwdUsers.isEmpty());
        result.status = ImagePasswdReader::Result::Status::Read;
        result.passwd = passwdText;
        result.applyTo(info);
        QCOMPARE(info.passwdUsers.value(u"app"_s, -1), 1000);
    }

    void imageWithPasswd()
    {
        DW_REQUIRE_ENGINE(m_client);
        requireImages();
        const ImagePasswdReader::Result result = read(m_derived);
        QVERIFY2(result.status == ImagePasswdReader::Result::Status::Read, qPrintable(result.error.toString()));
        QCOMPARE(result.passwd, passwdText);
        QVERIFY(result.removed);

        QVERIFY(userWarnings(u"app"_s, result).isEmpty());
        QVERIFY(userWarnings(u"app:app"_s, result).isEmpty());
        QVERIFY(userWarnings(u"1234"_s, result).isEmpty());
        QVERIFY(userWarnings(u"1234:1234"_s, result).isEmpty());
        const RunWarnings unknown = userWarnings(u"nobody-here"_s, result);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().field, u"user"_s);
        QVERIFY(unknown.first().message.contains(u"nobody-here"_s));

        QCOMPARE(leftoverContainers(m_derived), 0);
    }

    void imageWithoutPasswd()
    {
        DW_REQUIRE_ENGINE(m_client);
        requireImages();
        const ImagePasswdReader::Result result = read(m_busybox);
        QVERIFY2(result.status == ImagePasswdReader::Result::Status::NoPasswd, qPrintable(result.error.toString()));
        QVERIFY(result.removed);
        QCOMPARE(userWarnings(u"app"_s, result).size(), 1);
        QVERIFY(userWarnings(u"1000"_s, result).isEmpty());
        QCOMPARE(leftoverContainers(m_busybox), 0);
    }

    void missingImage()
    {
        DW_REQUIRE_ENGINE(m_client);
        const ImagePasswdReader::Result result = read(u"dockwright-test/no-such-image:never"_s);
        QVERIFY(result.status == ImagePasswdReader::Result::Status::Failed);
        QCOMPARE(result.error.httpStatus, 404);
        // Nothing learned, so nothing is claimed about the user.
        QVERIFY(userWarnings(u"app"_s, result).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImagePasswdReader)
#include "tst_imagepasswdreader.moc"
