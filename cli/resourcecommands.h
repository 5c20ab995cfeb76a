// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Dockwright::Core {
class EngineClient;
}

namespace Dockwright::Cli {

// The guide's debugging commands with docker's names, flags, output and exit codes: ps, images, logs,
// stop, rm, rmi, tag. Each connects like every dockwright-cli command (--host, --context, else as the
// docker CLI chooses), asks the engine once and prints what docker prints. An error the engine answers
// with ("No such container") is printed as docker does, "Error response from daemon: …", and exits 1;
// an engine that cannot be reached exits 3, bad usage 2 (docs/cli/resources.md).
class ResourceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Cli::ResourceCommand)
public:
    int run(const QStringList &args, CliIo &io) final;

protected:
    // Usage line (after "Usage: dockwright-cli "), what the command does, and its own options.
    virtual QString usage() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Positional arguments allowed: at least minArgs, at most maxArgs (-1: any number).
    virtual int minArgs() const { return 0; }
    virtual int maxArgs() const { return 0; }
    // Runs on a connected client; returns the exit code.
    virtual int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) = 0;
};

class PsCommand final : public ResourceCommand
{
public:
    QString name() const override { return QStringLiteral("ps"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) override;
};

class ImagesCommand final : public ResourceCommand
{
public:
    QString name() const override { return QStringLiteral("images"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int maxArgs() const override { return 1; }
    int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) override;
};

class LogsCommand final : public ResourceCommand
{
public:
    QString name() const override { return QStringLiteral("logs"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int minArgs() const override { return 1; }
    int maxArgs() const override { return 1; }
    int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) override;
};

// stop, rm: one engine call per container named, each printed back as given when it worked (docker).
class ContainerVerbCommand final : public ResourceCommand
{
public:
    enum class Verb { Stop, Remove };
    explicit ContainerVerbCommand(Verb verb)
        : m_verb(verb)
    { }
    QString name() const override { return m_verb == Verb::Stop ? QStringLiteral("stop") : QStringLiteral("rm"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int minArgs() const override { return 1; }
    int maxArgs() const override { return -1; }
    int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) override;

private:
    Verb m_verb;
};

class RmiCommand final : public ResourceCommand
{
public:
    QString name() const override { return QStringLiteral("rmi"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int minArgs() const override { return 1; }
    int maxArgs() const override { return -1; }
    int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) override;
};

class TagCommand final : public ResourceCommand
{
public:
    QString name() const override { return QStringLiteral("tag"); }
    QString summary() const override;

protected:
    QString usage() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &) const override { }
    int minArgs() const override { return 2; }
    int maxArgs() const override { return 2; }
    int execute(Core::EngineClient &client, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace Dockwright::Cli
