// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// Why reading, walking or packing a build context failed (or a non-fatal warning about one path).
// file is the context-relative path or the ignore file; line is set for .dockerignore patterns.
struct ContextError
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ContextError)
public:
    enum class Kind {
        None,
        BadPattern, // a .dockerignore line docker would refuse
        NotFound, // context directory or Dockerfile missing
        Unreadable, // permission denied or I/O error on a path docker would send
        Changed, // a file changed size while it was being sent
        Unsupported, // something the context cannot carry (Dockerfile outside the context, ...)
        Cancelled,
        Stream, // the consumer of the tar stream went away or libarchive failed
    };

    Kind kind = Kind::None;
    QString file;
    int line = 0;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // "file:line: message" (line omitted when 0, file omitted when empty).
    QString toString() const;

    static ContextError make(Kind kind, const QString &file, const QString &message, int line = 0)
    {
        return ContextError {kind, file, line, message};
    }
    static ContextError cancelled() { return make(Kind::Cancelled, {}, tr("cancelled")); }
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ContextError)
