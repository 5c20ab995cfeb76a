// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace Dockwright::Core {

// What to build and how: the options of `docker build` that Dockwright sends through POST /build.
// A value type shared by the build panel, the CLI, the history and the docker build command line.
struct BuildRequest
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::BuildRequest)
public:
    // A --build-arg: without a value docker sends null, and the builder keeps the ARG's default.
    struct Arg
    {
        QString name;
        std::optional<QString> value;
        friend bool operator==(const Arg &, const Arg &) = default;
    };
    struct Label
    {
        QString name;
        QString value;
        friend bool operator==(const Label &, const Label &) = default;
    };

    QString contextDir;
    QString dockerfile; // as given (-f): relative to the context or absolute; empty means Dockerfile
    QList<Arg> buildArgs;
    QString target;
    QStringList tags;
    QList<Label> labels;
    bool noCache = false;
    bool pull = false;
    QString platform; // os[/arch[/variant]]
    QString networkMode; // BuildKit takes only default, host and none
    // Sent as the Dockerfile instead of the file's bytes on disk: the text the editor shows, saved or not
    // (docker build -f - does the same with stdin). The file named by `dockerfile` still says where it
    // is for messages and which ignore file applies. Unset: the file is read.
    std::optional<QByteArray> dockerfileText;

    // The /build query (engine-api.md §2.1). dockerfileInContext is the context-relative Dockerfile path
    // the tar carries; buildId is sent with BuildKit so that POST /build/cancel?id= can stop the build.
    QUrlQuery query(bool buildKit, const QString &dockerfileInContext, const QString &buildId = {}) const;

    // Problems the engine would reject late or confusingly (network mode BuildKit does not take, empty
    // names). Translated sentences; empty when the request is fine.
    QStringList problems(bool buildKit) const;

    // "KEY=VALUE" or "KEY" (docker's --build-arg syntax).
    static Arg parseArg(const QString &spec);
    static QString formatArg(const Arg &arg);
    // "KEY=VALUE"; a missing '=' gives an empty value, as docker's --label does.
    static Label parseLabel(const QString &spec);

    friend bool operator==(const BuildRequest &, const BuildRequest &) = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::BuildRequest)
