// SPDX-License-Identifier: GPL-3.0-or-later
// bench_contextpack pack DIR [OUT]      scan the context and stream its tar to OUT (/dev/null; - = stdout)
// bench_contextpack upload DIR ENGINE   time until the engine has received the whole context: POST /build
//                                       (classic builder) streaming the tar with a Content-Length, stopped at
//                                       the first "Step 1/" line, which the daemon prints once it has read it all.
#include "core/context/buildcontext.h"
#include "core/context/contextpacker.h"
#include "core/context/contexttardevice.h"
#include "core/context/contextwalker.h"
#include "core/engine/endpoint.h"
#include "core/engine/engineclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <cstdio>

using namespace Dockwright::Core;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bench_contextpack)
};

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

std::optional<std::pair<BuildContext, ContextScan>> open(const QString &dir)
{
    ContextError error;
    QElapsedTimer timer;
    timer.start();
    auto context = BuildContext::open(dir, {}, &error);
    auto scan = context ? ContextWalker::scan(*context, {}, &error) : std::nullopt;
    if (!scan) {
        std::fputs(qPrintable(error.toString() + u'\n'), stderr);
        return std::nullopt;
    }
    qint64 bytes = 0;
    for (const ContextEntry &e : scan->entries)
        bytes += e.size;
    std::fputs(qPrintable(Text::tr("scan: %1 entries, %2 MiB of files, %3 excluded paths in %4 ms")
                              .arg(scan->entries.size())
                              .arg(mib(bytes), 0, 'f', 1)
                              .arg(scan->excluded.size())
                              .arg(timer.elapsed())
                   + u'\n'),
        stderr);
    return std::make_pair(std::move(*context), std::move(*scan));
}

int pack(const QString &dir, const QString &out)
{
    QElapsedTimer total;
    total.start();
    const auto opened = open(dir);
    if (!opened)
        return 2;
    QFile devNull;
    const bool opened2 = out == u"-" ? devNull.open(stdout, QIODevice::WriteOnly)
                                     : (devNull.setFileName(out), devNull.open(QIODevice::WriteOnly));
    if (!opened2)
        return 2;
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    ContextPacker packer(opened->first.root(), opened->second.entries);
    const ContextError error = packer.pack([&](const char *data, qsizetype size) {
        written += size;
        return devNull.write(data, size) == size;
    });
    if (error) {
        std::fputs(qPrintable(error.toString() + u'\n'), stderr);
        return 2;
    }
    const qint64 ms = qMax<qint64>(timer.elapsed(), 1);
    devNull.close();
    std::fputs(qPrintable(Text::tr("pack: %1 MiB tar in %2 ms (%3 MiB/s); scan + pack %4 ms")
                              .arg(mib(written), 0, 'f', 1)
                              .arg(ms)
                              .arg(mib(written) * 1000.0 / double(ms), 0, 'f', 0)
                              .arg(total.elapsed())
                   + u'\n'),
        stderr);
    return 0;
}

int upload(const QString &dir, const QString &engine)
{
    QElapsedTimer total;
    total.start();
    EngineClient client;
    client.setEndpoint(Endpoint::fromUri(engine));
    if (!client.connectAndWait(30000)) {
        std::fputs(qPrintable(client.lastError().toString() + u'\n'), stderr);
        return 3;
    }
    const auto opened = open(dir);
    if (!opened)
        return 2;
    ContextTarDevice device(opened->first.root(), opened->second.entries);
    const qint64 size = device.tarSize();
    device.open(QIODevice::ReadOnly);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("networkmode"), QStringLiteral("none"));
    QUrl url = client.endpoint().urlFor(client.info().apiPrefix() + QLatin1String("/build"));
    url.setQuery(query);
    QNetworkRequest request(url);
    if (client.endpoint().scheme == Endpoint::Scheme::Unix)
        request.setAttribute(QNetworkRequest::FullLocalServerNameAttribute, client.endpoint().socketPath);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-tar"));
    // With the exact length known up front Qt streams the device instead of buffering it whole.
    request.setHeader(QNetworkRequest::ContentLengthHeader, size);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(request, &device);
    QEventLoop loop;
    QByteArray lines;
    qint64 receivedMs = -1;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&]() {
        lines += reply->readAll();
        if (receivedMs < 0 && lines.contains("Step 1/")) {
            receivedMs = total.elapsed();
            reply->abort(); // closing the connection cancels the build
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (receivedMs < 0) {
        std::fputs(qPrintable(reply->errorString() + u'\n' + QString::fromUtf8(lines) + u'\n'), stderr);
        return 3;
    }
    print(Text::tr("upload: engine received %1 MiB context after %2 ms (connect + scan + stream)")
            .arg(mib(size), 0, 'f', 1)
            .arg(receivedMs));
    delete reply;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if ((args.size() == 3 || args.size() == 4) && args.at(1) == u"pack")
        return pack(args.at(2), args.size() == 4 ? args.at(3) : QStringLiteral("/dev/null"));
    if (args.size() == 4 && args.at(1) == u"upload")
        return upload(args.at(2), args.at(3));
    std::fputs("usage: bench_contextpack pack DIR [OUT|-] | upload DIR ENGINE_URI\n", stderr);
    return 2;
}
