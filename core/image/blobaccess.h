// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageerror.h"
#include "scannedlayer.h"

#include <QByteArray>
#include <QString>

namespace Dockwright::Core {

// How ImageLayoutResolver reaches files of an image layout: the records of a finished archive pass,
// or a layout directory read on demand. Paths are normalised and root-relative ("blobs/sha256/…").
class BlobAccess
{
public:
    virtual ~BlobAccess() = default;
    virtual bool exists(const QString &path) = 0;
    // A JSON file's bytes; empty with *error set when missing, unreadable or too big.
    virtual QByteArray readJson(const QString &path, ImageError *error) = 0;
    // The scanned layer at path; lastUse lets the archive records hand it over without a copy.
    virtual ScannedLayer takeLayer(const QString &path, bool lastUse) = 0;
};

} // namespace Dockwright::Core
