// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildrequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Dockwright::Core {

QUrlQuery BuildRequest::query(bool buildKit, const QString &dockerfileInContext, const QString &buildId) const
{
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        // QUrlQuery would leave '+', '&' and '=' ambiguous in values such as JSON; encode them.
        QString encoded = value;
        encoded.replace(QLatin1Char('%'), QLatin1String("%25"))
            .replace(QLatin1Char('+'), QLatin1String("%2B"))
            .replace(QLatin1Char('&'), QLatin1String("%26"))
            .replace(QLatin1Char('='), QLatin1String("%3D"))
            .replace(QLatin1Char('#'), QLatin1String("%23"));
        q.addQueryItem(key, encoded);
    };
    if (!dockerfileInContext.isEmpty() && dockerfileInContext != QLatin1String("Dockerfile"))
        add(QStringLiteral("dockerfile"), dockerfileInContext);
    for (const QString &tag : tags)
        add(QStringLiteral("t"), tag);
    if (!buildArgs.isEmpty()) {
        QJsonObject args;
        for (const Arg &arg : buildArgs)
            args.insert(arg.name, arg.value ? QJsonValue(*arg.value) : QJsonValue(QJsonValue::Null));
        add(QStringLiteral("buildargs"), QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    }
    if (!labels.isEmpty()) {
        QJsonObject object;
        for (const Label &label : labels)
            object.insert(label.name, label.value);
        add(QStringLiteral("labels"), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    if (!target.isEmpty())
        add(QStringLiteral("target"), target);
    if (noCache)
        add(QStringLiteral("nocache"), QStringLiteral("1"));
    if (pull)
        add(QStringLiteral("pull"), QStringLiteral("1"));
    if (!platform.isEmpty())
        add(QStringLiteral("platform"), platform);
    if (!networkMode.isEmpty())
        add(QStringLiteral("networkmode"), networkMode);
    // docker build's default; the classic builder then removes intermediate containers.
    add(QStringLiteral("rm"), QStringLiteral("1"));
    add(QStringLiteral("version"), buildKit ? QStringLiteral("2") : QStringLiteral("1"));
    if (buildKit && !buildId.isEmpty())
        add(QStringLiteral("buildid"), buildId);
    return q;
}

QStringList BuildRequest::problems(bool buildKit) const
{
    QStringList out;
    if (contextDir.isEmpty())
        out << tr("No build context directory was given.");
    for (const Arg &arg : buildArgs) {
        if (arg.name.isEmpty())
            out << tr("A build argument has no name.");
    }
    for (const Label &label : labels) {
        if (label.name.isEmpty())
            out << tr("A label has no name.");
    }
    for (const QString &tag : tags) {
        if (tag.isEmpty() || tag.contains(QLatin1Char(' ')))
            out << tr("\"%1\" is not a valid image tag.").arg(tag);
    }
    static const QStringList buildKitModes {
        QString(), QStringLiteral("default"), QStringLiteral("host"), QStringLiteral("none")};
    if (buildKit && !buildKitModes.contains(networkMode))
        out << tr("BuildKit takes only the network modes default, host and none, not \"%1\".").arg(networkMode);
    return out;
}

BuildRequest::Arg BuildRequest::parseArg(const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {spec, std::nullopt};
    return {spec.left(eq), spec.mid(eq + 1)};
}

QString BuildRequest::formatArg(const Arg &arg)
{
    return arg.value ? arg.name + QLatin1Char('=') + *arg.value : arg.name;
}

BuildRequest::Label BuildRequest::parseLabel(const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {spec, QString()};
    return {spec.left(eq), spec.mid(eq + 1)};
}

} // namespace Dockwright::Core
