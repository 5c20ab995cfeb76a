// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dockwright::Core {

// One decoded moby.buildkit.v1.StatusResponse (a "moby.buildkit.trace" line of POST /build), as Qt
// values. Timestamps are UTC; a null QDateTime means the field was not set.
struct BuildKitTrace
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::BuildKitTrace)
public:
    struct Vertex
    {
        QString digest;
        QStringList inputs;
        QString name;
        bool cached = false;
        QDateTime started;
        QDateTime completed;
        QString error;
    };
    struct Status
    {
        QString id; // "naming to docker.io/library/x:1", "exporting layers", transfer ids
        QString vertex;
        QString name;
        qint64 current = 0;
        qint64 total = 0;
        QDateTime timestamp;
        QDateTime started;
        QDateTime completed;
    };
    struct Log
    {
        QString vertex;
        QDateTime timestamp;
        int stream = 1; // 1 stdout, 2 stderr
        QByteArray msg;
    };
    struct Range
    {
        int startLine = 0;
        int startColumn = 0;
        int endLine = 0;
        int endColumn = 0;
    };
    struct Warning
    {
        QString vertex;
        int level = 0;
        QByteArray shortText;
        QList<QByteArray> detail;
        QString url;
        QString file; // SourceInfo.filename
        QList<Range> ranges;
    };

    QList<Vertex> vertexes;
    QList<Status> statuses;
    QList<Log> logs;
    QList<Warning> warnings;

    // Decodes the protobuf bytes with libprotobuf. Returns false (and sets *error) on bad input.
    static bool decode(const QByteArray &protobuf, BuildKitTrace *out, QString *error);
    // Decodes the "aux" value of a trace line: a JSON string holding standard base64 of the protobuf.
    static bool decodeAux(const QString &base64, BuildKitTrace *out, QString *error);
};

} // namespace Dockwright::Core
