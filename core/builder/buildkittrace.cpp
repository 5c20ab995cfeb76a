// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildkittrace.h"

#include "buildkit_trace.pb.h"

#include <QTimeZone>

namespace Dockwright::Core {

namespace {

QDateTime toDateTime(bool present, const google::protobuf::Timestamp &ts)
{
    if (!present)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, QTimeZone::UTC);
}

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

bool BuildKitTrace::decode(const QByteArray &protobuf, BuildKitTrace *out, QString *error)
{
    moby::buildkit::v1::StatusResponse message;
    if (!message.ParseFromArray(protobuf.constData(), int(protobuf.size()))) {
        *error = tr("A BuildKit progress message could not be decoded (%1 bytes).").arg(protobuf.size());
        return false;
    }
    *out = {};
    out->vertexes.reserve(message.vertexes_size());
    for (const auto &v : message.vertexes()) {
        Vertex vertex;
        vertex.digest = text(v.digest());
        for (const std::string &input : v.inputs())
            vertex.inputs.append(text(input));
        vertex.name = text(v.name());
        vertex.cached = v.cached();
        vertex.started = toDateTime(v.has_started(), v.started());
        vertex.completed = toDateTime(v.has_completed(), v.completed());
        vertex.error = text(v.error());
        out->vertexes.append(vertex);
    }
    for (const auto &s : message.statuses()) {
        Status status;
        status.id = text(s.id());
        status.vertex = text(s.vertex());
        status.name = text(s.name());
        status.current = s.current();
        status.total = s.total();
        status.timestamp = toDateTime(s.has_timestamp(), s.timestamp());
        status.started = toDateTime(s.has_started(), s.started());
        status.completed = toDateTime(s.has_completed(), s.completed());
        out->statuses.append(status);
    }
    for (const auto &l : message.logs()) {
        Log log;
        log.vertex = text(l.vertex());
        log.timestamp = toDateTime(l.has_timestamp(), l.timestamp());
        log.stream = int(l.stream());
        log.msg = bytes(l.msg());
        out->logs.append(log);
    }
    for (const auto &w : message.warnings()) {
        Warning warning;
        warning.vertex = text(w.vertex());
        warning.level = int(w.level());
        warning.shortText = bytes(w.short_());
        for (const std::string &d : w.detail())
            warning.detail.append(bytes(d));
        warning.url = text(w.url());
        if (w.has_info())
            warning.file = text(w.info().filename());
        for (const auto &r : w.ranges())
            warning.ranges.append({r.start().line(), r.start().character(), r.end().line(), r.end().character()});
        out->warnings.append(warning);
    }
    return true;
}

bool BuildKitTrace::decodeAux(const QString &base64, BuildKitTrace *out, QString *error)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = tr("A BuildKit progress message is not valid base64.");
        return false;
    }
    return decode(*decoded, out, error);
}

} // namespace Dockwright::Core
