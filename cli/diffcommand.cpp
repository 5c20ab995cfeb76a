// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "clisupport.h"
#include "core/common/bytesize.h"
#include "core/image/imagediff.h"
#include "core/image/imagereport.h"
#include "inspectcommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Dockwright::Cli {

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

QString DiffCommand::summary() const
{
    return tr("Compare the files of two images");
}

int DiffCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares the final filesystems of two images (archives, layout directories or image names) and "
           "lists the paths B added, modified or deleted relative to A, with their sizes."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    parser.addOptions({helpOption, jsonOption});
    InspectCommand::addSourceOptions(parser);
    const CliSupport::Help help {name(), tr("Usage: dockwright-cli diff A B [--json] [--platform P] [--host URI]"),
        tr("Exit codes: 0 compared (whether or not they differ), 2 bad input, 3 engine error."),
        CliSupport::Help::Layout::FullText};
    if (const auto done = CliSupport::parseArguments(parser, args, io, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        CliSupport::printError(io.err, name(), tr("expected two images: A B"));
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const LayeredImagePtr a = InspectCommand::load(positional.at(0), parser, io, name(), &exitCode);
    if (!a)
        return exitCode;
    const LayeredImagePtr b = InspectCommand::load(positional.at(1), parser, io, name(), &exitCode);
    if (!b)
        return exitCode;
    const ImageDiff::Result diff = ImageDiff::compare(*a, *b);
    if (parser.isSet(jsonOption)) {
        QJsonObject o = ImageReport::diffJson(diff);
        o.insert(u"a"_s, a->reference.isEmpty() ? a->source : a->reference);
        o.insert(u"b"_s, b->reference.isEmpty() ? b->source : b->reference);
        io.out << QJsonDocument(o).toJson();
        io.out.flush();
        return ExitOk;
    }
    for (const ImageDiff::Entry &e : diff.entries) {
        const char sign = e.status == ChangeStatus::Added ? '+' : e.status == ChangeStatus::Deleted ? '-' : '~';
        io.out << sign << ' ' << e.path << (e.type == LayerEntry::Type::Directory ? u"/"_s : QString()) << "  ";
        if (e.status == ChangeStatus::Modified && e.previousSize != e.size)
            io.out << formatBytes(e.previousSize) << " -> ";
        io.out << formatBytes(e.size) << '\n';
    }
    io.out << tr("%1 added (%2), %3 modified, %4 deleted (%5)")
                  .arg(diff.added)
                  .arg(formatBytes(diff.addedBytes))
                  .arg(diff.modified)
                  .arg(diff.deleted)
                  .arg(formatBytes(diff.removedBytes))
           << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace Dockwright::Cli
