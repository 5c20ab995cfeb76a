// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/engineerror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// Why a build did not produce an image, as a value. file/line point at the Dockerfile instruction that
// failed (or was refused) so an editor can mark it; they are empty/0 when the failure has no line.
struct BuildError
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::BuildError)
public:
    enum class Kind {
        None,
        Input, // bad request: no context, unreadable Dockerfile, bad option
        Context, // walking or packing the context failed
        Refused, // the Dockerfile needs something the Engine API build cannot give (secret/ssh mounts)
        Build, // the builder reported a failure (a step failed, a parse error, a missing base image)
        Engine, // the engine could not be reached or answered with an HTTP error
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;
    QString hint;
    QString file; // Dockerfile path as the user gave it (or relative to the context)
    int line = 0;
    int endLine = 0;
    QString step; // the failing step's name
    EngineError engineError;
    QString details {}; // the builder's own words, kept when explain() rewrote message

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // "file:line: error: message" (the location is left out when unknown), then the hint on its own line.
    QString toString() const;
    // Puts a raw builder failure the user can act on in plain words with what to do: a base image that
    // could not be pulled because no registry answers, the name or tag is unknown, or access was refused,
    // and a COPY/ADD source missing from the context (BuildKit, the classic builder and Podman word these
    // differently). The raw text moves to details.
    // Returns false, changing nothing, for any other failure.
    bool explain();
    static QString kindName(Kind kind);
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::BuildError)
