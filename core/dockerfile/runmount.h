// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dockwright::Core {

// One `RUN --mount=...` specification after CSV splitting and validation (BuildKit commands_runmount.go).
struct RunMount
{
    enum class Type { Bind, Cache, Tmpfs, Secret, Ssh };
    Type type = Type::Bind;
    QString target;
    QString source;
    QString from;
    QString id;
    QString env;
    QString sharing; // cache: shared (default), private, locked
    QString mode;
    QString uid;
    QString gid;
    QString size;
    bool readOnly = true; // bind is read-only unless rw; cache, tmpfs default to read-write
    bool required = false;
    QString error; // empty when valid

    bool ok() const { return error.isEmpty(); }
    static QString typeName(Type type);
};

// Parses and validates the value of one --mount flag. Option values containing `$` are not validated,
// since the builder expands them first.
class RunMountParser final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::RunMountParser)

public:
    static RunMount parse(QStringView value);
};

} // namespace Dockwright::Core
