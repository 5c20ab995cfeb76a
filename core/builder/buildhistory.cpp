// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildhistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Dockwright::Core {

namespace {

// The folder a history belongs to: its canonical path (symlinks resolved), else its absolute one.
QString contextKey(const QString &contextDir)
{
    const QFileInfo dir(contextDir);
    const QString canonical = dir.canonicalFilePath();
    return canonical.isEmpty() ? dir.absoluteFilePath() : canonical;
}

constexpr int FormatVersion = 1;

QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject requestJson(const BuildRequest &r)
{
    QJsonArray args;
    for (const BuildRequest::Arg &arg : r.buildArgs)
        args.append(QJsonObject {{QStringLiteral("name"), arg.name},
            {QStringLiteral("value"), arg.value ? QJsonValue(*arg.value) : QJsonValue()}});
    QJsonArray labels;
    for (const BuildRequest::Label &label : r.labels)
        labels.append(QJsonObject {{QStringLiteral("name"), label.name}, {QStringLiteral("value"), label.value}});
    return {{QStringLiteral("contextDir"), r.contextDir}, {QStringLiteral("dockerfile"), r.dockerfile},
        {QStringLiteral("buildArgs"), args}, {QStringLiteral("target"), r.target},
        {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)}, {QStringLiteral("labels"), labels},
        {QStringLiteral("noCache"), r.noCache}, {QStringLiteral("pull"), r.pull},
        {QStringLiteral("platform"), r.platform}, {QStringLiteral("networkMode"), r.networkMode}};
}

BuildRequest requestFromJson(const QJsonObject &o)
{
    BuildRequest r;
    r.contextDir = o.value(QLatin1String("contextDir")).toString();
    r.dockerfile = o.value(QLatin1String("dockerfile")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("buildArgs")).toArray()) {
        const QJsonObject arg = v.toObject();
        const QJsonValue value = arg.value(QLatin1String("value"));
        r.buildArgs.append({arg.value(QLatin1String("name")).toString(),
            value.isString() ? std::optional<QString>(value.toString()) : std::nullopt});
    }
    r.target = o.value(QLatin1String("target")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray())
        r.tags.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("labels")).toArray())
        r.labels.append({v.toObject().value(QLatin1String("name")).toString(),
            v.toObject().value(QLatin1String("value")).toString()});
    r.noCache = o.value(QLatin1String("noCache")).toBool();
    r.pull = o.value(QLatin1String("pull")).toBool();
    r.platform = o.value(QLatin1String("platform")).toString();
    r.networkMode = o.value(QLatin1String("networkMode")).toString();
    return r;
}

QJsonObject stepJson(const BuildStep &s)
{
    QByteArray log = s.log;
    bool truncated = s.logTruncated;
    if (log.size() > BuildHistory::MaxLogBytesPerStep) {
        log = log.right(BuildHistory::MaxLogBytesPerStep);
        truncated = true;
    }
    QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("stage"), s.stage},
        {QStringLiteral("instruction"), s.instruction}, {QStringLiteral("number"), s.number},
        {QStringLiteral("total"), s.total}, {QStringLiteral("internal"), s.internal},
        {QStringLiteral("cached"), s.cached}, {QStringLiteral("cacheable"), s.cacheable},
        {QStringLiteral("started"), isoDate(s.started)}, {QStringLiteral("completed"), isoDate(s.completed)},
        {QStringLiteral("error"), s.error}, {QStringLiteral("log"), QString::fromUtf8(log)},
        {QStringLiteral("logTruncated"), truncated}, {QStringLiteral("instructionIndex"), s.instructionIndex},
        {QStringLiteral("line"), s.line}, {QStringLiteral("endLine"), s.endLine}};
    if (s.interrupted)
        o.insert(QStringLiteral("interrupted"), true);
    return o;
}

BuildStep stepFromJson(const QJsonObject &o)
{
    BuildStep s;
    s.id = o.value(QLatin1String("id")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.stage = o.value(QLatin1String("stage")).toString();
    s.instruction = o.value(QLatin1String("instruction")).toString();
    s.number = o.value(QLatin1String("number")).toInt();
    s.total = o.value(QLatin1String("total")).toInt();
    s.internal = o.value(QLatin1String("internal")).toBool();
    s.cached = o.value(QLatin1String("cached")).toBool();
    s.cacheable = o.value(QLatin1String("cacheable")).toBool(true);
    s.started = fromIso(o.value(QLatin1String("started")));
    s.completed = fromIso(o.value(QLatin1String("completed")));
    s.error = o.value(QLatin1String("error")).toString();
    s.log = o.value(QLatin1String("log")).toString().toUtf8();
    s.logTruncated = o.value(QLatin1String("logTruncated")).toBool();
    s.instructionIndex = o.value(QLatin1String("instructionIndex")).toInt(-1);
    s.line = o.value(QLatin1String("line")).toInt();
    s.endLine = o.value(QLatin1String("endLine")).toInt();
    s.interrupted = o.value(QLatin1String("interrupted")).toBool();
    return s;
}

} // namespace

