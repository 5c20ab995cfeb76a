// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Dockwright::Core {

// What to read an image from. The GUI knows which one the user picked (a file, a folder, a row of
// the engine's images) and says so; only a command-line argument is guessed, by fromArgument().
struct ImageSource
{
    enum class Kind {
        Archive, // a `docker save` / OCI archive file (.tar, .tar.gz, .tar.zst)
        LayoutDirectory, // an unpacked OCI layout or docker save folder
        EngineImage, // a reference or image ID the engine knows
    };

    Kind kind = Kind::EngineImage;
    QString location; // the path, or the reference / ID

    static ImageSource archive(const QString &path) { return {Kind::Archive, path}; }
    static ImageSource layoutDirectory(const QString &path) { return {Kind::LayoutDirectory, path}; }
    static ImageSource engineImage(const QString &reference) { return {Kind::EngineImage, reference}; }
    // The CLI's IMAGE|ARCHIVE argument, like `dive`: an existing file is an archive, an existing
    // directory a layout, anything else an image name for the engine.
    static ImageSource fromArgument(const QString &argument);

    bool isLocal() const { return kind != Kind::EngineImage; }
    bool isEmpty() const { return location.isEmpty(); }
    bool operator==(const ImageSource &other) const = default;
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ImageSource)
