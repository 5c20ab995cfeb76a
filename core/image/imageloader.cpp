// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageloader.h"

#include "core/engine/endpointresolver.h"
#include "core/engine/engineclient.h"
#include "engineimageexporter.h"

namespace Dockwright::Core {

LayeredImagePtr ImageLoader::load(const ImageSource &image, const Options &options, ImageError *error)
{
    const QString &source = image.location;
    if (image.isLocal()) {
        ImageArchiveReader reader(options.selector, options.limits, options.cancel);
        reader.setProgress(options.progress);
        return reader.read(source, error);
    }
    QString resolveError;
    const Endpoint endpoint = EndpointResolver().resolve(options.host, &resolveError);
    if (!endpoint.isValid()) {
        *error = ImageError::make(ImageError::Kind::Engine, resolveError, source);
        return {};
    }
    EngineClient client;
    client.setEndpoint(endpoint);
    if (!client.connectAndWait(30000)) {
        const EngineError &e = client.lastError();
        *error = ImageError::make(ImageError::Kind::Engine,
            tr("'%1' is not a file, and the engine could not be used: %2").arg(source, e.toString()), source);
        return {};
    }
    EngineImageExporter exporter(client, options.selector, options.limits, options.cancel);
    exporter.setProgress(options.progress);
    return exporter.read(source, error);
}

} // namespace Dockwright::Core