BuildHistory::BuildHistory(const QString &filePath)
    : m_file(filePath)
{ }

QString BuildHistory::fileForContext(const QString &contextDir)
{
    const QString canonical = contextKey(contextDir);
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    // Beside the application folders of the organisation, so the GUI and the CLI share one history.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/Dockwright/build-history/") + QString::fromLatin1(key) + QLatin1String(".json");
}

bool BuildHistory::load(QString *error)
{
    m_records.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The build history %1 cannot be read: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The build history %1 is not valid JSON: %2").arg(m_file, parseError.errorString());
        return false;
    }
    for (const QJsonValue &v : doc.object().value(QLatin1String("builds")).toArray())
        m_records.append(fromJson(v.toObject()));
    return true;
}

bool BuildHistory::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray builds;
    for (const BuildResult &r : m_records)
        builds.append(toJson(r));
    const QJsonObject root {{QStringLiteral("version"), FormatVersion}, {QStringLiteral("builds"), builds}};
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The build history %1 cannot be written: %2").arg(m_file, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = tr("The build history %1 cannot be written: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

void BuildHistory::append(const BuildResult &result)
{
    BuildResult capped = result;
    // The record names the folder the history file is keyed by, not the "." the user typed.
    if (!capped.request.contextDir.isEmpty())
        capped.request.contextDir = contextKey(capped.request.contextDir);
    if (capped.steps.size() > MaxSteps)
        capped.steps.resize(MaxSteps);
    m_records.append(capped);
    while (m_records.size() > m_maxRecords)
        m_records.removeFirst();
}

QJsonObject BuildHistory::toJson(const BuildResult &r)
{
    QJsonArray steps;
    for (qsizetype i = 0; i < r.steps.size() && i < MaxSteps; ++i)
        steps.append(stepJson(r.steps.at(i)));
    QJsonObject error;
    if (r.error) {
        error = {{QStringLiteral("kind"), BuildError::kindName(r.error.kind)},
            {QStringLiteral("message"), r.error.message}, {QStringLiteral("file"), r.error.file},
            {QStringLiteral("line"), r.error.line}};
    }
    return {{QStringLiteral("started"), isoDate(r.started)}, {QStringLiteral("request"), requestJson(r.request)},
        {QStringLiteral("builder"), r.builder}, {QStringLiteral("dockerfile"), r.dockerfile},
        {QStringLiteral("durationMs"), r.durationMs}, {QStringLiteral("contextBytes"), r.contextBytes},
        {QStringLiteral("imageId"), r.imageId}, {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
        {QStringLiteral("imageSize"), r.imageSize}, {QStringLiteral("cachedSteps"), r.cachedSteps},
        {QStringLiteral("cacheableSteps"), r.cacheableSteps}, {QStringLiteral("cacheRatio"), r.cacheRatio()},
        {QStringLiteral("error"), r.error ? QJsonValue(error) : QJsonValue()}, {QStringLiteral("steps"), steps}};
}

BuildResult BuildHistory::fromJson(const QJsonObject &o)
{
    BuildResult r;
    r.started = fromIso(o.value(QLatin1String("started")));
    r.request = requestFromJson(o.value(QLatin1String("request")).toObject());
    r.builder = o.value(QLatin1String("builder")).toString();
    r.dockerfile = o.value(QLatin1String("dockerfile")).toString();
    r.durationMs = o.value(QLatin1String("durationMs")).toInteger();
    r.contextBytes = o.value(QLatin1String("contextBytes")).toInteger();
    r.imageId = o.value(QLatin1String("imageId")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray())
        r.tags.append(v.toString());
    r.imageSize = o.value(QLatin1String("imageSize")).toInteger(-1);
    r.cachedSteps = o.value(QLatin1String("cachedSteps")).toInt();
    r.cacheableSteps = o.value(QLatin1String("cacheableSteps")).toInt();
    const QJsonObject error = o.value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        const QString kind = error.value(QLatin1String("kind")).toString();
        r.error.kind = BuildError::Kind::Build;
        for (auto k : {BuildError::Kind::Input, BuildError::Kind::Context, BuildError::Kind::Refused,
                 BuildError::Kind::Build, BuildError::Kind::Engine, BuildError::Kind::Cancelled}) {
            if (BuildError::kindName(k) == kind)
                r.error.kind = k;
        }
        r.error.message = error.value(QLatin1String("message")).toString();
        r.error.file = error.value(QLatin1String("file")).toString();
        r.error.line = error.value(QLatin1String("line")).toInt();
    }
    for (const QJsonValue &v : o.value(QLatin1String("steps")).toArray())
        r.steps.append(stepFromJson(v.toObject()));
    return r;
}

} // namespace Dockwright::Core
